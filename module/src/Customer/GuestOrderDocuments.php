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
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * The documents of a guest order (placed without an account) on PrestaShop's guest order tracking page, with the
 * trust core gives there to the guest's own invoice: the page is shown only after the order reference and the
 * e-mail were proven (GuestTrackingController), and this session is then the only one that may download them.
 *
 * A document belongs to a guest order when it is of this shop, waiting (pending: a guest never has documents in
 * an account), of a type customers see, its billing e-mail is the order's customer's e-mail (normalized), and its
 * oid names the order (id or reference) or it was linked to the order. The order's customer must be a guest: a
 * registered customer's documents are in their account.
 */
final class GuestOrderDocuments
{
    /** Orders a tracking session may hold at once (the oldest proven one is dropped). */
    const MAX_ORDERS_PER_SESSION = 5;

    /** @var Connection */
    private $connection;
    /** @var Settings */
    private $settings;
    /** @var EmailNormalizer */
    private $normalizer;
    /** @var Links */
    private $links;
    /** @var ShopWordings */
    private $wordings;
    /** @var DocumentStorage */
    private $storage;
    /** @var EventRepository */
    private $events;
    /** @var Clock */
    private $clock;
    /** @var ErrorLog */
    private $errorLog;

    public function __construct(Connection $connection, Settings $settings, EmailNormalizer $normalizer, Links $links, ShopWordings $wordings, DocumentStorage $storage, EventRepository $events, Clock $clock, ErrorLog $errorLog)
    {
        $this->connection = $connection;
        $this->settings = $settings;
        $this->normalizer = $normalizer;
        $this->links = $links;
        $this->wordings = $wordings;
        $this->storage = $storage;
        $this->events = $events;
        $this->clock = $clock;
        $this->errorLog = $errorLog;
    }

    /**
     * The displayOrderDetail variables for a guest order whose reference and e-mail the visitor just proved; null
     * when there is nothing to show.
     *
     * @return array{documents: array<int, array<string, mixed>>}|null
     */
    public function variables(int $shopId, int $orderId): ?array
    {
        $rows = $this->documentRows($shopId, $orderId);
        if ($rows === []) {
            return null;
        }
        $documents = [];
        foreach ($rows as $row) {
            $documents[] = CustomerDocumentView::of($row, $this->wordings, null, $this->links->guestDownload((int) $row['id_document'], (string) $row['access_token']));
        }

        return ['documents' => $documents];
    }

    /**
     * The order ids a tracking session holds after proving $orderId (newest last, at most MAX_ORDERS_PER_SESSION).
     *
     * @param int[] $held
     *
     * @return int[]
     */
    public static function grant(array $held, int $orderId): array
    {
        $ids = array_values(array_filter(array_map('intval', $held), function (int $id) use ($orderId): bool {
            return $id > 0 && $id !== $orderId;
        }));
        $ids[] = $orderId;

        return array_slice($ids, -self::MAX_ORDERS_PER_SESSION);
    }

    /**
     * Streams a guest order's document to the session that proved one of $provenOrderIds. Every refusal is the same
     * DocumentNotFound (unknown id, wrong token, another order, a document since attached or withdrawn…).
     *
     * @param mixed $documentId raw "id"
     * @param mixed $token raw "token"
     * @param int[] $provenOrderIds
     *
     * @throws DocumentNotFound
     */
    public function download($documentId, $token, array $provenOrderIds, int $shopId): Response
    {
        if (!is_string($documentId) && !is_int($documentId) || !is_string($token)
            || preg_match('/^[1-9]\d{0,9}$/', (string) $documentId) !== 1 || preg_match('/^[0-9a-f]{64}$/', $token) !== 1
        ) {
            throw new DocumentNotFound();
        }
        $document = null;
        foreach (array_slice($provenOrderIds, -self::MAX_ORDERS_PER_SESSION) as $orderId) {
            foreach ($this->documentRows($shopId, (int) $orderId) as $row) {
                if ((int) $row['id_document'] === (int) $documentId) {
                    $document = $row;
                }
            }
        }
        $expected = $document === null ? str_repeat('0', 64) : (string) $document['access_token'];
        if (!hash_equals($expected, $token) || $document === null) {
            throw new DocumentNotFound();
        }
        try {
            $handle = $this->storage->open((string) $document['file_name']);
        } catch (\Throwable $e) {
            $this->errorLog->error('ebpdocuments: the file of a document is missing from the storage folder', ['document' => (int) $document['id_document']]);
            throw new DocumentNotFound();
        }
        if ($document['first_downloaded_at'] === null) {
            $changed = $this->connection->execute(
                'UPDATE PREFIX_ebpdocuments_document SET first_downloaded_at = :now WHERE id_document = :id AND first_downloaded_at IS NULL',
                ['now' => $this->clock->now(), 'id' => (int) $document['id_document']]
            );
            if ($changed === 1) {
                $this->events->record(EventType::DOWNLOADED, $document, ['guest' => true], (int) $document['guest_customer']);
            }
        }

        return PdfDownloadResponse::stream($handle, (int) $document['file_size'], new DownloadFileName($this->wordings->typeLabel((string) $document['type']), (string) $document['reference']));
    }

    /**
     * The guest order a document belongs to (by the rule of the tracking page above), with what its mail needs;
     * null when the document belongs to no guest order.
     *
     * @return array{orderId: int, reference: string, languageId: int, customerId: int, email: string, firstname: string, lastname: string}|null
     */
    public function guestOrderOf(int $documentId): ?array
    {
        $document = $this->connection->fetchRow(
            'SELECT id_shop, order_ref, id_order FROM PREFIX_ebpdocuments_document WHERE id_document = :id AND status = :pending',
            ['id' => $documentId, 'pending' => DocumentStatus::WAITING]
        );
        if ($document === null) {
            return null;
        }
        $oid = trim((string) $document['order_ref']);
        $ids = [(int) $document['id_order']];
        if (preg_match('/^[0-9]{1,10}$/', $oid) === 1) {
            $ids[] = (int) $oid;
        }
        // Candidates only: documentRows() decides, so the mail and the tracking page can never disagree.
        $orders = $this->connection->fetchAll(
            'SELECT o.id_order, o.reference, o.id_lang, c.id_customer, c.email, c.firstname, c.lastname FROM PREFIX_orders o
             JOIN PREFIX_customer c ON c.id_customer = o.id_customer
             WHERE o.id_shop = :shop AND c.is_guest = 1 AND c.deleted = 0 AND (o.id_order IN :ids OR o.reference = :reference)
             ORDER BY o.id_order LIMIT ' . self::MAX_ORDERS_PER_SESSION,
            ['shop' => (int) $document['id_shop'], 'ids' => $ids, 'reference' => $oid]
        );
        foreach ($orders as $order) {
            if (in_array($documentId, array_map('intval', array_column($this->documentRows((int) $document['id_shop'], (int) $order['id_order']), 'id_document')), true)) {
                return [
                    'orderId' => (int) $order['id_order'],
                    'reference' => (string) $order['reference'],
                    'languageId' => (int) $order['id_lang'],
                    'customerId' => (int) $order['id_customer'],
                    'email' => (string) $order['email'],
                    'firstname' => (string) $order['firstname'],
                    'lastname' => (string) $order['lastname'],
                ];
            }
        }

        return null;
    }

    /**
     * @return array<int, array<string, string|null>>
     */
    private function documentRows(int $shopId, int $orderId): array
    {
        $order = $this->connection->fetchRow(
            'SELECT o.id_order, o.reference, c.id_customer, c.email FROM PREFIX_orders o
             JOIN PREFIX_customer c ON c.id_customer = o.id_customer
             WHERE o.id_order = :order AND o.id_shop = :shop AND c.is_guest = 1 AND c.deleted = 0',
            ['order' => $orderId, 'shop' => $shopId]
        );
        if ($order === null) {
            return [];
        }
        $email = $this->normalizer->normalize((string) $order['email']);
        $types = TypeVisibility::visible($this->settings);
        if ($email === null || $types === []) {
            return [];
        }
        $rows = $this->connection->fetchAll(
            'SELECT id_document, id_shop, type, reference, document_date, total_tax_incl, currency, billing_email, order_ref, id_order,
                access_token, file_name, file_size, first_downloaded_at
             FROM PREFIX_ebpdocuments_document
             WHERE email_normalized IN :emails AND id_shop = :shop AND status = :pending AND type IN :types
             ORDER BY document_date IS NULL, document_date DESC, id_document DESC LIMIT 200',
            ['emails' => $this->normalizer->sqlCandidates($email), 'shop' => $shopId, 'pending' => DocumentStatus::WAITING, 'types' => $types]
        );
        $names = [(string) $order['id_order'], strtoupper((string) $order['reference'])];
        $found = [];
        foreach ($rows as $row) {
            $namesOrder = (int) $row['id_order'] === (int) $order['id_order']
                || ($row['order_ref'] !== null && in_array(strtoupper(trim((string) $row['order_ref'])), $names, true));
            if ($namesOrder && $this->normalizer->normalize((string) $row['billing_email']) === $email) {
                $row['guest_customer'] = (string) $order['id_customer'];
                $found[] = $row;
            }
        }

        return $found;
    }
}
