<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * The explicit "delete everything" of the settings: every document row and PDF of the given shops, and the EBP
 * customer-code links learned there, one bounded batch per call (the app calls again until nothing remains; see
 * BatchLimits). A batch's rows go in one statement, their files after the rows are gone (a crash leaves orphan
 * files for the sweeper, never a row without its file). Each batch records one `deleted` event per shop it deleted
 * from (who purged and how many): the log itself is kept as the audit trail, and a purge stopped half-way says
 * exactly what went. The customer-code links go with the batch that leaves the shops empty.
 */
final class DocumentPurger
{
    /** @var Connection */
    private $connection;
    /** @var DocumentStorage */
    private $storage;
    /** @var EventRepository */
    private $events;

    public function __construct(Connection $connection, DocumentStorage $storage, EventRepository $events)
    {
        $this->connection = $connection;
        $this->storage = $storage;
        $this->events = $events;
    }

    /**
     * Deletes at most $limit documents of $shopIds whose id is above $after, oldest first.
     *
     * @param int[] $shopIds
     *
     * @return array{deleted: int, cursor: int, remaining: int}
     */
    public function purgeBatch(array $shopIds, int $employeeId, int $after, int $limit): array
    {
        $rows = $this->connection->fetchAll(
            'SELECT id_document, id_shop, file_name FROM PREFIX_ebpdocuments_document
             WHERE id_shop IN :shops AND id_document > :after ORDER BY id_document LIMIT ' . max(1, $limit),
            ['shops' => $shopIds, 'after' => $after]
        );
        $cursor = $after;
        $deleted = 0;
        $perShop = [];
        if ($rows !== []) {
            $cursor = (int) $rows[count($rows) - 1]['id_document'];
            $deleted = $this->connection->execute(
                'DELETE FROM PREFIX_ebpdocuments_document WHERE id_document IN :ids',
                ['ids' => array_map('intval', array_column($rows, 'id_document'))]
            );
            foreach ($rows as $row) {
                $this->storage->delete((string) $row['file_name']);
                $shop = (int) $row['id_shop'];
                $perShop[$shop] = (isset($perShop[$shop]) ? $perShop[$shop] : 0) + 1;
            }
        } elseif ($after === 0) {
            // Nothing to delete at all: the purge is still recorded, once per shop, with its count of 0.
            $perShop = array_fill_keys($shopIds, 0);
        }
        foreach ($perShop as $shop => $count) {
            $this->events->record(EventType::DELETED, ['id_shop' => $shop], ['cause' => 'purge', 'count' => $count], null, $employeeId);
        }
        $remaining = (int) $this->connection->fetchValue(
            'SELECT COUNT(*) FROM PREFIX_ebpdocuments_document WHERE id_shop IN :shops AND id_document > :after',
            ['shops' => $shopIds, 'after' => $cursor]
        );
        if ($remaining === 0) {
            $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_customer_link WHERE id_shop IN :shops', ['shops' => $shopIds]);
        }

        return ['deleted' => $deleted, 'cursor' => $cursor, 'remaining' => $remaining];
    }
}
