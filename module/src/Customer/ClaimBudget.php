<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Database\RetryableDatabaseException;
use Ebpdocuments\Kernel\Support\Clock;

/**
 * How many one-time codes may still be sent, per named budget ("customer|12", "email|a@b.fr"), in a fixed window
 * that starts with the first code. A request takes one unit from EVERY budget it names, or from none.
 *
 * Atomic: the rows are created first (INSERT IGNORE), then locked in key order (SELECT … FOR UPDATE) in one
 * transaction, checked and incremented together, so parallel requests queue on the row locks and never send more
 * than the limit; locking in key order keeps two requests from deadlocking each other. A deadlock or lock wait
 * timeout that still happens is retried, and refuses (fail closed) if it keeps happening.
 *
 * The e-mail budget is keyed by the address, not by the account: moving the address to another account, or
 * registering it again, does not give it a fresh budget. Keys are sha256 of the budget name.
 */
final class ClaimBudget
{
    const WINDOW_MINUTES = 60;
    const MAX_TRIES = 3;

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
     * @param string[] $names
     *
     * @return bool true when one unit was taken from every budget (each had fewer than $limit in its window)
     */
    public function take(array $names, int $limit): bool
    {
        $keys = array_values(array_unique(array_map([self::class, 'keyOf'], $names)));
        sort($keys);
        if ($keys === []) {
            return true;
        }
        $now = $this->clock->now();
        foreach ($keys as $key) {
            $this->connection->execute(
                'INSERT IGNORE INTO PREFIX_ebpdocuments_claim_budget (budget_key, sent, window_start) VALUES (:key, 0, :now)',
                ['key' => $key, 'now' => $now]
            );
        }
        for ($try = 1; ; ++$try) {
            try {
                return (bool) $this->connection->transactional(function () use ($keys, $limit, $now): bool {
                    return $this->takeLocked($keys, $limit, $now);
                });
            } catch (RetryableDatabaseException $e) {
                if ($try >= self::MAX_TRIES) {
                    return false;
                }
            }
        }
    }

    /**
     * GDPR erasure: forgets the budgets of these names.
     *
     * @param string[] $names
     */
    public function forget(array $names): void
    {
        if ($names !== []) {
            $this->connection->execute(
                'DELETE FROM PREFIX_ebpdocuments_claim_budget WHERE budget_key IN :keys',
                ['keys' => array_values(array_map([self::class, 'keyOf'], $names))]
            );
        }
    }

    public static function keyOf(string $name): string
    {
        return hash('sha256', 'ebpdocuments-claim-budget|' . $name);
    }

    /**
     * @param string[] $keys sorted
     */
    private function takeLocked(array $keys, int $limit, \DateTimeImmutable $now): bool
    {
        $rows = $this->connection->fetchAll(
            'SELECT budget_key, sent, window_start FROM PREFIX_ebpdocuments_claim_budget
             WHERE budget_key IN :keys ORDER BY budget_key FOR UPDATE',
            ['keys' => $keys]
        );
        $windowOpenedAfter = $now->modify('-' . self::WINDOW_MINUTES . ' minutes')->format('Y-m-d H:i:s');
        $updates = [];
        foreach ($rows as $row) {
            $expired = (string) $row['window_start'] <= $windowOpenedAfter;
            $sent = $expired ? 0 : (int) $row['sent'];
            if ($sent >= $limit) {
                return false;
            }
            $updates[] = ['key' => (string) $row['budget_key'], 'sent' => $sent + 1, 'start' => $expired ? $now : (string) $row['window_start']];
        }
        if (count($updates) !== count($keys)) {
            // A row vanished between the insert and the lock (erasure): refuse rather than send unbudgeted.
            return false;
        }
        foreach ($updates as $update) {
            $this->connection->execute(
                'UPDATE PREFIX_ebpdocuments_claim_budget SET sent = :sent, window_start = :start WHERE budget_key = :key',
                $update
            );
        }

        return true;
    }
}
