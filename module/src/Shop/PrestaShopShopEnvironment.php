<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\ShopEnvironment;

/**
 * The shop's folder, address and switches the health checks read (PS_SHOP_ENABLE, PS_REWRITING_SETTINGS,
 * PS_SSL_ENABLED) for the shop of the context.
 */
final class PrestaShopShopEnvironment implements ShopEnvironment
{
    /** @var \Context */
    private $context;

    public function __construct(\Context $context)
    {
        $this->context = $context;
    }

    public function rootDir(): string
    {
        return rtrim((string) _PS_ROOT_DIR_, '/\\');
    }

    public function baseUrl(): string
    {
        $shop = $this->context->shop;
        $url = $shop instanceof \Shop ? (string) $shop->getBaseURL(true) : '';

        return $url === '' ? '' : rtrim($url, '/') . '/';
    }

    public function maintenance(): bool
    {
        return !(bool) \Configuration::get('PS_SHOP_ENABLE');
    }

    public function friendlyUrls(): bool
    {
        return (bool) \Configuration::get('PS_REWRITING_SETTINGS');
    }

    public function sslEnabled(): bool
    {
        return (bool) \Configuration::get('PS_SSL_ENABLED');
    }
}
