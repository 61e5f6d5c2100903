<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\AbstractConnection;
use Ebpdocuments\Kernel\Database\DatabaseException;
use Ebpdocuments\Kernel\Database\SqlBinder;

/**
 * Connection over PrestaShop's Db. Errors become exceptions whether or not the shop runs with _PS_DEBUG_SQL_.
 */
final class PrestaShopConnection extends AbstractConnection
{
    /** @var \Db */
    private $db;

    /** @var SqlBinder */
    private $binder;

    /** @var \Closure|null */
    private $direct;

    public function __construct(\Db $db, string $prefix)
    {
        $this->db = $db;
        $this->binder = new SqlBinder($prefix, function (string $value) use ($db): string {
            // html_ok = true: pSQL/escape without it strips tags and line breaks from the data.
            return (string) $db->escape($value, true);
        });
    }

    public static function fromShop(): self
    {
        return new self(\Db::getInstance(), _DB_PREFIX_);
    }

    public function prefix(): string
    {
        return _DB_PREFIX_;
    }

    public function fetchAll(string $sql, array $params = []): array
    {
        $rows = $this->run(function () use ($sql, $params) {
            return $this->statement($this->binder->bind($sql, $params), true);
        });

        return is_array($rows) ? $rows : [];
    }

    public function execute(string $sql, array $params = []): int
    {
        $this->run(function () use ($sql, $params) {
            return $this->statement($this->binder->bind($sql, $params), false);
        });

        return (int) $this->db->Affected_Rows();
    }

    public function insert(string $sql, array $params = []): int
    {
        $this->run(function () use ($sql, $params) {
            return $this->statement($this->binder->bind($sql, $params), false);
        });

        return (int) $this->db->Insert_ID();
    }

    protected function rollBack(): void
    {
        try {
            $this->db->execute('ROLLBACK', false);
        } catch (\Throwable $ignored) {
            // A lost connection has no transaction left to roll back; the original error matters more.
        }
    }

    /**
     * Runs one statement through PrestaShop's Db and turns every way it reports a failure into the module's
     * exceptions (tests/php/PrestaShop run this against the real Db of PrestaShop 8.1.2 and 9.1.4):
     * - PrestaShop 8's DbPDO throws a plain PrestaShopException wrapping the PDOException (code = SQLSTATE, so
     *   40001 for a deadlock and 0 for "HY000" errors such as 1205 or 2006);
     * - PrestaShop 9's DbPDO runs PDO in silent mode: the statement answers false and getNumberError() tells why;
     * - _PS_DEBUG_SQL_ turns a false into a PrestaShopDatabaseException; DbMySQLi on PHP 8.1+ throws
     *   mysqli_sql_exception.
     * A lost connection (2006, 2013, MariaDB's 1927) reconnects the Db so the retry runs on a live link.
     *
     * @return mixed
     */
    private function run(callable $query)
    {
        try {
            $result = $query();
        } catch (\Exception $error) {
            if (!($error instanceof \PrestaShopException) && !($error instanceof \PDOException) && !self::isMysqliError($error)) {
                throw $error;
            }
            throw $this->failure(self::errorNumberOf($error, (int) $this->db->getNumberError()), $error->getMessage());
        }
        if ($result === false) {
            throw $this->failure((int) $this->db->getNumberError(), (string) $this->db->getMsgError());
        }
        return $result;
    }

    private function failure(int $errorNumber, string $message): DatabaseException
    {
        $exception = DatabaseException::fromError($errorNumber, $message);
        if (DatabaseException::isLostConnection($errorNumber)) {
            try {
                $this->db->connect();
            } catch (\Throwable $ignored) {
                // The server is still away: the retry (or the next request) will say so.
            }
        }

        return $exception;
    }

    /**
     * The MySQL error number of an exception PrestaShop's Db let through: the driver's own number when the driver
     * exception is at hand, else Db's, else the one in the message ("SQLSTATE[40001]: …: 1213 Deadlock…"), else
     * what the SQLSTATE alone says.
     */
    public static function errorNumberOf(\Throwable $error, int $dbErrorNumber): int
    {
        for ($cause = $error; $cause !== null; $cause = $cause->getPrevious()) {
            if ($cause instanceof \PDOException && isset($cause->errorInfo[1]) && (int) $cause->errorInfo[1] > 0) {
                return (int) $cause->errorInfo[1];
            }
            if (self::isMysqliError($cause) && (int) $cause->getCode() > 0) {
                return (int) $cause->getCode();
            }
        }
        if ($dbErrorNumber > 0) {
            return $dbErrorNumber;
        }
        $message = $error->getMessage();
        if (preg_match('/SQLSTATE\[([0-9A-Z]{5})\][^:]*:(?:[^:0-9]*:)?\s*(\d{4})\b/', $message, $found) === 1) {
            return (int) $found[2];
        }
        if (preg_match('/SQLSTATE\[([0-9A-Z]{5})\]/', $message, $found) === 1) {
            return DatabaseException::errorNumberOfSqlState($found[1]);
        }

        return 0;
    }

    private static function isMysqliError(\Throwable $error): bool
    {
        return class_exists('mysqli_sql_exception', false) && $error instanceof \mysqli_sql_exception;
    }

    /**
     * One statement through Db. Inside a transaction it goes to the driver call Db::query() makes (_query), without
     * query()'s reconnect-and-run-again on error 2006: on a new link that statement would run in autocommit, alone,
     * and commit half of a transaction the server already rolled back (PrestaShop 9's silent PDO reaches that
     * branch). The lost connection then surfaces as a retryable error and the whole transaction runs again.
     *
     * @return mixed rows (list of associative arrays) when $rows, else a truthy value; false on error
     */
    private function statement(string $sql, bool $rows)
    {
        if (!$this->inTransaction()) {
            return $rows ? $this->db->executeS($sql, true, false) : $this->db->execute($sql, false);
        }
        $direct = $this->direct;
        if ($direct === null) {
            $direct = \Closure::bind(function (string $sql, bool $rows) {
                $this->result = $this->_query($sql);
                if (!$this->result) {
                    return false;
                }

                return $rows ? $this->getAll($this->result) : true;
            }, $this->db, get_class($this->db));
            if (!$direct instanceof \Closure) {
                throw new \LogicException('Cannot reach Db::_query()');
            }
            $this->direct = $direct;
        }

        return $direct($sql, $rows);
    }
}
