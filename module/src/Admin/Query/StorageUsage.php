<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;

/**
 * Bytes used by the stored PDFs, from the sizes recorded in the rows: walking a million files on disk at each page
 * view would be far too slow, and the rows are the truth the sweeper checks the files against.
 */
final class StorageUsage
{
    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    public function usedBytes(): int
    {
        // id_shop > 0 lets the covering index (id_shop, file_size) serve the sum instead of the whole table.
        return (int) $this->connection->fetchValue('SELECT COALESCE(SUM(file_size), 0) FROM PREFIX_ebpdocuments_document WHERE id_shop > 0');
    }
}
