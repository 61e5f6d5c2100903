<?php

declare(strict_types=1);

namespace Ebpdocuments\Documents;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The document does not exist (or is not visible): HTTP 404.
 */
final class DocumentNotFoundException extends DocumentOperationException
{
    public function httpStatus(): int
    {
        return 404;
    }
}
