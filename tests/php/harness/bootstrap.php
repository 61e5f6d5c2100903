<?php

/**
 * Harness bootstrap: what PrestaShop defines before module code runs, and the dev autoloader
 * (Ebpdocuments\ → module/src, Ebpdocuments\Tests\ → tests/php).
 */

declare(strict_types=1);

date_default_timezone_set('UTC');
if (!defined('_PS_VERSION_')) {
    define('_PS_VERSION_', '8.1.2');
}
if (!defined('_PS_MODE_DEV_')) {
    define('_PS_MODE_DEV_', false);
}
require_once dirname(__DIR__) . '/vendor/autoload.php';
