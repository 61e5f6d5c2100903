<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What the claim form answers. `message` is the customer-facing wording, already translated.
 */
final class ClaimResult
{
    /** A code was mailed (said whether or not documents wait). */
    const CODE_SENT = 'code_sent';
    const RATE_LIMITED = 'rate_limited';
    /** Wrong, expired, used-up or superseded code: one answer for all. */
    const INVALID_CODE = 'invalid_code';
    const CLAIMED = 'claimed';
    /** Missing or stale form token, unknown action. */
    const INVALID_FORM = 'invalid_form';

    /** @var string */
    private $status;
    /** @var string */
    private $message;
    /** @var int */
    private $attached;

    public function __construct(string $status, string $message, int $attached = 0)
    {
        $this->status = $status;
        $this->message = $message;
        $this->attached = $attached;
    }

    public function status(): string
    {
        return $this->status;
    }

    public function message(): string
    {
        return $this->message;
    }

    public function attachedCount(): int
    {
        return $this->attached;
    }

    public function isSuccess(): bool
    {
        return $this->status === self::CODE_SENT || $this->status === self::CLAIMED;
    }
}
