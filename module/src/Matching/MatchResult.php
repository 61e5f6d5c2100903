<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentStatus;

/**
 * Who a document belongs to (customer + how) or why it is waiting (reason), and the web order it refers to.
 */
final class MatchResult
{
    /** @var int|null */
    private $customerId;
    /** @var string|null MatchMethod code */
    private $method;
    /** @var string|null WaitingReason code */
    private $reason;
    /** @var int|null */
    private $orderId;

    private function __construct(?int $customerId, ?string $method, ?string $reason, ?int $orderId)
    {
        $this->customerId = $customerId;
        $this->method = $method;
        $this->reason = $reason;
        $this->orderId = $orderId;
    }

    public static function attached(int $customerId, string $method, ?int $orderId = null): self
    {
        return new self($customerId, $method, null, $orderId);
    }

    public static function waiting(string $reason): self
    {
        return new self(null, null, $reason, null);
    }

    public function withOrder(?int $orderId): self
    {
        return new self($this->customerId, $this->method, $this->reason, $orderId);
    }

    public function customerId(): ?int
    {
        return $this->customerId;
    }

    public function method(): ?string
    {
        return $this->method;
    }

    public function reason(): ?string
    {
        return $this->reason;
    }

    public function orderId(): ?int
    {
        return $this->orderId;
    }

    public function isAttached(): bool
    {
        return $this->customerId !== null;
    }

    /** DocumentStatus for a freshly matched document. */
    public function status(): string
    {
        return $this->customerId !== null ? DocumentStatus::ATTACHED : DocumentStatus::WAITING;
    }
}
