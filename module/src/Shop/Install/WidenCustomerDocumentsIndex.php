<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * 1.1.0: the customer_documents index also holds `type` and `first_downloaded_at`, so My documents counts, pages and
 * the account tile read the index alone for a customer with thousands of documents (issue 14). Tables made by 1.0.0
 * have the narrower index; fresh installs get the new one from Schema. Runs again harmlessly.
 */
final class WidenCustomerDocumentsIndex implements UpgradeStep
{
    const COLUMNS = ['id_customer', 'id_shop', 'status', 'document_date', 'id_document', 'type', 'first_downloaded_at'];

    public function run(Connection $connection): void
    {
        $table = $connection->prefix() . 'ebpdocuments_document';
        $columns = array_column($connection->fetchAll(
            'SELECT column_name AS name FROM information_schema.statistics
             WHERE table_schema = DATABASE() AND table_name = :table AND index_name = :index ORDER BY seq_in_index',
            ['table' => $table, 'index' => 'customer_documents']
        ), 'name');
        if ($columns === self::COLUMNS) {
            return;
        }
        $add = 'ADD KEY `customer_documents` (`' . implode('`, `', self::COLUMNS) . '`)';
        $connection->execute('ALTER TABLE `' . $table . '` ' . ($columns === [] ? $add : 'DROP KEY `customer_documents`, ' . $add));
    }
}
