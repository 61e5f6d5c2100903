<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * One data change of an upgrade (the schema itself is idempotent in Schema). Must be safe to run twice.
 */
interface UpgradeStep
{
    public function run(Connection $connection): void;
}
