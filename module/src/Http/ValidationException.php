<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * 422: a field's value is refused; the field is named.
 */
final class ValidationException extends ApiException
{
    public function __construct(string $field, string $englishMessage, string $frenchMessage, string $errorCode = 'validation')
    {
        parent::__construct(422, $errorCode, $englishMessage, $frenchMessage, $field);
    }
}
