<?php

/**
 * PHPUnit bootstrap: what PrestaShop defines before any module file runs.
 * Module files stop with `exit` unless _PS_VERSION_ is defined.
 */

declare(strict_types=1);

error_reporting(E_ALL);
ini_set('display_errors', '1');
date_default_timezone_set('UTC');

if (!defined('_PS_VERSION_')) {
    define('_PS_VERSION_', '8.1.2');
}
if (!defined('_PS_MODE_DEV_')) {
    define('_PS_MODE_DEV_', false);
}

$autoload = __DIR__ . '/vendor/autoload.php';
if (!is_file($autoload)) {
    fwrite(STDERR, "tests/php/vendor is missing: run `composer install -d tests/php` (tests/run.sh does it)\n");
    exit(1);
}
require $autoload;
