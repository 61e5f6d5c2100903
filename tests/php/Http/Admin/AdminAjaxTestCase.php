<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\Storage\Repository\CustomerTermRepository;
use Ebpdocuments\Tests\Support\PdoConnection;

use Ebpdocuments\Tests\Http\HttpResult;
use Ebpdocuments\Tests\Http\HttpTestCase;
use Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard;

/**
 * Admin AJAX over HTTP: POST /admin-ajax?token=… with {action, params}, through the real ActionDispatcher and the
 * harness's guard (rights, employee and shops set by headers).
 */
abstract class AdminAjaxTestCase extends HttpTestCase
{
    /** @var int */
    private $sequence = 0;

    /**
     * @param array<string, mixed> $params
     * @param array<string, string> $headers
     */
    protected function admin(string $action, array $params = [], array $headers = [], string $token = HarnessAdminGuard::TOKEN): HttpResult
    {
        $body = json_encode(['action' => $action, 'params' => (object) $params]);

        return $this->send('POST', '/admin-ajax?' . http_build_query(['controller' => 'AdminEbpdocuments', 'ajax' => 1, 'token' => $token]), (string) $body, $headers + ['Content-Type' => 'application/json']);
    }

    /**
     * The `data` of a successful answer (fails the test with the answer otherwise).
     *
     * @param array<string, mixed> $params
     * @param array<string, string> $headers
     *
     * @return array<string, mixed>
     */
    protected function ok(string $action, array $params = [], array $headers = []): array
    {
        $result = $this->admin($action, $params, $headers);
        $this->assertSame(200, $result->status, $result->describe());
        $json = $result->json();
        $this->assertTrue($json['ok'], $result->describe());

        return $json['data'];
    }

    /**
     * Asserts a refusal: status, error code and (when given) field.
     */
    protected function assertRefused(HttpResult $result, int $status, string $code, ?string $field = null): void
    {
        $this->assertSame($status, $result->status, $result->describe());
        $json = $result->json();
        $this->assertFalse($json['ok'], $result->describe());
        $this->assertSame($code, $json['error']['code'], $result->describe());
        $this->assertNotSame('', $json['error']['message']);
        if ($field !== null) {
            $this->assertSame($field, $json['error']['field'], $result->describe());
        }
        $this->assertStringNotContainsString('#0 ', $result->body, 'no trace in answers');
        $this->assertStringNotContainsString('.php', $result->body, 'no path in answers');
    }

    /**
     * Inserts a document row (no file unless $withFile). Defaults: a pending NO_ACCOUNT invoice of shop 1.
     *
     * @param array<string, mixed> $values
     */
    protected function insertDocument(array $values = [], bool $withFile = false): int
    {
        ++$this->sequence;
        $hash = hash('sha256', 'doc' . $this->sequence . microtime());
        $row = $values + [
            'id_shop' => self::SHOP_ID,
            'type' => 'invoice',
            'type_raw' => 'Facture',
            'reference' => 'FA' . str_pad((string) $this->sequence, 5, '0', STR_PAD_LEFT),
            'document_date' => '2024-05-01',
            'billing_email' => 'nobody@example.com',
            'email_normalized' => 'nobody@example.com',
            'ebp_customer_code' => null,
            'order_ref' => null,
            'id_order' => null,
            'id_customer' => null,
            'status' => 'pending',
            'reason' => 'NO_ACCOUNT',
            'match_method' => null,
            'total_tax_excl' => '100.000000',
            'total_tax_incl' => '120.000000',
            'currency' => 'EUR',
            'file_name' => substr($hash, 0, 2) . '/' . $hash . '.pdf',
            'file_size' => 1234,
            'sha256' => $hash,
            'version' => 1,
            'access_token' => hash('sha256', 'token' . $hash),
            'source' => 'api',
            'id_api_key' => null,
            'key_label' => 'EBP',
            'match_attempts' => 1,
            'date_add' => '2024-05-02 10:00:00',
            'date_upd' => '2024-05-02 10:00:00',
        ];
        $columns = array_keys($row);
        $pdo = $this->pdo();
        $statement = $pdo->prepare(
            'INSERT INTO ps_ebpdocuments_document (' . implode(', ', $columns) . ') VALUES (' . implode(', ', array_fill(0, count($columns), '?')) . ')'
        );
        $statement->execute(array_values($row));
        $id = (int) $pdo->lastInsertId();
        if ($withFile) {
            $path = $this->storagePath((string) $row['file_name']);
            @mkdir(dirname($path), 0777, true);
            file_put_contents($path, self::pdf('admin ' . $id));
        }

        return $id;
    }

    /**
     * @param array<string, mixed> $values
     */
    protected function insertCustomer(string $email, array $values = []): int
    {
        $row = $values + [
            'id_shop_group' => 1, 'id_shop' => self::SHOP_ID, 'id_gender' => 1, 'firstname' => 'Jean', 'lastname' => 'Client',
            'email' => $email, 'passwd' => 'hash', 'active' => 1, 'is_guest' => 0, 'deleted' => 0, 'company' => null,
            'date_add' => '2024-01-01 00:00:00', 'date_upd' => '2024-01-01 00:00:00',
        ];
        $columns = array_keys($row);
        $pdo = $this->pdo();
        $pdo->prepare(
            'INSERT INTO ps_customer (' . implode(', ', $columns) . ') VALUES (' . implode(', ', array_fill(0, count($columns), '?')) . ')'
        )->execute(array_values($row));
        $id = (int) $pdo->lastInsertId();
        // What the customer hooks do in a shop: the back office's search terms (Storage\Repository\CustomerTermRepository).
        if ((int) $row['deleted'] === 0) {
            (new CustomerTermRepository(new PdoConnection($pdo)))->replace($id, CustomerTermRepository::termsOf($row['firstname'], $row['lastname'], $row['email'], $row['company']));
        }

        return $id;
    }

    /**
     * @return array<string, string|null>
     */
    protected function documentById(int $id): array
    {
        $statement = $this->pdo()->prepare('SELECT * FROM ps_ebpdocuments_document WHERE id_document = ?');
        $statement->execute([$id]);
        $row = $statement->fetch(\PDO::FETCH_ASSOC);
        $this->assertIsArray($row, 'document ' . $id . ' exists');

        return array_map(function ($value) {
            return $value === null ? null : (string) $value;
        }, $row);
    }
}
