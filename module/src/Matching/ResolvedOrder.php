<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

/** A web order named by the connector, found in the shop's scope. */
final class ResolvedOrder
{
    /** @var int */
    private $orderId;
    /** @var int */
    private $customerId;

    public function __construct(int $orderId, int $customerId)
    {
        $this->orderId = $orderId;
        $this->customerId = $customerId;
    }

    public function orderId(): int
    {
        return $this->orderId;
    }

    public function customerId(): int
    {
        return $this->customerId;
    }
}
