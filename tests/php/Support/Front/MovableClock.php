<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Front;

use Ebpdocuments\Kernel\Support\Clock;

/** A clock tests move forward ("+16 minutes"). */
final class MovableClock implements Clock
{
    /** @var \DateTimeImmutable */
    private $now;

    public function __construct(string $now)
    {
        $this->now = new \DateTimeImmutable($now);
    }

    public function now(): \DateTimeImmutable
    {
        return $this->now;
    }

    public function advance(string $modifier): void
    {
        $this->now = $this->now->modify($modifier);
    }
}
