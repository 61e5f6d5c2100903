<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * 404: no such route or document.
 */
final class NotFoundException extends ApiException
{
    public function __construct(string $englishMessage, string $frenchMessage)
    {
        parent::__construct(404, 'not_found', $englishMessage, $frenchMessage);
    }
}
