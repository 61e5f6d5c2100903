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
        // With _PS_DEBUG_SQL_, PrestaShop appends "<br /><br /><pre>{the bound statement}</pre>": customer e-mails,
        // hashes… The message goes to logs, so only the server's own text is kept.
        $statement = stripos($message, '<br');
        if ($statement !== false) {
            $message = rtrim(substr($message, 0, $statement));
        }
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
