<?php
/**
 * Upgrade scripts are named upgrade-<version>.php and run when a shop upgrades from an older version. Every one of
 * them calls Installer::upgrade, which re-runs the idempotent schema and the data steps of UpgradeSteps::all().
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Shop\Install\Installer;
use Ebpdocuments\Shop\PrestaShopConnection;

/**
 * @param Ebpdocuments $module
 *
 * @return bool
 */
function upgrade_module_1_0_0($module)
{
    return (new Installer(PrestaShopConnection::fromShop()))->upgrade($module, Ebpdocuments::HOOKS);
}
