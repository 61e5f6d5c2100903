<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Import;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Support\Clock;

/**
 * Rows of ebpdocuments_import and ebpdocuments_import_row.
 */
final class ImportRepository
{
    /** @var Connection */
    private $connection;
    /** @var Clock */
    private $clock;

    public function __construct(Connection $connection, Clock $clock)
    {
        $this->connection = $connection;
        $this->clock = $clock;
    }

    /**
     * @param array<string, mixed> $values
     */
    public function create(array $values): int
    {
        $now = $this->clock->now();
        $values += ['date_add' => $now, 'date_upd' => $now];
        $columns = array_keys($values);

        return $this->connection->insert(
            'INSERT INTO PREFIX_ebpdocuments_import (' . implode(', ', $columns) . ') VALUES (:' . implode(', :', $columns) . ')',
            $values
        );
    }

    /**
     * @return array<string, string|null>|null
     */
    public function find(int $id): ?array
    {
        return $this->connection->fetchRow('SELECT * FROM PREFIX_ebpdocuments_import WHERE id_import = :id', ['id' => $id]);
    }

    /**
     * The newest import of these shops that is not finished (the one a closed tab left), or null.
     *
     * @param int[] $shopIds
     *
     * @return array<string, string|null>|null
     */
    public function latestOpen(array $shopIds): ?array
    {
        return $this->connection->fetchRow(
            'SELECT * FROM PREFIX_ebpdocuments_import WHERE id_shop IN :shops AND status NOT IN (:done, :cancelled)
             ORDER BY id_import DESC LIMIT 1',
            ['shops' => array_values($shopIds), 'done' => ImportService::DONE, 'cancelled' => ImportService::CANCELLED]
        );
    }

    /**
     * @param array<string, mixed> $values
     */
    public function update(int $id, array $values): void
    {
        $values['date_upd'] = $this->clock->now();
        $sets = [];
        foreach (array_keys($values) as $column) {
            $sets[] = $column . ' = :' . $column;
        }
        $values['id_import'] = $id;
        $this->connection->execute('UPDATE PREFIX_ebpdocuments_import SET ' . implode(', ', $sets) . ' WHERE id_import = :id_import', $values);
    }

    /** Takes the import for one step; false when another request holds it (a second tab). */
    public function lease(int $id, int $seconds): bool
    {
        $now = $this->clock->now();

        return $this->connection->execute(
            'UPDATE PREFIX_ebpdocuments_import SET lease_until = :until
             WHERE id_import = :id AND (lease_until IS NULL OR lease_until < :now)',
            ['id' => $id, 'until' => $now->modify('+' . $seconds . ' seconds'), 'now' => $now]
        ) === 1;
    }

    public function release(int $id): void
    {
        $this->connection->execute('UPDATE PREFIX_ebpdocuments_import SET lease_until = NULL WHERE id_import = :id', ['id' => $id]);
    }

    /**
     * @param array<int, array<string, mixed>> $rows
     */
    public function insertRows(int $importId, array $rows): void
    {
        foreach (array_chunk($rows, 200) as $chunk) {
            $values = [];
            $params = [];
            foreach ($chunk as $i => $row) {
                $values[] = "(:i$i, :p$i, :l$i, :t$i, :r$i, :e$i, :f$i, :pl$i, :pr$i)";
                $params += [
                    "i$i" => $importId, "p$i" => $row['position'], "l$i" => $row['csv_line'], "t$i" => $row['type'],
                    "r$i" => $row['reference'], "e$i" => $row['pdf_entry'], "f$i" => $row['fields'],
                    "pl$i" => $row['planned'], "pr$i" => $row['planned_reason'],
                ];
            }
            $this->connection->execute(
                'INSERT INTO PREFIX_ebpdocuments_import_row
                    (id_import, position, csv_line, type, reference, pdf_entry, fields, planned, planned_reason)
                 VALUES ' . implode(', ', $values),
                $params
            );
        }
    }

    /** Forgets the rows' CSV fields (billing e-mails…) once the import is over; outcomes stay for the result CSV. */
    public function forgetFields(int $importId): void
    {
        $this->connection->execute('UPDATE PREFIX_ebpdocuments_import_row SET fields = NULL WHERE id_import = :id', ['id' => $importId]);
    }

    public function deleteRows(int $importId): void
    {
        $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_import_row WHERE id_import = :id', ['id' => $importId]);
    }

    /**
     * Rows after $position, in order.
     *
     * @return array<int, array<string, string|null>>
     */
    public function rowsAfter(int $importId, int $position, int $limit): array
    {
        return $this->connection->fetchAll(
            'SELECT * FROM PREFIX_ebpdocuments_import_row WHERE id_import = :id AND position > :after ORDER BY position LIMIT ' . max(1, $limit),
            ['id' => $importId, 'after' => $position]
        );
    }

    /**
     * @param array<string, mixed> $values
     */
    public function updateRow(int $importId, int $position, array $values): void
    {
        $sets = [];
        foreach (array_keys($values) as $column) {
            $sets[] = $column . ' = :' . $column;
        }
        $values['id_import'] = $importId;
        $values['position_key'] = $position;
        $this->connection->execute(
            'UPDATE PREFIX_ebpdocuments_import_row SET ' . implode(', ', $sets) . ' WHERE id_import = :id_import AND position = :position_key',
            $values
        );
    }

    /**
     * Counts per outcome and reason ($column = planned or outcome).
     *
     * @return array<int, array{outcome: string, reason: string|null, n: int}>
     */
    public function counts(int $importId, string $column): array
    {
        $reason = $column === 'planned' ? 'planned_reason' : 'reason';
        $rows = $this->connection->fetchAll(
            'SELECT ' . $column . ' AS outcome, ' . $reason . ' AS reason, COUNT(*) AS n FROM PREFIX_ebpdocuments_import_row
             WHERE id_import = :id AND ' . $column . ' IS NOT NULL GROUP BY ' . $column . ', ' . $reason,
            ['id' => $importId]
        );
        $out = [];
        foreach ($rows as $row) {
            $out[] = ['outcome' => (string) $row['outcome'], 'reason' => $row['reason'], 'n' => (int) $row['n']];
        }

        return $out;
    }

    /**
     * The first refused rows ($column = planned or outcome).
     *
     * @return array<int, array<string, string|null>>
     */
    public function refusals(int $importId, string $column, int $limit): array
    {
        return $this->connection->fetchAll(
            'SELECT * FROM PREFIX_ebpdocuments_import_row WHERE id_import = :id AND ' . $column . ' = :refused ORDER BY position LIMIT ' . $limit,
            ['id' => $importId, 'refused' => ImportService::REFUSED]
        );
    }
}
