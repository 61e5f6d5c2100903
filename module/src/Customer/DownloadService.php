<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\ErrorLog;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * A customer's PDF download. The document must be attached, of a visible type, in this shop, owned by the
 * logged-in registered customer, and the URL's token must equal the document's random token (hash_equals). Any
 * failure throws the same DocumentNotFound, so ids cannot be probed; a file lost on disk also answers not found,
 * with a line in the error log for the merchant.
 *
 * The first download is recorded (first_downloaded_at + one `downloaded` event): that is what the back office
 * shows and what clears the "new" mark. Later downloads write nothing, to keep the event log readable.
 */
final class DownloadService
{
    /** @var Connection */
    private $connection;
    /** @var DocumentStorage */
    private $storage;
    /** @var EventRepository */
    private $events;
    /** @var Clock */
    private $clock;
    /** @var Settings */
    private $settings;
    /** @var ShopWordings */
    private $wordings;
    /** @var ErrorLog */
    private $errorLog;

    public function __construct(
        Connection $connection,
        DocumentStorage $storage,
        EventRepository $events,
        Clock $clock,
        Settings $settings,
        ShopWordings $wordings,
        ErrorLog $errorLog
    ) {
        $this->connection = $connection;
        $this->storage = $storage;
        $this->events = $events;
        $this->clock = $clock;
        $this->settings = $settings;
        $this->wordings = $wordings;
        $this->errorLog = $errorLog;
    }

    /**
     * @param mixed $documentId raw "id" parameter
     * @param mixed $token raw "token" parameter
     *
     * @throws DocumentNotFound
     */
    public function download($documentId, $token, CustomerIdentity $identity, int $shopId): Response
    {
        $document = $this->authorizedDocument($documentId, $token, $identity, $shopId);
        try {
            $handle = $this->storage->open((string) $document['file_name']);
        } catch (\Throwable $e) {
            $this->errorLog->error('ebpdocuments: the file of a document is missing from the storage folder', [
                'document' => (int) $document['id_document'],
                'exception' => get_class($e),
            ]);
            throw new DocumentNotFound();
        }
        $this->recordFirstDownload($document, $identity->customerId());

        $fileName = new DownloadFileName($this->wordings->typeLabel((string) $document['type']), (string) $document['reference']);

        return PdfDownloadResponse::stream($handle, (int) $document['file_size'], $fileName);
    }

    /**
     * @param mixed $documentId
     * @param mixed $token
     *
     * @return array<string, string|null>
     *
     * @throws DocumentNotFound
     */
    private function authorizedDocument($documentId, $token, CustomerIdentity $identity, int $shopId): array
    {
        if (!$identity->isRegisteredCustomer()
            || !is_string($documentId) && !is_int($documentId)
            || !is_string($token)
            || preg_match('/^[1-9]\d{0,9}$/', (string) $documentId) !== 1
            || preg_match('/^[0-9a-f]{64}$/', $token) !== 1
        ) {
            throw new DocumentNotFound();
        }
        $document = $this->connection->fetchRow(
            'SELECT id_document, id_shop, id_customer, status, type, reference, file_name, file_size, access_token, first_downloaded_at
             FROM PREFIX_ebpdocuments_document WHERE id_document = :id',
            ['id' => (int) $documentId]
        );
        // The token is compared in constant time even when the row is missing, so timing says nothing either.
        $expectedToken = $document === null ? str_repeat('0', 64) : (string) $document['access_token'];
        $tokenMatches = hash_equals($expectedToken, $token);
        if ($document === null
            || !$tokenMatches
            || (int) $document['id_customer'] !== $identity->customerId()
            || (int) $document['id_shop'] !== $shopId
            || $document['status'] !== DocumentStatus::ATTACHED
            || !in_array($document['type'], TypeVisibility::visible($this->settings), true)
        ) {
            throw new DocumentNotFound();
        }

        return $document;
    }

    /**
     * @param array<string, string|null> $document
     */
    private function recordFirstDownload(array $document, int $customerId): void
    {
        if ($document['first_downloaded_at'] !== null) {
            return;
        }
        // The condition makes two simultaneous first downloads record one event.
        $changed = $this->connection->execute(
            'UPDATE PREFIX_ebpdocuments_document SET first_downloaded_at = :now
             WHERE id_document = :id AND first_downloaded_at IS NULL',
            ['now' => $this->clock->now(), 'id' => (int) $document['id_document']]
        );
        if ($changed === 1) {
            $this->events->record(EventType::DOWNLOADED, $document, [], $customerId);
        }
    }
}
