<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What the health checks read about the shop (PrestaShop: Shop\PrestaShopShopEnvironment).
 */
interface ShopEnvironment
{
    /** The shop's folder on disk (no trailing slash), '' when unknown. */
    public function rootDir(): string;

    /** The shop's public base URL with a trailing slash (http(s)://domain/physical_uri/). */
    public function baseUrl(): string;

    /** The shop is closed to visitors (maintenance mode). */
    public function maintenance(): bool;

    public function friendlyUrls(): bool;

    /** SSL is enabled in the shop's settings. */
    public function sslEnabled(): bool;
}
