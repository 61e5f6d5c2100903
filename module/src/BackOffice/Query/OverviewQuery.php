<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\WaitingBadge;
use Ebpdocuments\Kernel\Database\CappedCount;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Domain\WaitingReason;

/**
 * The overview's figures, each one indexed read: counts by (id_shop, status, date_add) up to a cap, the last document by
 * (id_shop, date_add), recent rejections among the last RECENT_EVENTS events only (a bounded backward scan of
 * (id_shop, id_event) instead of the whole log).
 */
final class OverviewQuery
{
    const RECENT_EVENTS = 50000;
    /**
     * Received counts stop here (shown "2,000+"): a month of a big shop (28,000 documents in the bench) costs 9 ms to
     * count entry by entry, the overview's budget is 20 ms; 2,000 keeps the figure exact for most shops and reads at
     * most 6,003 index entries (4 ms).
     */
    const RECEIVED_CAP = 2000;
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
     * Documents received since $since, by status: {attached, waiting (pending), dismissed}, each counted up to $cap;
     * `capped` names the statuses that reached it (there are more: the app shows "2,000+").
     *
     * @param int[] $shopIds
     *
     * @return array{attached: int, waiting: int, dismissed: int, capped: string[]}
     */
    public function receivedSince(array $shopIds, \DateTimeImmutable $since, int $cap = self::RECEIVED_CAP): array
    {
        // Each status a range of the shop_status index (id_shop, status, date_add), index only.
        $keys = [DocumentStatus::ATTACHED => 'attached', DocumentStatus::WAITING => 'waiting', DocumentStatus::DISMISSED => 'dismissed'];
        $conditions = [];
        foreach (array_keys($keys) as $status) {
            $conditions[$status] = [
                'sql' => 'id_shop IN :shops AND status = :status AND date_add >= :since',
                'params' => ['shops' => $shopIds, 'status' => $status, 'since' => $since],
            ];
        }
        $out = ['attached' => 0, 'waiting' => 0, 'dismissed' => 0, 'capped' => []];
        foreach ($this->cappedCounts($conditions, $cap) as $status => $count) {
            $key = $keys[$status];
            $out[$key] = min($count, $cap);
            if ($count > $cap) {
                $out['capped'][] = $key;
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
        $conditions = [];
        foreach (WaitingReason::all() as $reason) {
            $conditions[$reason] = [
                'sql' => 'id_shop IN :shops AND status = :pending AND reason = :reason',
                'params' => ['shops' => $shopIds, 'pending' => DocumentStatus::WAITING, 'reason' => $reason],
            ];
        }
        $out = [];
        foreach ($this->cappedCounts($conditions, $cap) as $reason => $count) {
            if ($count === 0) {
                continue;
            }
            $out[] = ['reason' => (string) $reason, 'count' => min($count, $cap), 'capped' => $count > $cap];
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

    /**
     * Counts in one statement, for each key, the documents its condition selects, up to $cap + 1: one derived table
     * per key, an index range cut at the cap (no grouping, no sort). A count above $cap means "more" ("999+").
     *
     * @param array<string, array{sql: string, params: array<string, mixed>}> $conditions key => WHERE over the documents
     *
     * @return array<string, int> key => count, at most $cap + 1
     */
    private function cappedCounts(array $conditions, int $cap): array
    {
        $keys = array_keys($conditions);
        $branches = [];
        $params = [];
        foreach ($keys as $branch => $key) {
            // Each branch's placeholders get its number: one statement, distinct names.
            $sql = (string) preg_replace('/(?<![:\w]):([a-zA-Z_][a-zA-Z0-9_]*)/', ':$1_' . $branch, $conditions[$key]['sql']);
            foreach ($conditions[$key]['params'] as $name => $value) {
                $params[$name . '_' . $branch] = $value;
            }
            $branches[] = 'SELECT ' . $branch . ' AS branch, COUNT(*) AS n FROM '
                . CappedCount::rows('PREFIX_ebpdocuments_document WHERE ' . $sql, $cap, 't' . $branch);
        }
        $counts = array_fill_keys($keys, 0);
        foreach ($this->connection->fetchAll(implode(' UNION ALL ', $branches), $params) as $row) {
            $counts[$keys[(int) $row['branch']]] = (int) $row['n'];
        }

        return $counts;
    }
}
