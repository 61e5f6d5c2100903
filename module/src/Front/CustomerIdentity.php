<?php

declare(strict_types=1);

namespace Ebpdocuments\Front;

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
    /** @var string account e-mail as stored by PrestaShop */
    private $email;
    /** @var string */
    private $firstname;
    /** @var string */
    private $lastname;
    /** @var int */
    private $languageId;

    public function __construct(int $customerId, bool $guest, string $email = '', string $firstname = '', string $lastname = '', int $languageId = 0)
    {
        $this->customerId = max(0, $customerId);
        $this->guest = $guest;
        $this->email = $email;
        $this->firstname = $firstname;
        $this->lastname = $lastname;
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

    public function isGuest(): bool
    {
        return $this->guest;
    }

    /** A registered customer logged in to their account: the only visitor the customer pages serve. */
    public function isRegisteredCustomer(): bool
    {
        return $this->customerId > 0 && !$this->guest;
    }

    public function email(): string
    {
        return $this->email;
    }

    public function firstname(): string
    {
        return $this->firstname;
    }

    public function lastname(): string
    {
        return $this->lastname;
    }

    public function languageId(): int
    {
        return $this->languageId;
    }
}
