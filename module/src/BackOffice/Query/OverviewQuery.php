<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\WaitingBadge;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Domain\WaitingReason;

/**
 * The overview's figures, each one indexed read: counts by (id_shop, status, date_add), the last document by
 * (id_shop, date_add), recent rejections among the last RECENT_EVENTS events only (a bounded backward scan of
 * (id_shop, id_event) instead of the whole log).
 */
final class OverviewQuery
{
    const RECENT_EVENTS = 50000;
    const RECENT_ERRORS = 5;

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @param int[] $shopIds
     */
    public function attachedSince(array $shopIds, \DateTimeImmutable $since): int
    {
        return (int) $this->connection->fetchValue(
            'SELECT COUNT(*) FROM PREFIX_ebpdocuments_document
             WHERE id_shop IN :shops AND status = :attached AND date_add >= :since',
            ['shops' => $shopIds, 'attached' => DocumentStatus::ATTACHED, 'since' => $since]
        );
    }

    /**
     * Documents received since $since, by status: {attached, waiting (pending), dismissed}.
     *
     * @param int[] $shopIds
     *
     * @return array{attached: int, waiting: int, dismissed: int}
     */
    public function receivedSince(array $shopIds, \DateTimeImmutable $since): array
    {
        // Every status named: a range of the shop_status index (id_shop, status, date_add) per status, index only;
        // without it the server reads all of the shop's entries of that index (100 ms for 200,000 documents).
        $rows = $this->connection->fetchAll(
            'SELECT status, COUNT(*) AS n FROM PREFIX_ebpdocuments_document
             WHERE id_shop IN :shops AND status IN :statuses AND date_add >= :since GROUP BY status',
            ['shops' => $shopIds, 'statuses' => DocumentStatus::all(), 'since' => $since]
        );
        $out = ['attached' => 0, 'waiting' => 0, 'dismissed' => 0];
        foreach ($rows as $row) {
            $status = (string) $row['status'];
            $key = $status === DocumentStatus::WAITING ? 'waiting' : $status;
            if (isset($out[$key])) {
                $out[$key] += (int) $row['n'];
            }
        }

        return $out;
    }

    /**
     * Waiting documents per reason, each counted up to $cap (WaitingBadge::CAP, the tab badge's "999+"): one branch per
     * reason reads at most $cap + 1 entries of the shop_notices index (id_shop, status, reason, …), so the overview
     * stays fast with hundreds of thousands of waiting documents. Largest first.
     *
     * @param int[] $shopIds
     *
     * @return array<int, array{reason: string, count: int, capped: bool}>
     */
    public function waitingByReason(array $shopIds, int $cap = WaitingBadge::CAP): array
    {
        // One count per reason over a derived table of at most $cap + 1 index entries: no grouping, no sort.
        $branches = [];
        $params = [];
        foreach (WaitingReason::all() as $index => $reason) {
            $branches[] = 'SELECT :name' . $index . ' AS reason, COUNT(*) AS n FROM (SELECT 1 FROM PREFIX_ebpdocuments_document
                WHERE id_shop IN :shops' . $index . ' AND status = :pending' . $index . ' AND reason = :reason' . $index . '
                LIMIT ' . ($cap + 1) . ') t' . $index;
            $params['name' . $index] = $reason;
            $params['shops' . $index] = $shopIds;
            $params['pending' . $index] = DocumentStatus::WAITING;
            $params['reason' . $index] = $reason;
        }
        $rows = $this->connection->fetchAll(implode(' UNION ALL ', $branches), $params);
        $out = [];
        foreach ($rows as $row) {
            $count = (int) $row['n'];
            if ($count === 0) {
                continue;
            }
            $out[] = ['reason' => (string) $row['reason'], 'count' => min($count, $cap), 'capped' => $count > $cap];
        }
        usort($out, function (array $a, array $b): int {
            return [$b['count'], $a['reason']] <=> [$a['count'], $b['reason']];
        });

        return $out;
    }

    /**
     * @param int[] $shopIds
     *
     * @return array<string, string|null>|null
     */
    public function lastDocument(array $shopIds): ?array
    {
        return $this->connection->fetchRow(
            'SELECT id_document, type, reference, date_add, key_label, source FROM PREFIX_ebpdocuments_document
             WHERE id_shop IN :shops ORDER BY date_add DESC, id_document DESC LIMIT 1',
            ['shops' => $shopIds]
        );
    }

    /**
     * @param int[] $shopIds
     *
     * @return array<int, array<string, string|null>> newest first
     */
    public function recentRejections(array $shopIds): array
    {
        $last = (int) $this->connection->fetchValue('SELECT MAX(id_event) FROM PREFIX_ebpdocuments_event');

        return $this->connection->fetchAll(
            // Down the primary key from the newest event, stopping at the fifth rejection: the shop_events index would
            // look up every one of the last RECENT_EVENTS rows to read its type (8 ms against 2 for 100,000 events).
            'SELECT id_event, date_add, detail FROM PREFIX_ebpdocuments_event FORCE INDEX (PRIMARY)
             WHERE id_shop IN :shops AND event = :rejected AND id_event > :floor
             ORDER BY id_event DESC LIMIT ' . self::RECENT_ERRORS,
            ['shops' => $shopIds, 'rejected' => EventType::REJECTED, 'floor' => max(0, $last - self::RECENT_EVENTS)]
        );
    }
}
