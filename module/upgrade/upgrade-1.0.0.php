<?php
/**
 * Upgrade scripts are named upgrade-<version>.php and run when a shop upgrades from an older version. Every release
 * re-runs the idempotent schema so a new table or column arrives the same way on install and upgrade.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Adapter\PrestaShopConnection;
use Ebpdocuments\Install\Installer;

/**
 * @param Ebpdocuments $module
 *
 * @return bool
 */
function upgrade_module_1_0_0($module)
{
    $installer = new Installer(PrestaShopConnection::fromShop());
    $installer->createTables();
    $installer->installDefaultSettings();

    return (bool) $module->registerHook(Ebpdocuments::HOOKS);
}
