<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The one rule for entering the customer pages (list, claim, download): a registered customer logged in to their
 * account. Nobody logged in and guest-checkout sessions are both sent to the login page, as PrestaShop's
 * `$auth = true` does (a guest is not "logged" for Customer::isLogged()).
 */
final class CustomerPageGuard
{
    const ALLOW = 'allow';
    const LOGIN_REQUIRED = 'login_required';

    public function decide(CustomerIdentity $identity): string
    {
        return $identity->isRegisteredCustomer() ? self::ALLOW : self::LOGIN_REQUIRED;
    }

    public function allows(CustomerIdentity $identity): bool
    {
        return $this->decide($identity) === self::ALLOW;
    }
}
