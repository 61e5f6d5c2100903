<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\GuestOrderDocuments;

/**
 * PrestaShop's side of the guest documents (issue 12):
 * - the guest order tracking page (controller guest-tracking) is drawn only after the visitor proved the order
 *   reference and its e-mail; the orders proven that way are kept in the visitor's own PrestaShop cookie
 *   (encrypted and signed by PrestaShop), and only that session may download their documents (front controller
 *   guestdownload);
 * - a guest turned into a registered customer (Customer::transformToCustomer saves the row with is_guest = 0) is
 *   noticed between actionObjectCustomerUpdateBefore (the row still says guest) and actionObjectCustomerUpdateAfter.
 */
final class GuestTrackingSession
{
    const COOKIE_KEY = 'ebpdocuments_guest_orders';

    /** @var array<int, bool> customers whose row said guest before this save */
    private static $converting = [];

    public static function isTrackingPage(\Context $context): bool
    {
        $controller = $context->controller;

        return $controller instanceof \FrontController && $controller->php_self === 'guest-tracking'
            && !(isset($context->customer) && $context->customer->isLogged());
    }

    public static function prove(\Context $context, int $orderId): void
    {
        $cookie = ContextParts::cookie($context);
        $cookie->__set(self::COOKIE_KEY, implode(',', GuestOrderDocuments::grant(self::provenOrders($context), $orderId)));
        // The page is rendered into a string before anything is sent: the cookie can still go with it.
        $cookie->write();
    }

    /**
     * @return int[]
     */
    public static function provenOrders(\Context $context): array
    {
        $value = ContextParts::cookie($context)->__get(self::COOKIE_KEY);
        if (!is_string($value) || $value === '') {
            return [];
        }

        return array_values(array_filter(array_map('intval', explode(',', $value)), function (int $id): bool {
            return $id > 0;
        }));
    }

    public static function rememberIfConverting(int $customerId): void
    {
        if ($customerId <= 0) {
            return;
        }
        $wasGuest = \Db::getInstance()->getValue('SELECT is_guest FROM `' . _DB_PREFIX_ . 'customer` WHERE id_customer = ' . $customerId);
        if ((string) $wasGuest === '1') {
            self::$converting[$customerId] = true;
        }
    }

    public static function wasConverting(int $customerId): bool
    {
        if (!isset(self::$converting[$customerId])) {
            return false;
        }
        unset(self::$converting[$customerId]);

        return true;
    }
}
