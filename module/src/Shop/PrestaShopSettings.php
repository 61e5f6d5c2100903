<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;

/**
 * Settings in PrestaShop's Configuration. Reads and writes follow the shop context (a single shop, a group or all
 * shops), as every core setting page does; unset values fall back to the module's defaults.
 */
final class PrestaShopSettings implements Settings
{
    public function get(string $key): string
    {
        $defaults = SettingKeys::defaults();
        if (!array_key_exists($key, $defaults)) {
            throw new \InvalidArgumentException('Unknown setting ' . $key);
        }
        $value = \Configuration::get(SettingKeys::configurationName($key));

        return $value === false || $value === null ? $defaults[$key] : (string) $value;
    }

    public function set(string $key, string $value): void
    {
        if (!array_key_exists($key, SettingKeys::defaults())) {
            throw new \InvalidArgumentException('Unknown setting ' . $key);
        }
        \Configuration::updateValue(SettingKeys::configurationName($key), $value);
    }
}
