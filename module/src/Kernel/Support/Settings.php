<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Module settings of one shop. Keys are the constants of SettingKeys; values are strings as stored by PrestaShop's
 * Configuration. Use the typed readers of SettingKeys' callers rather than parsing strings everywhere.
 */
interface Settings
{
    public function get(string $key): string;

    public function set(string $key, string $value): void;
}
