<?php

declare(strict_types=1);

namespace Ebpdocuments\Documents;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The document changed since the caller read it (stale edit): HTTP 409.
 */
final class ConflictException extends DocumentOperationException
{
    public function httpStatus(): int
    {
        return 409;
    }
}
