<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Domain;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * How a document found its customer.
 */
final class MatchMethod
{
    /** A link from the EBP customer code, learned when an admin assigned a document by hand. */
    const CODE_LINK = 'code_link';
    const EMAIL = 'email';
    /** The web order named by the connector belongs to a registered customer. */
    const ORDER = 'order';
    /** An admin chose the customer. */
    const MANUAL = 'manual';
    /** The customer proved the e-mail with a one-time code. */
    const CLAIM = 'claim';
    /** Attached when an account was created with the e-mail (only when the merchant turned that on). */
    const ACCOUNT_CREATED = 'account_created';
}
