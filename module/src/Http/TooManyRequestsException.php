<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * 429 with Retry-After: too many failed keys from one client.
 */
final class TooManyRequestsException extends ApiException
{
    public function __construct(int $retryAfterSeconds)
    {
        parent::__construct(
            429,
            'too_many_requests',
            'Too many failed authentications from this address; retry later.',
            'Trop de tentatives avec une clé invalide depuis cette adresse : réessayez dans quelques minutes avec la bonne clé.',
            null,
            ['Retry-After' => (string) max(1, $retryAfterSeconds)]
        );
    }
}
