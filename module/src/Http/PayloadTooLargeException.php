<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * 413: the body or the PDF is over a limit (PHP's or the module's).
 */
final class PayloadTooLargeException extends ApiException
{
    public function __construct(string $englishMessage, string $frenchMessage, ?string $field = null)
    {
        parent::__construct(413, 'payload_too_large', $englishMessage, $frenchMessage, $field);
    }
}
