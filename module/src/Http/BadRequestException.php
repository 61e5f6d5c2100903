<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * 400: the request is malformed (array where one value is expected, key in the URL, not a form).
 */
final class BadRequestException extends ApiException
{
    public function __construct(string $errorCode, string $englishMessage, string $frenchMessage, ?string $field = null)
    {
        parent::__construct(400, $errorCode, $englishMessage, $frenchMessage, $field);
    }
}
