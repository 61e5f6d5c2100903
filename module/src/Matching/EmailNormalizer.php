<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Turns a billing e-mail into the one form we compare: trimmed, lower case, IDN domain in its UTF-8 form (PrestaShop
 * stores the UTF-8 form, connectors may send punycode). Local parts are opaque: "+tags" and dots are never removed,
 * since that would merge different people.
 */
final class EmailNormalizer
{
    const MAX_LENGTH = 255;

    /**
     * @return string|null the normalized e-mail, or null when it is not one single valid address
     */
    public function normalize(string $raw): ?string
    {
        // NUL is not trimmed: it is never part of a real address, so it invalidates it.
        $email = trim($raw, " \t\n\r\x0B");
        if ($email === '' || strlen($email) > self::MAX_LENGTH || !mb_check_encoding($email, 'UTF-8')) {
            return null;
        }
        // Controls (CR/LF/NUL…), spaces and list separators mean "not one address" ("a@x;b@y", header injection).
        if (preg_match('/[\x00-\x20\x7F;,<>"]/', $email) === 1 || substr_count($email, '@') !== 1) {
            return null;
        }
        list($local, $domain) = explode('@', $email);
        if ($local === '' || $domain === '' || strlen($local) > 64) {
            return null;
        }
        $forms = $this->domainForms(mb_strtolower($domain, 'UTF-8'));
        if ($forms === null) {
            return null;
        }
        $local = mb_strtolower($local, 'UTF-8');
        if (!$this->isValidSyntax($local . '@' . $forms['ascii'])) {
            return null;
        }

        return $local . '@' . $forms['utf8'];
    }

    /**
     * The values to look for in SQL for a normalized e-mail: its UTF-8 form and its punycode form (same when ASCII).
     * SQL equality under a _ci collation is looser than ours, so callers re-compare rows with normalize().
     *
     * @return string[]
     */
    public function sqlCandidates(string $normalized): array
    {
        $at = strrpos($normalized, '@');
        if ($at === false) {
            return [$normalized];
        }
        $local = substr($normalized, 0, $at);
        $forms = $this->domainForms(substr($normalized, $at + 1));
        if ($forms === null) {
            return [$normalized];
        }

        return array_values(array_unique([$normalized, $local . '@' . $forms['utf8'], $local . '@' . $forms['ascii']]));
    }

    /**
     * @return array{utf8: string, ascii: string}|null
     */
    private function domainForms(string $domain): ?array
    {
        $isAscii = preg_match('/^[\x21-\x7E]+$/', $domain) === 1;
        if ($isAscii && strpos($domain, 'xn--') === false) {
            return ['utf8' => $domain, 'ascii' => $domain];
        }
        if (!function_exists('idn_to_ascii') || !defined('INTL_IDNA_VARIANT_UTS46')) {
            // Without intl we cannot equate both forms; keep the domain as sent, still usable as-is.
            return ['utf8' => $domain, 'ascii' => $domain];
        }
        $ascii = idn_to_ascii($domain, IDNA_DEFAULT, INTL_IDNA_VARIANT_UTS46);
        if (!is_string($ascii) || $ascii === '') {
            return null;
        }
        $utf8 = idn_to_utf8($ascii, IDNA_DEFAULT, INTL_IDNA_VARIANT_UTS46);
        if (!is_string($utf8) || $utf8 === '') {
            return null;
        }

        return ['utf8' => mb_strtolower($utf8, 'UTF-8'), 'ascii' => strtolower($ascii)];
    }

    private function isValidSyntax(string $email): bool
    {
        $flags = defined('FILTER_FLAG_EMAIL_UNICODE') ? FILTER_FLAG_EMAIL_UNICODE : 0;

        return filter_var($email, FILTER_VALIDATE_EMAIL, $flags) !== false;
    }
}
