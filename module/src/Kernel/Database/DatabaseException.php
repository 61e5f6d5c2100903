<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Database;

if (!defined('_PS_VERSION_')) {
    exit;
}

class DatabaseException extends \RuntimeException
{
    /**
     * Errors after which the same work may succeed when run again: 1213 deadlock, 1205 lock wait timeout, and the
     * lost connections (the transaction is gone with the link, the retry runs it on a new one).
     */
    const RETRYABLE = [1213, 1205, 2006, 2013, 1927, 4031];

    /** 2006 server has gone away, 2013 lost connection during query, 1927 connection killed (MariaDB), 4031 idle timeout. */
    const LOST_CONNECTION = [2006, 2013, 1927, 4031];

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
        if (in_array($errorNumber, self::RETRYABLE, true)) {
            return new RetryableDatabaseException($message, $errorNumber);
        }

        return new self($message, $errorNumber);
    }

    /** The connection is gone (the server restarted, killed it, or closed it for being idle): reconnect first. */
    public static function isLostConnection(int $errorNumber): bool
    {
        return in_array($errorNumber, self::LOST_CONNECTION, true);
    }

    /**
     * The error number a bare SQLSTATE stands for, when a driver gave nothing else (PrestaShop 8's DbPDO puts the
     * SQLSTATE in the exception's code): 40001 is a serialization failure (deadlock), 23000 an integrity
     * constraint (duplicate key is the one the module meets), 08S01 a communication link failure.
     */
    public static function errorNumberOfSqlState(string $sqlState): int
    {
        if ($sqlState === '40001') {
            return 1213;
        }
        if ($sqlState === '08S01') {
            return 2013;
        }

        return 0;
    }
}
