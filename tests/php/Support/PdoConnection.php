<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support;

use Ebpdocuments\Kernel\Database\AbstractConnection;
use Ebpdocuments\Kernel\Database\DatabaseException;
use Ebpdocuments\Kernel\Database\SqlBinder;
use Ebpdocuments\Shop\Install\Schema;

/**
 * The module's Connection over PDO, for tests and the harness: same SqlBinder, same error mapping as the
 * PrestaShop adapter (1062 duplicate, 1213/1205 retryable), same reads and transactions (AbstractConnection).
 */
class PdoConnection extends AbstractConnection
{
    /**
     * Nanoseconds spent in run() (the SQL round trips, as PHP waits for them) by this request, since a static lives
     * one request: the harness's CPU log reports them for the bench (tests/php/harness/router.php).
     *
     * @var int
     */
    public static $sqlNanoseconds = 0;

    /** @var \PDO */
    private $pdo;
    /** @var string */
    private $prefix;
    /** @var SqlBinder */
    private $binder;

    public function __construct(\PDO $pdo, string $prefix = 'ps_')
    {
        $this->pdo = $pdo;
        $this->prefix = $prefix;
        $pdo->setAttribute(\PDO::ATTR_ERRMODE, \PDO::ERRMODE_EXCEPTION);
        $pdo->setAttribute(\PDO::ATTR_STRINGIFY_FETCHES, true);
        $pdo->setAttribute(\PDO::ATTR_DEFAULT_FETCH_MODE, \PDO::FETCH_ASSOC);
        $this->binder = new SqlBinder($prefix, function (string $value) use ($pdo): string {
            return substr((string) $pdo->quote($value), 1, -1);
        });
    }

    /**
     * A new connection from the EBPDOCS_DB_* environment (tests/db/start.sh prints them).
     */
    public static function fromEnvironment(?string $database = null, string $prefix = 'ps_'): self
    {
        return new self(self::pdoFromEnvironment($database), $prefix);
    }

    public static function pdoFromEnvironment(?string $database = null): \PDO
    {
        $host = getenv('EBPDOCS_DB_HOST') ?: '127.0.0.1';
        $port = getenv('EBPDOCS_DB_PORT') ?: '33061';
        $dsn = 'mysql:host=' . $host . ';port=' . $port . ';charset=utf8mb4';
        if ($database !== null) {
            $dsn .= ';dbname=' . $database;
        }

        return new \PDO($dsn, getenv('EBPDOCS_DB_USER') ?: 'root', (string) getenv('EBPDOCS_DB_PASSWORD'), [
            \PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION,
        ]);
    }

    /**
     * A new, empty database $database (dropped first if it exists) holding PrestaShop 8.1.2's core tables
     * (tests/php/fixtures/prestashop-core-tables.sql) and the module's schema, as a shop where the module was just
     * installed; no shop row yet. Answers a PDO on it.
     */
    public static function freshShopDatabase(string $database): \PDO
    {
        $server = self::pdoFromEnvironment();
        $server->exec('DROP DATABASE IF EXISTS `' . $database . '`');
        $server->exec('CREATE DATABASE `' . $database . '` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci');
        $pdo = self::pdoFromEnvironment($database);
        $pdo->exec(str_replace('PREFIX_', 'ps_', (string) file_get_contents(dirname(__DIR__) . '/fixtures/prestashop-core-tables.sql')));
        foreach (Schema::statements('ps_') as $statement) {
            $pdo->exec($statement);
        }

        return $pdo;
    }

    public function pdo(): \PDO
    {
        return $this->pdo;
    }

    public function prefix(): string
    {
        return $this->prefix;
    }

    public function fetchAll(string $sql, array $params = []): array
    {
        $bound = $this->binder->bind($sql, $params);

        return $this->run(function () use ($bound) {
            return $this->pdo->query($bound)->fetchAll();
        });
    }

    public function execute(string $sql, array $params = []): int
    {
        $bound = $this->binder->bind($sql, $params);

        return (int) $this->run(function () use ($bound) {
            return $this->pdo->exec($bound);
        });
    }

    public function insert(string $sql, array $params = []): int
    {
        $bound = $this->binder->bind($sql, $params);

        return (int) $this->run(function () use ($bound) {
            $this->pdo->exec($bound);

            return $this->pdo->lastInsertId();
        });
    }

    protected function rollBack(): void
    {
        try {
            $this->pdo->exec('ROLLBACK');
        } catch (\Throwable $ignored) {
            // The original error matters more than a failed rollback.
        }
    }

    /**
     * @return mixed
     */
    private function run(callable $query)
    {
        $started = hrtime(true);
        try {
            return $query();
        } catch (\PDOException $e) {
            $number = isset($e->errorInfo[1]) ? (int) $e->errorInfo[1] : 0;
            throw DatabaseException::fromError($number, $e->getMessage());
        } finally {
            self::$sqlNanoseconds += hrtime(true) - $started;
        }
    }
}
