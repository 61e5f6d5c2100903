<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * 1.1.0: the `customer_new` index (id_customer, id_shop, status, first_downloaded_at, type), so the My account tile
 * counts a customer's documents never downloaded up to its cap (CustomerDocumentsQuery::COUNT_CAP) by reading
 * at most that many index entries, whatever the number of documents the customer has (issue 14). Fresh installs get
 * it from Schema; runs again harmlessly.
 */
final class AddNewDocumentsIndex implements UpgradeStep
{
    const INDEX = 'customer_new';
    const COLUMNS = ['id_customer', 'id_shop', 'status', 'first_downloaded_at', 'type'];

    public function run(Connection $connection): void
    {
        $table = $connection->prefix() . 'ebpdocuments_document';
        $columns = array_column($connection->fetchAll(
            'SELECT column_name AS name FROM information_schema.statistics
             WHERE table_schema = DATABASE() AND table_name = :table AND index_name = :index ORDER BY seq_in_index',
            ['table' => $table, 'index' => self::INDEX]
        ), 'name');
        if ($columns === self::COLUMNS) {
            return;
        }
        $add = 'ADD KEY `' . self::INDEX . '` (`' . implode('`, `', self::COLUMNS) . '`)';
        $connection->execute('ALTER TABLE `' . $table . '` ' . ($columns === [] ? $add : 'DROP KEY `' . self::INDEX . '`, ' . $add));
    }
}
