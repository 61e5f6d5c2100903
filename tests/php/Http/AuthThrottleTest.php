<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\Receiving\Auth\AuthThrottle;

/**
 * Issue 8, "a valid key is never locked out by someone else's bad attempts": failures are throttled atomically per
 * client address, a valid key is accepted whatever its address did. No trusted proxy here (PrestaShop's default):
 * every request comes from 127.0.0.1 and X-Forwarded-For is not believed.
 */
final class AuthThrottleTest extends HttpTestCase
{
    const WS_KEY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ123456';

    /**
     * @param array<string, string> $overrides
     *
     * @return array<string, string>
     */
    private function fields(array $overrides = []): array
    {
        return array_merge([
            'email' => 'client@example.com', 'type' => 'facture', 'reference' => 'FA1', 'oid' => '', 'pdf' => base64_encode(self::pdf()),
        ], $overrides);
    }

    public function testFortyParallelBadKeysGetNoMoreThanTheLimitOf401Answers(): void
    {
        $handles = [];
        for ($i = 0; $i < 40; ++$i) {
            $handles[] = $i % 2 === 0
                ? $this->handle('POST', '/receive', http_build_query($this->fields(['key' => 'ebp_bad_' . $i])), ['Content-Type' => 'application/x-www-form-urlencoded'])
                : $this->handle('GET', '/api?route=v1/health', null, ['Authorization' => 'Bearer ebp_bad_' . $i]);
        }
        $statuses = [];
        foreach ($this->parallel($handles) as $result) {
            $statuses[] = $result->status;
            if ($result->status === 429) {
                $this->assertGreaterThan(0, (int) $result->header('retry-after'));
            }
        }
        $counts = array_count_values($statuses);
        ksort($counts);
        $this->assertSame([401 => AuthThrottle::MAX_FAILURES, 429 => 40 - AuthThrottle::MAX_FAILURES], $counts, 'exactly the limit gets an answer on the key, the rest 429');
        $this->assertSame(40, (int) $this->pdo()->query('SELECT MAX(failures) FROM ps_ebpdocuments_auth_failure')->fetchColumn(), 'every failure counted once');
    }

    public function testAValidKeyIsNeverLockedOutByOthersBadAttemptsFromTheSameAddress(): void
    {
        $moduleKey = $this->createModuleKey('E-connecteur');
        $this->addWebserviceKey(self::WS_KEY, true, [self::SHOP_ID], ['POST', 'GET']);
        for ($i = 0; $i < 15; ++$i) {
            $this->postForm('/receive', $this->fields(['key' => 'ebp_stranger_' . $i]));
        }
        $this->assertSame(429, $this->postForm('/receive', $this->fields(['key' => 'ebp_stranger']))->status, 'the stranger is throttled');

        $this->assertSame(200, $this->postForm('/receive', $this->fields(['key' => $moduleKey]))->status, 'the module key still delivers');
        $this->assertSame(200, $this->postForm('/receive', $this->fields(['key' => self::WS_KEY, 'reference' => 'FA2']))->status, 'the allowed Webservice key too');
        $this->assertSame(200, $this->send('GET', '/api?route=v1/health', null, ['Authorization' => 'Bearer ' . $moduleKey])->status, 'and API v1');
        $this->assertSame(2, $this->countRows('ebpdocuments_document'));

        // Parallel: valid keys mixed with a flood of bad ones are all accepted.
        $handles = [];
        for ($i = 0; $i < 24; ++$i) {
            $key = $i % 3 === 0 ? $moduleKey : 'ebp_flood_' . $i;
            $handles[] = $this->handle('GET', '/api?route=v1/health', null, ['Authorization' => 'Bearer ' . $key]);
        }
        foreach ($this->parallel($handles) as $i => $result) {
            $this->assertSame($i % 3 === 0 ? 200 : 429, $result->status, 'request ' . $i);
        }
    }

    public function testForwardedForIsNotBelievedWithoutTrustedProxies(): void
    {
        for ($i = 0; $i < AuthThrottle::MAX_FAILURES; ++$i) {
            $this->assertSame(401, $this->postForm('/receive', $this->fields(['key' => 'ebp_bad_' . $i]), ['X-Forwarded-For' => '203.0.113.' . $i])->status);
        }
        $this->assertSame(429, $this->postForm('/receive', $this->fields(['key' => 'ebp_bad']), ['X-Forwarded-For' => '198.51.100.77'])->status, 'a header the client writes gives no new budget');
    }
}
