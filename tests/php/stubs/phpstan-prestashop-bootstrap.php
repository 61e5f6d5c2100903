<?php

/**
 * PHPStan bootstrap for tests/php/phpstan-prestashop.neon: load a REAL PrestaShop
 * shop's autoloaders instead of our hand-written stubs, so that every call the
 * module makes to PrestaShop is checked against that version's code.
 *
 * The shop is read from the environment variable EBPDOCS_PS_ROOT (the folder that
 * holds config/defines.inc.php). Nothing of the shop is copied into this repository.
 */
$root = getenv('EBPDOCS_PS_ROOT');
if (!$root || !is_file($root . '/config/defines.inc.php')) {
    fwrite(STDERR, "[ERROR] Set EBPDOCS_PS_ROOT to the root folder of an installed PrestaShop (the one holding config/defines.inc.php).\n");
    exit(1);
}
$root = rtrim((string) realpath($root), '/');

// Only what PrestaShop defines itself before a module runs; the shop is not booted.
if (!defined('_PS_ADMIN_DIR_')) {
    define('_PS_ADMIN_DIR_', $root . '/admin-phpstan/');
}
require_once $root . '/config/defines.inc.php';
require_once $root . '/config/autoload.php';
if (!defined('_PS_VERSION_') && is_file($root . '/app/AppKernel.php')) {
    // PS 8/9 define _PS_VERSION_ from AppKernel::VERSION in config/config.inc.php, which we don't run.
    require_once $root . '/vendor/autoload.php';
    define('_PS_VERSION_', \PrestaShop\PrestaShop\Core\Version::VERSION);
}
// Constants normally defined by config/settings.inc.php or app/config/parameters.php.
foreach (['_DB_PREFIX_' => 'ps_', '_MYSQL_ENGINE_' => 'InnoDB', '_COOKIE_KEY_' => '', '_COOKIE_IV_' => '',
    '_DB_SERVER_' => '', '_DB_NAME_' => '', '_DB_USER_' => '', '_DB_PASSWD_' => '', '_PS_THEME_DIR_' => '',
    '_PS_PARENT_THEME_DIR_' => '', '_THEME_NAME_' => '', '_PARENT_THEME_NAME_' => '', '__PS_BASE_URI__' => '/',
    '_PS_BASE_URL_' => '', '_MODULE_DIR_' => '/modules/', ] as $name => $value) {
    if (!defined($name)) {
        define($name, $value);
    }
}
fwrite(STDERR, 'PrestaShop ' . _PS_VERSION_ . ' from ' . $root . "\n");

// The module's own classes (Ebpdocuments\...) only: our dev tools' vendor/ holds other Symfony versions
// (http-foundation 5.4 for the harness), and its autoloader, registered last, would hide the shop's own.
spl_autoload_register(static function (string $class): void {
    if (strncmp($class, 'Ebpdocuments\\', 13) === 0) {
        $file = __DIR__ . '/../../../module/src/' . str_replace('\\', '/', substr($class, 13)) . '.php';
        if (is_file($file)) {
            require_once $file;
        }
    }
});
