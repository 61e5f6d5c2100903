<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage\Repository;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Database\RetryableDatabaseException;

/**
 * Failed key presentations counted per client (sha256 of the IP address) in a fixed window.
 */
final class AuthFailureRepository
{
    const ATTEMPTS = 3;

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @return array{failures: int, windowStart: string}|null
     */
    public function find(string $clientHash): ?array
    {
        $row = $this->connection->fetchRow(
            'SELECT failures, window_start FROM PREFIX_ebpdocuments_auth_failure WHERE client_hash = :client',
            ['client' => $clientHash]
        );
        if ($row === null) {
            return null;
        }

        return ['failures' => (int) $row['failures'], 'windowStart' => (string) $row['window_start']];
    }

    /**
     * Counts one failure atomically and answers the count of the window after it (1 = the first of a new window). One
     * statement under the row's lock: parallel requests each get their own number, so no two see the same count.
     * A window older than $windowStartsAfter restarts at 1. LAST_INSERT_ID(expr) hands the new count back on this
     * connection (a fresh row sets it with LAST_INSERT_ID(1)). A deadlock of concurrent first inserts is retried.
     */
    public function increment(string $clientHash, \DateTimeImmutable $now, \DateTimeImmutable $windowStartsAfter): int
    {
        for ($attempt = 1; ; ++$attempt) {
            try {
                // failures is assigned before window_start, so both IF() read the old window_start.
                $this->connection->execute(
                    'INSERT INTO PREFIX_ebpdocuments_auth_failure (client_hash, failures, window_start)
                     VALUES (:client, LAST_INSERT_ID(1), :now)
                     ON DUPLICATE KEY UPDATE
                        failures = LAST_INSERT_ID(IF(window_start < :since, 1, failures + 1)),
                        window_start = IF(window_start < :since, :now, window_start)',
                    ['client' => $clientHash, 'now' => $now, 'since' => $windowStartsAfter]
                );

                return (int) $this->connection->fetchValue('SELECT LAST_INSERT_ID()');
            } catch (RetryableDatabaseException $busy) {
                if ($attempt >= self::ATTEMPTS) {
                    throw $busy;
                }
                usleep(random_int(1000, 20000));
            }
        }
    }

    public function deleteOlderThan(\DateTimeImmutable $windowStartsAfter): void
    {
        $this->connection->execute(
            'DELETE FROM PREFIX_ebpdocuments_auth_failure WHERE window_start < :since',
            ['since' => $windowStartsAfter]
        );
    }
}
