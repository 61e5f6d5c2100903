<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * Finds the web order behind the connector's `oid`: a numeric id_order or a 9-letter PrestaShop order reference,
 * within the shop's scope. Several orders of one cart share a reference; if they belong to different customers the
 * reference names no single order.
 */
final class OrderResolver
{
    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    public function resolve(CustomerScope $scope, ?string $oid): ?ResolvedOrder
    {
        $oid = trim((string) $oid);
        $scopeSql = $scope->orderCondition('o');
        if (preg_match('/^[0-9]{1,10}$/', $oid) === 1) {
            $id = (int) $oid;
            if ($id <= 0 || $id > 4294967295) {
                return null;
            }
            $row = $this->connection->fetchRow(
                'SELECT o.id_order, o.id_customer FROM PREFIX_orders o WHERE o.id_order = :id AND ' . $scopeSql['sql'],
                array_merge(['id' => $id], $scopeSql['params'])
            );

            return $row === null ? null : new ResolvedOrder((int) $row['id_order'], (int) $row['id_customer']);
        }
        if (preg_match('/^[A-Za-z]{9}$/', $oid) !== 1) {
            return null;
        }
        $rows = $this->connection->fetchAll(
            'SELECT o.id_order, o.id_customer, o.reference FROM PREFIX_orders o
             WHERE o.reference = :reference AND ' . $scopeSql['sql'] . ' ORDER BY o.id_order',
            array_merge(['reference' => strtoupper($oid)], $scopeSql['params'])
        );
        $found = null;
        foreach ($rows as $row) {
            if (strtoupper((string) $row['reference']) !== strtoupper($oid)) {
                continue;
            }
            if ($found !== null && $found->customerId() !== (int) $row['id_customer']) {
                return null;
            }
            if ($found === null) {
                $found = new ResolvedOrder((int) $row['id_order'], (int) $row['id_customer']);
            }
        }

        return $found;
    }
}
