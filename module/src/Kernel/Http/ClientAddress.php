<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The client's address for the failure throttle, honouring PrestaShop's trusted-proxy setting.
 *
 * What PrestaShop does (read in 8.1.2 and 9.1.4): PrestaShop 9 has the setting PS_TRUSTED_PROXIES, an environment
 * variable (the shop's .env, loaded into $_SERVER by index.php through Symfony Dotenv; PrestaShop 8 has no .env, the
 * web server can set the same variable) given to Symfony's framework.trusted_proxies: comma-separated addresses or
 * CIDR ranges, "REMOTE_ADDR" meaning "whoever connects", "PRIVATE_SUBNETS" the private ranges. Module front
 * controllers do not run through that kernel, so this class applies the same rules itself: only when the direct
 * peer (REMOTE_ADDR) is a trusted proxy is X-Forwarded-For read, from the right (what the proxy appended) to the
 * left, skipping trusted proxies; the first other address is the client. Without the setting, REMOTE_ADDR.
 * Tools::getRemoteAddr() is not used: it takes the LEFTMOST X-Forwarded-For entry whenever REMOTE_ADDR is private,
 * and that entry is whatever the client wrote, so a throttle keyed on it is escaped by changing a header.
 */
final class ClientAddress
{
    const SETTING = 'PS_TRUSTED_PROXIES';
    const PRIVATE_SUBNETS = ['127.0.0.0/8', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '0.0.0.0/8', '240.0.0.0/4', '::1/128', 'fc00::/7', 'fe80::/10', '::ffff:0:0/96', '::/128'];

    /**
     * @param string $trustedProxies the PS_TRUSTED_PROXIES value ('' = none)
     */
    public static function resolve(string $remoteAddr, string $forwardedFor, string $trustedProxies): string
    {
        $remoteAddr = trim($remoteAddr);
        $trusted = self::parse($trustedProxies, $remoteAddr);
        if ($trusted === [] || !self::isTrusted($remoteAddr, $trusted) || trim($forwardedFor) === '') {
            return $remoteAddr;
        }
        $hops = array_reverse(array_map('trim', explode(',', $forwardedFor)));
        $client = $remoteAddr;
        foreach ($hops as $hop) {
            $hop = self::withoutPort($hop);
            if (filter_var($hop, FILTER_VALIDATE_IP) === false) {
                // Not an address: the trusted hop before it is the last one we can believe.
                return $client;
            }
            $client = $hop;
            if (!self::isTrusted($hop, $trusted)) {
                return $hop;
            }
        }

        return $client;
    }

    /**
     * @return string[] addresses and CIDR ranges
     */
    private static function parse(string $setting, string $remoteAddr): array
    {
        $ranges = [];
        foreach (explode(',', $setting) as $item) {
            $item = trim($item);
            if ($item === '') {
                continue;
            }
            if ($item === 'REMOTE_ADDR') {
                if ($remoteAddr !== '') {
                    $ranges[] = $remoteAddr;
                }
            } elseif ($item === 'PRIVATE_SUBNETS') {
                $ranges = array_merge($ranges, self::PRIVATE_SUBNETS);
            } else {
                $ranges[] = $item;
            }
        }

        return $ranges;
    }

    /**
     * @param string[] $ranges
     */
    private static function isTrusted(string $address, array $ranges): bool
    {
        foreach ($ranges as $range) {
            if (self::inRange($address, $range)) {
                return true;
            }
        }

        return false;
    }

    private static function inRange(string $address, string $range): bool
    {
        $slash = strpos($range, '/');
        $network = $slash === false ? $range : substr($range, 0, $slash);
        $addressBytes = @inet_pton($address);
        $networkBytes = @inet_pton($network);
        if ($addressBytes === false || $networkBytes === false || strlen($addressBytes) !== strlen($networkBytes)) {
            return false;
        }
        $bits = $slash === false ? strlen($addressBytes) * 8 : (int) substr($range, $slash + 1);
        if ($bits < 0 || $bits > strlen($addressBytes) * 8) {
            return false;
        }
        $fullBytes = intdiv($bits, 8);
        if (substr($addressBytes, 0, $fullBytes) !== substr($networkBytes, 0, $fullBytes)) {
            return false;
        }
        $rest = $bits % 8;
        if ($rest === 0) {
            return true;
        }
        $mask = (0xFF << (8 - $rest)) & 0xFF;

        return (ord($addressBytes[$fullBytes]) & $mask) === (ord($networkBytes[$fullBytes]) & $mask);
    }

    /** "203.0.113.7:5123" and "[2001:db8::1]:443" as proxies sometimes write them. */
    private static function withoutPort(string $hop): string
    {
        if (preg_match('/^\[([^\]]+)\](?::\d+)?$/', $hop, $match) === 1) {
            return $match[1];
        }
        if (preg_match('/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/', $hop, $match) === 1) {
            return $match[1];
        }

        return $hop;
    }
}
