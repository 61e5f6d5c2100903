<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Http;

use Ebpdocuments\Kernel\Http\ClientAddress;
use PHPUnit\Framework\TestCase;

/**
 * The client address of the failure throttle with PrestaShop's trusted-proxy setting (PS_TRUSTED_PROXIES, Symfony's
 * rules): X-Forwarded-For is believed only from a trusted peer, read from the right, skipping trusted hops.
 */
final class ClientAddressTest extends TestCase
{
    /**
     * @return array<string, array{0: string, 1: string, 2: string, 3: string}>
     */
    public function cases(): array
    {
        return [
            'no setting: the peer, header ignored' => ['127.0.0.1', '203.0.113.5', '', '127.0.0.1'],
            'untrusted peer: header ignored' => ['198.51.100.1', '203.0.113.5', '10.0.0.0/8', '198.51.100.1'],
            'trusted peer: the address it appended' => ['10.0.0.2', '192.0.2.9, 203.0.113.5', '10.0.0.0/8', '203.0.113.5'],
            'two trusted hops skipped' => ['10.0.0.2', '192.0.2.9, 203.0.113.5, 10.9.9.9', '10.0.0.0/8', '203.0.113.5'],
            'REMOTE_ADDR keyword trusts the peer' => ['172.20.0.3', '203.0.113.5', 'REMOTE_ADDR', '203.0.113.5'],
            'PRIVATE_SUBNETS' => ['192.168.1.10', '2001:db8::7', 'PRIVATE_SUBNETS', '2001:db8::7'],
            'IPv6 proxy range' => ['fd00::1', '203.0.113.5', 'fd00::/8', '203.0.113.5'],
            'a port after the address' => ['127.0.0.1', '203.0.113.5:51234', '127.0.0.1', '203.0.113.5'],
            'garbage stops at the last trusted hop' => ['127.0.0.1', 'evil, 10.1.1.1', '127.0.0.1,10.0.0.0/8', '10.1.1.1'],
            'only trusted hops: the leftmost' => ['127.0.0.1', '10.1.1.1, 10.2.2.2', '127.0.0.1,10.0.0.0/8', '10.1.1.1'],
            'empty header' => ['127.0.0.1', '', '127.0.0.1', '127.0.0.1'],
            'CIDR boundary /12' => ['172.32.0.1', '203.0.113.5', '172.16.0.0/12', '172.32.0.1'],
        ];
    }

    /**
     * @dataProvider cases
     */
    public function testResolve(string $remote, string $forwarded, string $trusted, string $expected): void
    {
        $this->assertSame($expected, ClientAddress::resolve($remote, $forwarded, $trusted));
    }
}
