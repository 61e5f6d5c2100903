<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\Customer\CustomerIdentity;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Http\Request;

/**
 * Harness only: stands in for PrestaShop's customer cookie. The `harness_customer` cookie names a customer id; the
 * customer row says whether it is a guest (as Context::customer does). It answers WHO is logged in and nothing
 * else: what they may do is decided by the module's classes (CustomerPageGuard, DownloadService…).
 */
final class HarnessCustomerSession
{
    const COOKIE = 'harness_customer';

    public static function identity(Request $request, Connection $connection): CustomerIdentity
    {
        $cookies = [];
        foreach (explode(';', (string) $request->header('cookie')) as $pair) {
            $parts = explode('=', trim($pair), 2);
            if (count($parts) === 2) {
                $cookies[$parts[0]] = urldecode($parts[1]);
            }
        }
        $id = isset($cookies[self::COOKIE]) ? (int) $cookies[self::COOKIE] : 0;
        $row = $id > 0 ? $connection->fetchRow('SELECT id_customer, is_guest FROM PREFIX_customer WHERE id_customer = :id AND deleted = 0', ['id' => $id]) : null;
        if ($row === null) {
            return CustomerIdentity::anonymous();
        }

        return new CustomerIdentity((int) $row['id_customer'], $row['is_guest'] === '1', 1);
    }

    /** The form token of the claim form (PrestaShop: Tools::getToken(false), per customer). */
    public static function formToken(CustomerIdentity $identity): string
    {
        return hash_hmac('sha256', (string) $identity->customerId(), 'harness-customer-form');
    }
}
