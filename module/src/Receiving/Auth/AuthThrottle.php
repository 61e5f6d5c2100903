<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Auth;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Storage\Repository\AuthFailureRepository;

/**
 * Throttles FAILURES, never keys: a request whose key is valid is accepted whatever its address did before (the
 * doors check the key first), so nobody sharing an address (a reverse proxy, a CDN, an office) can lock a connector
 * out. Each bad or missing key from one client address counts one, atomically (AuthFailureRepository::increment:
 * one statement under the row lock, parallel requests each get their own count); within a fixed WINDOW_SECONDS the
 * first MAX_FAILURES failures get their 401, every later one gets 429 with Retry-After until the window ends, so 40
 * parallel bad keys get exactly MAX_FAILURES 401 answers. Counted in ebpdocuments_auth_failure by sha256 of the
 * namespace and the address (no raw IP address is kept); the address is what Kernel\Http\ClientAddress read, PrestaShop's
 * trusted proxies honoured.
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
     * Counts one failure from this address; throws 429 when the window already held MAX_FAILURES of them.
     *
     * @throws Refusal 429
     */
    public function recordFailure(string $clientIp): void
    {
        if ($this->count($clientIp) <= self::MAX_FAILURES) {
            return;
        }
        $row = $this->failures->find($this->clientHash($clientIp));
        $windowEnd = $row === null
            ? $this->clock->now()->getTimestamp() + self::WINDOW_SECONDS
            : (new \DateTimeImmutable($row['windowStart']))->getTimestamp() + self::WINDOW_SECONDS;

        throw Refusal::tooManyRequests(max(1, $windowEnd - $this->clock->now()->getTimestamp()));
    }

    /**
     * Counts one more for this address and says whether it was still within the limit (false from the
     * MAX_FAILURES + 1st of the window on). Atomic like recordFailure().
     */
    public function take(string $clientIp): bool
    {
        return $this->count($clientIp) <= self::MAX_FAILURES;
    }

    private function count(string $clientIp): int
    {
        $now = $this->clock->now();
        $windowStartsAfter = $now->modify('-' . self::WINDOW_SECONDS . ' seconds');
        $count = $this->failures->increment($this->clientHash($clientIp), $now, $windowStartsAfter);
        if ($count === 1) {
            // A new window somewhere: a good moment to forget the old ones.
            $this->failures->deleteOlderThan($windowStartsAfter);
        }

        return $count;
    }

    private function clientHash(string $clientIp): string
    {
        return hash('sha256', $this->namespace . $clientIp);
    }
}
