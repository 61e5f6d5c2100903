<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;
use Ebpdocuments\Domain\EventType;
use Ebpdocuments\Repository\EventRepository;
use Ebpdocuments\Storage\DocumentStorage;

/**
 * The explicit "delete everything" of the settings: every document row and PDF of the given shops, and the EBP
 * customer-code links learned there. Rows go in batches (short transactions), files after their rows are gone (a
 * crash leaves orphan files for the sweeper, never a row without its file). One `deleted` event per shop records
 * who purged and how many documents: the log itself is kept as the audit trail.
 */
final class DocumentPurger
{
    const BATCH = 1000;

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
     * @param int[] $shopIds
     *
     * @return int documents deleted
     */
    public function purge(array $shopIds, int $employeeId): int
    {
        $total = 0;
        foreach ($shopIds as $shopId) {
            $deleted = 0;
            do {
                $rows = $this->connection->fetchAll(
                    'SELECT id_document, file_name FROM PREFIX_ebpdocuments_document WHERE id_shop = :shop ORDER BY id_document LIMIT ' . self::BATCH,
                    ['shop' => $shopId]
                );
                if ($rows === []) {
                    break;
                }
                $deleted += $this->connection->execute(
                    'DELETE FROM PREFIX_ebpdocuments_document WHERE id_document IN :ids',
                    ['ids' => array_map('intval', array_column($rows, 'id_document'))]
                );
                foreach ($rows as $row) {
                    $this->storage->delete((string) $row['file_name']);
                }
            } while (count($rows) === self::BATCH);
            $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_customer_link WHERE id_shop = :shop', ['shop' => $shopId]);
            $this->events->record(EventType::DELETED, ['id_shop' => $shopId], ['cause' => 'purge', 'count' => $deleted], null, $employeeId);
            $total += $deleted;
        }

        return $total;
    }
}
