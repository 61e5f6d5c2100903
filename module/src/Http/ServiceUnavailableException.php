<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * 503: a temporary failure (database busy, storage not writable); the client should retry.
 */
final class ServiceUnavailableException extends ApiException
{
    public function __construct(string $englishMessage, string $frenchMessage)
    {
        parent::__construct(503, 'service_unavailable', $englishMessage, $frenchMessage, null, ['Retry-After' => '60']);
    }
}
