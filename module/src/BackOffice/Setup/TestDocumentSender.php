<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Setup;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Support\HttpClient;
use Ebpdocuments\Kernel\Support\HttpClientResponse;
use Ebpdocuments\Receiving\Auth\ApiKeyService;
use Ebpdocuments\Receiving\Auth\WebserviceRight;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\Repository\ApiKeyRepository;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * "Send a test document": posts a small sample PDF to the module's own public receiving URL over HTTP, exactly as
 * E-connecteur does (form-urlencoded, base64 wrapped at 76 characters with CRLF, fields key/email/type/reference/
 * oid/pdf, no redirect followed), so whatever would stop E-connecteur (a redirect, HTTPS, a web-server rule, a PHP
 * limit, the key) stops the test too. Then it deletes what the test left: the document row, its file, its events,
 * a refusal logged for it, and the temporary key; only one `test` event remains, with the answer.
 *
 * The test document can never reach a customer: its billing e-mail is a random address under the reserved
 * `.invalid` domain (no account can match it, no mail can go to it) and it carries no order or customer code.
 *
 * Key: the chosen Webservice key of the shop (what E-connecteur sends), or a temporary module key created for the
 * test and deleted after it.
 */
final class TestDocumentSender
{
    const TYPE_SENT = 'facture';
    const TYPE_STORED = 'invoice';
    const REFERENCE_PREFIX = 'TEST-EBPDOCS-';
    const EMAIL_DOMAIN = '@ebpdocuments-test.invalid';
    const TEMPORARY_KEY_LABEL = 'Test document';
    const ANSWER_MAX = 1000;
    const TIMEOUT = 60;

    /** @var Connection */
    private $connection;
    /** @var HttpClient */
    private $http;
    /** @var ApiKeyService */
    private $keys;
    /** @var ApiKeyRepository */
    private $keyRepository;
    /** @var EventRepository */
    private $events;
    /** @var DocumentStorage */
    private $storage;
    /** @var int */
    private $shopId;
    /** @var string */
    private $receiveUrl;

    public function __construct(
        Connection $connection,
        HttpClient $http,
        ApiKeyService $keys,
        ApiKeyRepository $keyRepository,
        EventRepository $events,
        DocumentStorage $storage,
        int $shopId,
        string $receiveUrl
    ) {
        $this->connection = $connection;
        $this->http = $http;
        $this->keys = $keys;
        $this->keyRepository = $keyRepository;
        $this->events = $events;
        $this->storage = $storage;
        $this->shopId = $shopId;
        $this->receiveUrl = $receiveUrl;
    }

    /**
     * @param int|null $webserviceKeyId a Webservice key of the shop (active, associated with it), or null for a
     *                                  temporary module key
     *
     * @return array<string, mixed> {ok, status, answer, problem, location, url, reference, keyLabel, cleanedUp}
     *
     * @throws UnknownTestKeyException when the Webservice key is not an active key of this shop
     */
    public function send(?int $webserviceKeyId, ?int $employeeId): array
    {
        $temporaryKeyId = null;
        if ($webserviceKeyId !== null) {
            $found = null;
            foreach ($this->keyRepository->activeWebserviceKeys($this->shopId, WebserviceRight::RESOURCE) as $row) {
                if ((int) $row['id_webservice_account'] === $webserviceKeyId) {
                    $found = $row;
                }
            }
            if ($found === null) {
                throw new UnknownTestKeyException();
            }
            $secret = (string) $found['key'];
            $keyLabel = ApiKeyService::webserviceKeyLabel($found);
        } else {
            $generated = $this->keys->create(self::TEMPORARY_KEY_LABEL, $this->shopId);
            $temporaryKeyId = $generated->key()->id();
            $secret = $generated->secret();
            $keyLabel = self::TEMPORARY_KEY_LABEL;
        }

        $reference = self::REFERENCE_PREFIX . strtoupper(bin2hex(random_bytes(4)));
        $body = http_build_query([
            'key' => $secret,
            'email' => 'test-' . bin2hex(random_bytes(6)) . self::EMAIL_DOMAIN,
            'type' => self::TYPE_SENT,
            'reference' => $reference,
            'oid' => '',
            'pdf' => rtrim(chunk_split(base64_encode(SamplePdf::bytes($reference)), 76, "\r\n")),
        ], '', '&', PHP_QUERY_RFC1738);

        $foldersBefore = $this->storage->hashFolders();
        try {
            $response = $this->http->request('POST', $this->receiveUrl, ['Content-Type' => 'application/x-www-form-urlencoded'], $body, self::TIMEOUT);
        } finally {
            $cleaned = $this->cleanUp($reference, $temporaryKeyId, $foldersBefore);
        }
        $stored = $cleaned['documents'] > 0;
        $result = [
            'ok' => self::problemOf($response, $stored) === null,
            'status' => $response->status(),
            'answer' => self::answerText($response),
            'problem' => self::problemOf($response, $stored),
            'location' => (string) $response->header('Location'),
            'error' => $response->error(),
            'url' => $this->receiveUrl,
            'reference' => $reference,
            'keyLabel' => $keyLabel,
            'cleanedUp' => $cleaned['complete'],
        ];
        $this->events->record(EventType::TEST, ['id_shop' => $this->shopId, 'type' => self::TYPE_STORED, 'reference' => $reference], [
            'ok' => $result['ok'], 'status' => $result['status'], 'message' => $result['answer'], 'problem' => $result['problem'], 'keyLabel' => $keyLabel,
        ], null, $employeeId);

        return $result;
    }

    /**
     * Removes everything the test left (the hash folder its file created included). Returns how many documents it
     * found and whether nothing remains.
     *
     * @param string[] $foldersBefore the storage's two-hex-digit folders before the test: a folder the test's file
     *                                created is removed again once empty
     *
     * @return array{documents: int, complete: bool}
     */
    private function cleanUp(string $reference, ?int $temporaryKeyId, array $foldersBefore): array
    {
        $files = [];
        $count = 0;
        $this->connection->transactional(function () use ($reference, &$files, &$count) {
            $rows = $this->connection->fetchAll(
                'SELECT id_document, file_name FROM PREFIX_ebpdocuments_document
                 WHERE id_shop = :shop AND reference = :reference FOR UPDATE',
                ['shop' => $this->shopId, 'reference' => $reference]
            );
            foreach ($rows as $row) {
                $files[] = (string) $row['file_name'];
                $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_event WHERE id_document = :id', ['id' => (int) $row['id_document']]);
                $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => (int) $row['id_document']]);
            }
            // A refusal of the test (rejected event) names the reference but no document.
            $this->connection->execute(
                'DELETE FROM PREFIX_ebpdocuments_event WHERE id_shop = :shop AND document_reference = :reference',
                ['shop' => $this->shopId, 'reference' => $reference]
            );
            $count = count($rows);
        });
        $complete = true;
        foreach ($files as $fileName) {
            try {
                $this->storage->delete($fileName);
                $complete = $complete && !$this->storage->exists($fileName);
                if (!in_array(substr($fileName, 0, 2), $foldersBefore, true)) {
                    $this->storage->removeFolderIfEmpty($fileName);
                }
            } catch (\Throwable $e) {
                $complete = false;
            }
        }
        if ($temporaryKeyId !== null) {
            $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_api_key WHERE id_api_key = :id', ['id' => $temporaryKeyId]);
        }

        return ['documents' => $count, 'complete' => $complete];
    }

    private static function answerText(HttpClientResponse $response): string
    {
        $text = trim($response->body());
        if (!mb_check_encoding($text, 'UTF-8')) {
            $text = (string) mb_convert_encoding($text, 'UTF-8', 'ISO-8859-1');
        }

        return mb_strlen($text, 'UTF-8') > self::ANSWER_MAX ? mb_substr($text, 0, self::ANSWER_MAX, 'UTF-8') . '…' : $text;
    }

    /**
     * What went wrong, for the app's explanation: null (the module stored it), unreachable, redirect, refused
     * (4xx: the module's or the server's own refusal), server_error (5xx), not_module (200 but nothing stored: a
     * cache, a maintenance or error page answered instead of the module).
     */
    private static function problemOf(HttpClientResponse $response, bool $stored): ?string
    {
        $status = $response->status();
        if ($stored && ($status === 200 || $status === 409)) {
            // 409: stored, waiting, and answered as an error because "Answer an error for waiting documents" is on.
            return null;
        }
        if ($status === 0) {
            return 'unreachable';
        }
        if ($status >= 300 && $status < 400) {
            return 'redirect';
        }
        if ($status >= 500) {
            return 'server_error';
        }
        if ($status >= 400) {
            return 'refused';
        }
        return 'not_module';
    }
}
