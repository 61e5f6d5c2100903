<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\CustomerIdentity;

/**
 * Reads who is logged in from PrestaShop's context. Facts only: CustomerPageGuard decides what they may do.
 */
final class PrestaShopCustomerIdentity
{
    public static function fromContext(\Context $context): CustomerIdentity
    {
        $customer = $context->customer;
        $languageId = isset($context->language) ? (int) $context->language->id : 0;
        // isLogged(true) also accepts guest sessions; the guard refuses them, knowing they are guests.
        if (!$customer instanceof \Customer || !$customer->id || !$customer->isLogged(true)) {
            return new CustomerIdentity(0, false, $languageId);
        }

        return new CustomerIdentity((int) $customer->id, (bool) $customer->is_guest, $languageId);
    }
}
