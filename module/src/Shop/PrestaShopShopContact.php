<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\ShopContact;

/**
 * The shop's contact e-mail, name and default language from PrestaShop's Configuration (values of that shop).
 */
final class PrestaShopShopContact implements ShopContact
{
    /** @var int */
    private $shopId;

    public function __construct(int $shopId)
    {
        $this->shopId = $shopId;
    }

    public function email(): string
    {
        $email = \Configuration::get('PS_SHOP_EMAIL', null, null, $this->shopId);

        return is_string($email) ? trim($email) : '';
    }

    public function name(): string
    {
        $name = \Configuration::get('PS_SHOP_NAME', null, null, $this->shopId);

        return is_string($name) ? $name : '';
    }

    public function languageId(): int
    {
        return (int) \Configuration::get('PS_LANG_DEFAULT', null, null, $this->shopId);
    }

    public function dateTimeFormat(): string
    {
        $language = new \Language($this->languageId());
        $format = is_string($language->date_format_full) ? trim($language->date_format_full) : '';

        // PrestaShop's full formats carry seconds ("d/m/Y H:i:s"); a merchant's summary does not need them.
        return $format === '' ? 'Y-m-d H:i' : (string) preg_replace('/:s$/', '', $format);
    }
}
