<?php

/**
 * Constants PrestaShop 8.1.2 defines before modules run (config/defines.inc.php,
 * config/settings.inc.php / app/config/parameters.php), for PHPStan only.
 * They are declared dynamic in phpstan.neon, so their values here don't matter.
 */
if (!defined('_PS_VERSION_')) {
    define('_PS_VERSION_', '8.1.2');
}
define('_PS_MODE_DEV_', false);
define('_DB_PREFIX_', 'ps_');
define('_MYSQL_ENGINE_', 'InnoDB');
define('_COOKIE_KEY_', '');
define('_PS_ROOT_DIR_', '/var/www/html');
define('_PS_CORE_DIR_', _PS_ROOT_DIR_);
define('_PS_MODULE_DIR_', _PS_ROOT_DIR_ . '/modules/');
define('_PS_MAIL_DIR_', _PS_ROOT_DIR_ . '/mails/');
define('_PS_CACHE_DIR_', _PS_ROOT_DIR_ . '/var/cache/prod/');
define('_PS_DOWNLOAD_DIR_', _PS_ROOT_DIR_ . '/download/');
define('_PS_UPLOAD_DIR_', _PS_ROOT_DIR_ . '/upload/');
define('_PS_IMG_DIR_', _PS_ROOT_DIR_ . '/img/');
define('_PS_ADMIN_DIR_', _PS_ROOT_DIR_ . '/admin');
define('_PS_USE_SQL_SLAVE_', false);
define('__PS_BASE_URI__', '/');
define('_PS_THEME_DIR_', _PS_ROOT_DIR_ . '/themes/classic/');
define('_PS_PARENT_THEME_DIR_', '');
