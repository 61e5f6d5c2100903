<?php
/**
 * 1.0.0 -> 1.1.0: the idempotent schema and settings again, the hooks, then the data steps of this release
 * (Installer::upgrade runs them in order; each one is safe to run twice).
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
function upgrade_module_1_1_0($module)
{
    return (new Installer(PrestaShopConnection::fromShop()))->upgrade($module, Ebpdocuments::HOOKS);
}
