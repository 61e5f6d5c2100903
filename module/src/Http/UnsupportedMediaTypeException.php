<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * 415: the body is not of the media type the route reads.
 */
final class UnsupportedMediaTypeException extends ApiException
{
    public function __construct(string $englishMessage, string $frenchMessage)
    {
        parent::__construct(415, 'unsupported_media_type', $englishMessage, $frenchMessage);
    }
}
