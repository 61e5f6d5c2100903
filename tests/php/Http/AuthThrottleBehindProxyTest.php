<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\Receiving\Auth\AuthThrottle;

/**
 * Issue 8: behind a reverse proxy that PrestaShop trusts (PS_TRUSTED_PROXIES, PrestaShop 9's setting, here the
 * harness's own address), each client has its own failure budget, read from X-Forwarded-For the way Symfony does:
 * from the right, the address the trusted proxy appended, never the leftmost entry the client wrote.
 */
final class AuthThrottleBehindProxyTest extends HttpTestCase
{
    protected static function serverEnv(): array
    {
        return ['PS_TRUSTED_PROXIES' => '127.0.0.1, 10.0.0.0/8'];
    }

    /**
     * @return array<string, string>
     */
    private function badKey(int $i): array
    {
        return ['key' => 'ebp_bad_' . $i, 'email' => 'client@example.com', 'type' => 'facture', 'reference' => 'FA1', 'oid' => '', 'pdf' => base64_encode(self::pdf())];
    }

    public function testEachClientBehindTheTrustedProxyHasItsOwnBudget(): void
    {
        for ($i = 0; $i <= AuthThrottle::MAX_FAILURES; ++$i) {
            $expected = $i < AuthThrottle::MAX_FAILURES ? 401 : 429;
            // The client wrote its own X-Forwarded-For; the proxy appended the real address (and a second trusted hop).
            $this->assertSame($expected, $this->postForm('/receive', $this->badKey($i), ['X-Forwarded-For' => '192.0.2.' . $i . ', 203.0.113.5, 10.1.2.3'])->status, 'attempt ' . $i);
        }
        $this->assertSame(401, $this->postForm('/receive', $this->badKey(99), ['X-Forwarded-For' => '198.51.100.7'])->status, 'another client behind the same proxy is not throttled');
        $this->assertSame(429, $this->postForm('/receive', $this->badKey(100), ['X-Forwarded-For' => '203.0.113.5'])->status);
        $this->assertSame(401, $this->postForm('/receive', $this->badKey(101))->status, 'the proxy itself (no header) is one more client');
    }
}
