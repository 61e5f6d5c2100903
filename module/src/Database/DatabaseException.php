<?php

declare(strict_types=1);

namespace Ebpdocuments\Database;

if (!defined('_PS_VERSION_')) {
    exit;
}

class DatabaseException extends \RuntimeException
{
    /** MySQL/MariaDB error number, 0 when unknown. */
    public static function fromError(int $errorNumber, string $message): self
    {
        if ($errorNumber === 1062) {
            return new DuplicateKeyException($message, $errorNumber);
        }
        // 1213 deadlock, 1205 lock wait timeout: the same work may succeed when run again.
        if ($errorNumber === 1213 || $errorNumber === 1205) {
            return new RetryableDatabaseException($message, $errorNumber);
        }

        return new self($message, $errorNumber);
    }
}
