<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The shop's own contact details (Shop Parameters › Contact › Stores: the shop's e-mail) and its default language,
 * for the mails the module sends to the merchant (BackOffice\Maintenance\DailyDigest). PrestaShop's in
 * Shop\PrestaShopShopContact; FixedShopContact in tests and plain PHP runs.
 */
interface ShopContact
{
    /** PS_SHOP_EMAIL of the shop; '' when none is set. */
    public function email(): string;

    /** PS_SHOP_NAME of the shop. */
    public function name(): string;

    /** The shop's default language (PS_LANG_DEFAULT). */
    public function languageId(): int;

    /** PHP date() format for a date and time in that language (the language's "full date format"). */
    public function dateTimeFormat(): string;
}
