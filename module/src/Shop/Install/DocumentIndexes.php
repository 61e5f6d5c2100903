<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * Makes the document table's secondary indexes those of Schema::DOCUMENT_INDEXES: an index that is missing is added,
 * one with other columns under the same name is rebuilt, in a single ALTER TABLE; the others are left alone. A table
 * made by 1.0.0 gains the wider customer_documents, customer_new and the customer_* sort indexes (issue 14).
 * Fresh installs have them from Schema; runs again harmlessly (no ALTER when nothing differs).
 */
final class DocumentIndexes implements UpgradeStep
{
    public function run(Connection $connection): void
    {
        $table = $connection->prefix() . 'ebpdocuments_document';
        $existing = [];
        foreach ($connection->fetchAll(
            'SELECT index_name AS name, column_name AS `column` FROM information_schema.statistics
             WHERE table_schema = DATABASE() AND table_name = :table ORDER BY index_name, seq_in_index',
            ['table' => $table]
        ) as $row) {
            $existing[(string) $row['name']][] = (string) $row['column'];
        }
        $changes = [];
        foreach (Schema::DOCUMENT_INDEXES as $name => $columns) {
            if (isset($existing[$name]) && $existing[$name] === $columns) {
                continue;
            }
            if (isset($existing[$name])) {
                $changes[] = 'DROP KEY `' . $name . '`';
            }
            $changes[] = 'ADD ' . Schema::indexDefinition($name, $columns);
        }
        if ($changes !== []) {
            $connection->execute('ALTER TABLE `' . $table . '` ' . implode(', ', $changes));
        }
    }
}
