<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage\Repository;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;

/**
 * Rows of PREFIX_ebpdocuments_document, as arrays keyed by column name (values are strings or null, as the
 * database gives them).
 */
final class DocumentRepository
{
    /** Columns insert() and update() accept; anything else is a programming error. */
    const COLUMNS = [
        'id_shop', 'type', 'type_raw', 'reference', 'document_date', 'billing_email', 'email_normalized',
        'ebp_customer_code', 'order_ref', 'id_order', 'id_customer', 'status', 'reason', 'match_method',
        'total_tax_excl', 'total_tax_incl', 'currency', 'file_name', 'file_size', 'sha256', 'version', 'access_token',
        'source', 'id_api_key', 'key_label', 'match_attempts', 'first_downloaded_at', 'date_add', 'date_upd',
    ];

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @return array<string, string|null>|null
     */
    public function find(int $documentId): ?array
    {
        return $this->connection->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $documentId]);
    }

    /**
     * @return array<string, string|null>|null
     */
    public function findByNumber(int $shopId, string $type, string $reference): ?array
    {
        return $this->connection->fetchRow(
            'SELECT * FROM PREFIX_ebpdocuments_document WHERE id_shop = :shop AND type = :type AND reference = :reference',
            ['shop' => $shopId, 'type' => $type, 'reference' => $reference]
        );
    }

    /**
     * findByNumber() and, in the same statement, the rows of another SELECT (one round trip instead of two: the
     * ingestion reads the customers matching the e-mail with the number). Every column of $otherSql must start with
     * $otherPrefix (no document column does) and its parameters must not be named number_*. A plain read: no lock.
     *
     * @param array<string, mixed> $otherParams
     *
     * @return array{0: array<string, string|null>|null, 1: array<int, array<string, string|null>>} the document (null:
     *         none) and the other SELECT's rows
     */
    public function findByNumberWith(int $shopId, string $type, string $reference, string $otherSql, array $otherParams, string $otherPrefix): array
    {
        $rows = $this->connection->fetchAll(
            'SELECT d.*, other_rows.* FROM (SELECT 1 AS number_one) number_row
             LEFT JOIN PREFIX_ebpdocuments_document d
               ON d.id_shop = :number_shop AND d.type = :number_type AND d.reference = :number_reference
             LEFT JOIN (' . $otherSql . ') other_rows ON 1 = 1',
            array_merge($otherParams, ['number_shop' => $shopId, 'number_type' => $type, 'number_reference' => $reference])
        );
        $document = null;
        $others = [];
        foreach ($rows as $row) {
            $own = [];
            $other = [];
            foreach ($row as $column => $value) {
                if (strpos((string) $column, $otherPrefix) === 0) {
                    $other[$column] = $value;
                } else {
                    $own[$column] = $value;
                }
            }
            if ($document === null && $own['id_document'] !== null) {
                $document = $own;
            }
            // The LEFT JOIN gives one row of NULLs when the other SELECT found nothing.
            if (array_filter($other, function ($value) {
                return $value !== null;
            }) !== []) {
                $others[] = $other;
            }
        }

        return [$document, $others];
    }

    /**
     * @return array<string, string|null>|null
     */
    public function lockById(int $documentId): ?array
    {
        return $this->connection->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document WHERE id_document = :id FOR UPDATE', ['id' => $documentId]);
    }

    /**
     * @param array<string, mixed> $values column => value
     */
    public function insert(array $values): int
    {
        $columns = $this->checkedColumns($values);
        $placeholders = [];
        foreach ($columns as $column) {
            $placeholders[] = ':' . $column;
        }

        return $this->connection->insert(
            'INSERT INTO PREFIX_ebpdocuments_document (' . implode(', ', $columns) . ') VALUES (' . implode(', ', $placeholders) . ')',
            $values
        );
    }

    /**
     * @param array<string, mixed> $values column => value
     */
    public function update(int $documentId, array $values): int
    {
        if ($values === []) {
            return 0;
        }
        $sets = [];
        foreach ($this->checkedColumns($values) as $column) {
            $sets[] = $column . ' = :' . $column;
        }
        $values['id_document_key'] = $documentId;

        return $this->connection->execute(
            'UPDATE PREFIX_ebpdocuments_document SET ' . implode(', ', $sets) . ' WHERE id_document = :id_document_key',
            $values
        );
    }

    /**
     * Updates the document only if it is still at $expectedVersion (optimistic: nothing is locked while the caller
     * decided what to write). Answers the affected rows: 0 when another request changed or removed it meanwhile.
     *
     * @param array<string, mixed> $values column => value
     */
    public function updateIfVersion(int $documentId, int $expectedVersion, array $values): int
    {
        $sets = [];
        foreach ($this->checkedColumns($values) as $column) {
            $sets[] = $column . ' = :' . $column;
        }
        $values['id_document_key'] = $documentId;
        $values['expected_version_key'] = $expectedVersion;

        return $this->connection->execute(
            'UPDATE PREFIX_ebpdocuments_document SET ' . implode(', ', $sets) . '
             WHERE id_document = :id_document_key AND version = :expected_version_key',
            $values
        );
    }

    public function delete(int $documentId): int
    {
        return $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $documentId]);
    }

    /**
     * Ids of waiting documents (pending or dismissed) after $afterId, in id order, optionally among $onlyIds.
     *
     * @param int[]|null $onlyIds
     *
     * @return int[]
     */
    public function waitingIdsAfter(int $afterId, int $limit, ?array $onlyIds = null): array
    {
        $params = ['after' => $afterId, 'statuses' => [DocumentStatus::WAITING, DocumentStatus::DISMISSED]];
        $sql = 'SELECT id_document FROM PREFIX_ebpdocuments_document WHERE id_document > :after AND status IN :statuses';
        if ($onlyIds !== null) {
            $sql .= ' AND id_document IN :ids';
            $params['ids'] = array_values(array_map('intval', $onlyIds));
        }
        $sql .= ' ORDER BY id_document LIMIT ' . max(1, $limit);

        return array_map('intval', array_column($this->connection->fetchAll($sql, $params), 'id_document'));
    }

    /**
     * @return int[]
     */
    public function idsOfCustomer(int $customerId): array
    {
        $rows = $this->connection->fetchAll(
            'SELECT id_document FROM PREFIX_ebpdocuments_document WHERE id_customer = :customer ORDER BY id_document',
            ['customer' => $customerId]
        );

        return array_map('intval', array_column($rows, 'id_document'));
    }

    /**
     * @param array<string, mixed> $values
     *
     * @return string[]
     */
    private function checkedColumns(array $values): array
    {
        $columns = array_keys($values);
        $unknown = array_diff($columns, self::COLUMNS);
        if ($unknown !== []) {
            throw new \InvalidArgumentException('Unknown document column ' . implode(', ', $unknown));
        }

        return $columns;
    }

    /** Per-document secret of the customer's download URL (256 bits from the CSPRNG). */
    public static function newAccessToken(): string
    {
        return bin2hex(random_bytes(32));
    }
}
