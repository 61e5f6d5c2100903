<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage\Repository;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * The module's own API keys (only their sha256 is stored) and the shop's Webservice keys it may accept.
 */
final class ApiKeyRepository
{
    const COLUMNS = 'id_api_key, id_shop, label, key_hash, key_hint, active, date_add, last_used_at, revoked_at';

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    public function insert(int $shopId, string $label, string $keyHash, string $keyHint, \DateTimeImmutable $now): int
    {
        return $this->connection->insert(
            'INSERT INTO PREFIX_ebpdocuments_api_key (id_shop, label, key_hash, key_hint, active, date_add)
             VALUES (:shop, :label, :hash, :hint, 1, :now)',
            ['shop' => $shopId, 'label' => $label, 'hash' => $keyHash, 'hint' => $keyHint, 'now' => $now]
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
     * @param int[] $shopIds
     *
     * @return array<int, array<string, string|null>> the keys of these shops, newest first
     */
    public function ofShops(array $shopIds): array
    {
        if ($shopIds === []) {
            return [];
        }

        return $this->connection->fetchAll(
            'SELECT ' . self::COLUMNS . ' FROM PREFIX_ebpdocuments_api_key WHERE id_shop IN :shops ORDER BY id_api_key DESC',
            ['shops' => array_values(array_map('intval', $shopIds))]
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
     * The shop's Webservice keys that are active and associated with the shop (as core's webservice requires), with
     * the methods PrestaShop stores for them on the module's webservice resource (ps_webservice_permission).
     *
     * @return array<int, array<string, string|null>> id_webservice_account, key, description, methods ("GET,POST" or null)
     */
    public function activeWebserviceKeys(int $shopId, string $resource): array
    {
        return $this->connection->fetchAll(
            'SELECT a.id_webservice_account, a.`key`, a.description,
                    (SELECT GROUP_CONCAT(p.method ORDER BY p.method SEPARATOR \',\') FROM PREFIX_webservice_permission p
                      WHERE p.id_webservice_account = a.id_webservice_account AND p.resource = :resource) AS methods
             FROM PREFIX_webservice_account a
             INNER JOIN PREFIX_webservice_account_shop s
                ON s.id_webservice_account = a.id_webservice_account AND s.id_shop = :shop
             WHERE a.active = 1',
            ['shop' => $shopId, 'resource' => $resource]
        );
    }

    /**
     * Every Webservice key associated with one of these shops (active or not, with its shops and its methods on the
     * module's resource), for the Connector view. The key itself is cut to its first $hintLength characters here.
     *
     * @param int[] $shopIds
     *
     * @return array<int, array<string, string|null>> id_webservice_account, hint, description, active, shops ("1,2"),
     *                                                methods ("GET,POST" or null), granted_methods, granted_at (upgrade)
     */
    public function webserviceKeysOfShops(array $shopIds, string $resource, int $hintLength): array
    {
        if ($shopIds === []) {
            return [];
        }

        return $this->connection->fetchAll(
            'SELECT a.id_webservice_account, LEFT(a.`key`, :hint) AS hint, a.description, a.active,
                    GROUP_CONCAT(DISTINCT s.id_shop ORDER BY s.id_shop SEPARATOR \',\') AS shops,
                    (SELECT GROUP_CONCAT(p.method ORDER BY p.method SEPARATOR \',\') FROM PREFIX_webservice_permission p
                      WHERE p.id_webservice_account = a.id_webservice_account AND p.resource = :resource) AS methods,
                    g.methods AS granted_methods, g.date_add AS granted_at
             FROM PREFIX_webservice_account a
             INNER JOIN PREFIX_webservice_account_shop s ON s.id_webservice_account = a.id_webservice_account
             LEFT JOIN PREFIX_ebpdocuments_webservice_grant g ON g.id_webservice_account = a.id_webservice_account
             WHERE s.id_shop IN :shops
             GROUP BY a.id_webservice_account, a.`key`, a.description, a.active, g.methods, g.date_add
             ORDER BY a.id_webservice_account',
            ['shops' => array_values(array_map('intval', $shopIds)), 'resource' => $resource, 'hint' => $hintLength]
        );
    }
}
