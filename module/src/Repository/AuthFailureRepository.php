<?php

declare(strict_types=1);

namespace Ebpdocuments\Repository;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;

/**
 * Failed key presentations counted per client (sha256 of the IP address) in a fixed window.
 */
final class AuthFailureRepository
{
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
     * Counts one failure atomically; a window older than $windowStartsAfter restarts at 1.
     */
    public function recordFailure(string $clientHash, \DateTimeImmutable $now, \DateTimeImmutable $windowStartsAfter): void
    {
        // failures is assigned before window_start, so both IF() read the old window_start.
        $this->connection->execute(
            'INSERT INTO PREFIX_ebpdocuments_auth_failure (client_hash, failures, window_start)
             VALUES (:client, 1, :now)
             ON DUPLICATE KEY UPDATE
                failures = IF(window_start < :since, 1, failures + 1),
                window_start = IF(window_start < :since, :now, window_start)',
            ['client' => $clientHash, 'now' => $now, 'since' => $windowStartsAfter]
        );
    }

    public function deleteOlderThan(\DateTimeImmutable $windowStartsAfter): void
    {
        $this->connection->execute(
            'DELETE FROM PREFIX_ebpdocuments_auth_failure WHERE window_start < :since',
            ['since' => $windowStartsAfter]
        );
    }
}
