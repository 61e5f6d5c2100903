<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Storage\Repository\CustomerTermRepository;

/**
 * Install and upgrade: the search terms of the customers already in the shop (the customer hooks keep them from then
 * on). Batches of 50,000 ids, INSERT IGNORE: running it again adds only what is missing.
 */
final class IndexCustomerTerms implements UpgradeStep
{
    public function run(Connection $connection): void
    {
        $terms = new CustomerTermRepository($connection);
        for ($after = 0; ($after = $terms->backfill($after)) > 0;) {
            // Next batch.
        }
    }
}
