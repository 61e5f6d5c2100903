<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * 401: no key, or a key that is wrong, revoked or not allowed for this shop. Never says which.
 */
final class UnauthenticatedException extends ApiException
{
    public function __construct(string $englishMessage, string $frenchMessage, ?string $field = null)
    {
        parent::__construct(401, 'unauthenticated', $englishMessage, $frenchMessage, $field);
    }
}
