<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Who is on the shop's front office, as PrestaShop's context (or the test harness) says. Only facts, no rules:
 * the rules live in CustomerPageGuard and the services.
 */
final class CustomerIdentity
{
    /** @var int 0 when nobody is logged in */
    private $customerId;
    /** @var bool */
    private $guest;
    /** @var int */
    private $languageId;

    public function __construct(int $customerId, bool $guest, int $languageId = 0)
    {
        $this->customerId = max(0, $customerId);
        $this->guest = $guest;
        $this->languageId = $languageId;
    }

    public static function anonymous(): self
    {
        return new self(0, false);
    }

    public function customerId(): int
    {
        return $this->customerId;
    }

    /** A registered customer logged in to their account: the only visitor the customer pages serve. */
    public function isRegisteredCustomer(): bool
    {
        return $this->customerId > 0 && !$this->guest;
    }

    public function languageId(): int
    {
        return $this->languageId;
    }
}
