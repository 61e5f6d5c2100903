<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * 1.1.0: module keys belong to one shop. Adds ebpdocuments_api_key.id_shop when missing (1.0.0 tables), then gives
 * every key without a shop the shop whose documents it sent most (a 1.0.0 key worked on every shop), or the default
 * shop when it sent none. Safe to run twice: only keys with id_shop 0 are touched.
 */
final class AssignApiKeysToShops implements UpgradeStep
{
    public function run(Connection $connection): void
    {
        $table = $connection->prefix() . 'ebpdocuments_api_key';
        $hasColumn = (int) $connection->fetchValue(
            'SELECT COUNT(*) FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :table AND COLUMN_NAME = :column',
            ['table' => $table, 'column' => 'id_shop']
        );
        if ($hasColumn === 0) {
            $connection->execute(
                'ALTER TABLE `' . $table . '` ADD COLUMN `id_shop` INT UNSIGNED NOT NULL DEFAULT 0 AFTER `id_api_key`, ADD KEY `id_shop` (`id_shop`)'
            );
        }
        $connection->execute(
            'UPDATE PREFIX_ebpdocuments_api_key k
             SET k.id_shop = COALESCE(
                (SELECT d.id_shop FROM PREFIX_ebpdocuments_document d WHERE d.id_api_key = k.id_api_key
                  GROUP BY d.id_shop ORDER BY COUNT(*) DESC, d.id_shop LIMIT 1),
                :default_shop)
             WHERE k.id_shop = 0',
            ['default_shop' => self::defaultShop($connection)]
        );
    }

    /** PS_SHOP_DEFAULT, else the first shop, else 1. */
    public static function defaultShop(Connection $connection): int
    {
        $configured = (int) $connection->fetchValue(
            'SELECT c.value FROM PREFIX_configuration c
             INNER JOIN PREFIX_shop s ON s.id_shop = c.value
             WHERE c.name = :name AND c.id_shop IS NULL AND c.id_shop_group IS NULL
             ORDER BY c.id_configuration LIMIT 1',
            ['name' => 'PS_SHOP_DEFAULT']
        );
        if ($configured > 0) {
            return $configured;
        }
        $first = (int) $connection->fetchValue('SELECT MIN(id_shop) FROM PREFIX_shop');

        return $first > 0 ? $first : 1;
    }
}
