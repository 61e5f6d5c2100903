<?php

declare(strict_types=1);

namespace Ebpdocuments\Repository;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;

/**
 * The module's own API keys (only their sha256 is stored) and the shop's Webservice keys it may accept.
 */
final class ApiKeyRepository
{
    const COLUMNS = 'id_api_key, label, key_hash, key_hint, active, date_add, last_used_at, revoked_at';

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    public function insert(string $label, string $keyHash, string $keyHint, \DateTimeImmutable $now): int
    {
        return $this->connection->insert(
            'INSERT INTO PREFIX_ebpdocuments_api_key (label, key_hash, key_hint, active, date_add)
             VALUES (:label, :hash, :hint, 1, :now)',
            ['label' => $label, 'hash' => $keyHash, 'hint' => $keyHint, 'now' => $now]
        );
    }

    /**
     * @return array<string, string|null>|null
     */
    public function find(int $id): ?array
    {
        return $this->connection->fetchRow(
            'SELECT ' . self::COLUMNS . ' FROM PREFIX_ebpdocuments_api_key WHERE id_api_key = :id',
            ['id' => $id]
        );
    }

    /**
     * @return array<string, string|null>|null
     */
    public function findByHash(string $keyHash): ?array
    {
        return $this->connection->fetchRow(
            'SELECT ' . self::COLUMNS . ' FROM PREFIX_ebpdocuments_api_key WHERE key_hash = :hash',
            ['hash' => $keyHash]
        );
    }

    /**
     * @return array<int, array<string, string|null>> newest first
     */
    public function all(): array
    {
        return $this->connection->fetchAll(
            'SELECT ' . self::COLUMNS . ' FROM PREFIX_ebpdocuments_api_key ORDER BY id_api_key DESC'
        );
    }

    public function revoke(int $id, \DateTimeImmutable $now): int
    {
        return $this->connection->execute(
            'UPDATE PREFIX_ebpdocuments_api_key SET active = 0, revoked_at = :now
             WHERE id_api_key = :id AND revoked_at IS NULL',
            ['id' => $id, 'now' => $now]
        );
    }

    /**
     * Records a use, at most once per throttle period so that a busy connector does not write on every request.
     */
    public function touchLastUsed(int $id, \DateTimeImmutable $now, \DateTimeImmutable $notSince): void
    {
        $this->connection->execute(
            'UPDATE PREFIX_ebpdocuments_api_key SET last_used_at = :now
             WHERE id_api_key = :id AND (last_used_at IS NULL OR last_used_at < :since)',
            ['id' => $id, 'now' => $now, 'since' => $notSince]
        );
    }

    /**
     * The shop's Webservice keys that are active and associated with the shop (as core's webservice requires).
     *
     * @return array<int, array<string, string|null>> id_webservice_account, key, description
     */
    public function activeWebserviceKeys(int $shopId): array
    {
        return $this->connection->fetchAll(
            'SELECT a.id_webservice_account, a.`key`, a.description
             FROM PREFIX_webservice_account a
             INNER JOIN PREFIX_webservice_account_shop s
                ON s.id_webservice_account = a.id_webservice_account AND s.id_shop = :shop
             WHERE a.active = 1',
            ['shop' => $shopId]
        );
    }
}
