<?php

declare(strict_types=1);

namespace Ebpdocuments\Auth;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Http\TooManyRequestsException;
use Ebpdocuments\Repository\AuthFailureRepository;
use Ebpdocuments\Support\Clock;

/**
 * Slows key guessing: after MAX_FAILURES bad or missing keys from one client address within WINDOW_SECONDS, that
 * address gets 429 (with Retry-After) until the window ends, even with a good key. Counted in the table
 * ebpdocuments_auth_failure by sha256 of the address, so no raw IP address is kept. The window is fixed, not
 * sliding: simple, one row per address, and a connector with a wrong key still retries at its next synchronisation.
 */
final class AuthThrottle
{
    const MAX_FAILURES = 10;
    const WINDOW_SECONDS = 600;

    /** @var AuthFailureRepository */
    private $failures;
    /** @var Clock */
    private $clock;
    /** @var string what is counted: bad keys by default; another namespace counts something else per address */
    private $namespace;

    public function __construct(AuthFailureRepository $failures, Clock $clock, string $namespace = 'ebpdocuments-client:')
    {
        $this->failures = $failures;
        $this->clock = $clock;
        $this->namespace = $namespace;
    }

    /**
     * @throws TooManyRequestsException
     */
    public function assertAllowed(string $clientIp): void
    {
        $row = $this->failures->find($this->clientHash($clientIp));
        if ($row === null || $row['failures'] < self::MAX_FAILURES) {
            return;
        }
        $windowEnd = (new \DateTimeImmutable($row['windowStart']))->getTimestamp() + self::WINDOW_SECONDS;
        $remaining = $windowEnd - $this->clock->now()->getTimestamp();
        if ($remaining > 0) {
            throw new TooManyRequestsException($remaining);
        }
    }

    /**
     * Counts one more for this address and says whether it was still within the limit (false once MAX_FAILURES were
     * counted in the window; nothing more is counted then).
     */
    public function take(string $clientIp): bool
    {
        try {
            $this->assertAllowed($clientIp);
        } catch (TooManyRequestsException $limited) {
            return false;
        }
        $this->recordFailure($clientIp);

        return true;
    }

    public function recordFailure(string $clientIp): void
    {
        $now = $this->clock->now();
        $windowStartsAfter = $now->modify('-' . self::WINDOW_SECONDS . ' seconds');
        $this->failures->recordFailure($this->clientHash($clientIp), $now, $windowStartsAfter);
        $this->failures->deleteOlderThan($windowStartsAfter);
    }

    private function clientHash(string $clientIp): string
    {
        return hash('sha256', $this->namespace . $clientIp);
    }
}
