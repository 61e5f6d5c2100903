<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Domain;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Why a document is waiting instead of being attached to a customer.
 */
final class WaitingReason
{
    /** No customer account uses the billing e-mail (the classic E-connecteur notice). */
    const NO_ACCOUNT = 'NO_ACCOUNT';
    /** Only guest-checkout rows use the e-mail: nobody can log in to see the document. */
    const GUEST_ONLY = 'GUEST_ONLY';
    /** Two or more registered accounts use the e-mail: we never pick one. */
    const AMBIGUOUS = 'AMBIGUOUS';
    /** The billing e-mail is missing or not an e-mail address. */
    const INVALID_EMAIL = 'INVALID_EMAIL';
    /**
     * Exactly one registered account uses the e-mail, but it has not proven the address yet (one-time code, a
     * document an admin gave it): the document waits on that account's My documents page until it confirms
     * (SettingKeys::REQUIRE_EMAIL_PROOF).
     */
    const UNPROVEN_EMAIL = 'UNPROVEN_EMAIL';

    /**
     * The notice of each reason, as the connector is told it, the API returns it and the back office shows it: the
     * message id (the English wording); its French, which E-connecteur users know word for word for NO_ACCOUNT, is in
     * translations/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf.
     */
    const MESSAGES = [
        self::NO_ACCOUNT => 'This document cannot be sent to the shop because no customer account matching the billing contact exists on the shop.',
        self::GUEST_ONLY => 'Kept aside: the billing e-mail only belongs to guest orders, without a customer account.',
        self::AMBIGUOUS => 'Kept aside: several customer accounts use the billing e-mail.',
        self::INVALID_EMAIL => 'Kept aside: the billing e-mail is missing or invalid.',
        self::UNPROVEN_EMAIL => 'Kept aside: the customer account using the billing e-mail has not confirmed that address yet; the customer confirms it on their My documents page.',
    ];

    /** The notice's message id (NO_ACCOUNT's for an unknown reason, the classic notice). */
    public static function message(string $reason): string
    {
        return isset(self::MESSAGES[$reason]) ? self::MESSAGES[$reason] : self::MESSAGES[self::NO_ACCOUNT];
    }

    /**
     * @return string[]
     */
    public static function all(): array
    {
        return [self::NO_ACCOUNT, self::GUEST_ONLY, self::AMBIGUOUS, self::INVALID_EMAIL, self::UNPROVEN_EMAIL];
    }
}
