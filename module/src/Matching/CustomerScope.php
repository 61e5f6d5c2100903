<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * Which customers (and orders) a shop sees, as PrestaShop's Shop::addSqlRestriction(SHARE_CUSTOMER) decides in a
 * single-shop context: the whole shop group when the group shares customers, else the shop alone.
 */
final class CustomerScope
{
    /** @var int */
    private $shopId;
    /** @var int */
    private $shopGroupId;
    /** @var bool */
    private $sharesCustomers;
    /** @var int[] */
    private $shopIds;

    /**
     * @param int[] $shopIds
     */
    public function __construct(int $shopId, int $shopGroupId, bool $sharesCustomers, array $shopIds)
    {
        $this->shopId = $shopId;
        $this->shopGroupId = $shopGroupId;
        $this->sharesCustomers = $sharesCustomers;
        $this->shopIds = $shopIds === [] ? [$shopId] : array_values(array_map('intval', $shopIds));
    }

    public static function forShop(Connection $connection, int $shopId): self
    {
        $row = $connection->fetchRow(
            'SELECT s.id_shop_group, g.share_customer FROM PREFIX_shop s
             LEFT JOIN PREFIX_shop_group g ON g.id_shop_group = s.id_shop_group
             WHERE s.id_shop = :shop',
            ['shop' => $shopId]
        );
        if ($row === null) {
            // Unknown shop: the narrowest scope, never a wider one.
            return new self($shopId, 0, false, [$shopId]);
        }
        $groupId = (int) $row['id_shop_group'];
        if ((int) $row['share_customer'] !== 1) {
            return new self($shopId, $groupId, false, [$shopId]);
        }
        $shopIds = [];
        foreach ($connection->fetchAll('SELECT id_shop FROM PREFIX_shop WHERE id_shop_group = :grp', ['grp' => $groupId]) as $shop) {
            $shopIds[] = (int) $shop['id_shop'];
        }

        return new self($shopId, $groupId, true, $shopIds);
    }

    public function shopId(): int
    {
        return $this->shopId;
    }

    public function shopGroupId(): int
    {
        return $this->shopGroupId;
    }

    public function sharesCustomers(): bool
    {
        return $this->sharesCustomers;
    }

    /**
     * @return int[] shops whose customers and orders are visible
     */
    public function shopIds(): array
    {
        return $this->shopIds;
    }

    /**
     * SQL condition on a PREFIX_customer alias.
     *
     * @return array{sql: string, params: array<string, int>}
     */
    public function customerCondition(string $alias = 'c'): array
    {
        $alias = self::checkedAlias($alias);
        if ($this->sharesCustomers) {
            return ['sql' => $alias . '.id_shop_group = :scope_shop_group', 'params' => ['scope_shop_group' => $this->shopGroupId]];
        }

        return ['sql' => $alias . '.id_shop = :scope_shop', 'params' => ['scope_shop' => $this->shopId]];
    }

    /**
     * SQL condition on a PREFIX_orders alias.
     *
     * @return array{sql: string, params: array<string, int[]>}
     */
    public function orderCondition(string $alias = 'o'): array
    {
        return ['sql' => self::checkedAlias($alias) . '.id_shop IN :scope_shops', 'params' => ['scope_shops' => $this->shopIds]];
    }

    private static function checkedAlias(string $alias): string
    {
        if (preg_match('/^[a-z][a-z0-9_]{0,15}$/', $alias) !== 1) {
            throw new \InvalidArgumentException('Bad SQL alias');
        }

        return $alias;
    }
}
