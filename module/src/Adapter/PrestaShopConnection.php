<?php

declare(strict_types=1);

namespace Ebpdocuments\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;
use Ebpdocuments\Database\DatabaseException;
use Ebpdocuments\Database\SqlBinder;

/**
 * Connection over PrestaShop's Db. Errors become exceptions whether or not the shop runs with _PS_DEBUG_SQL_.
 */
final class PrestaShopConnection implements Connection
{
    /** @var \Db */
    private $db;

    /** @var SqlBinder */
    private $binder;

    /** @var int */
    private $depth = 0;

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
            return $this->db->executeS($this->binder->bind($sql, $params), true, false);
        });

        return is_array($rows) ? $rows : [];
    }

    public function fetchRow(string $sql, array $params = []): ?array
    {
        $rows = $this->fetchAll($sql, $params);

        return $rows === [] ? null : $rows[0];
    }

    public function fetchValue(string $sql, array $params = []): ?string
    {
        $row = $this->fetchRow($sql, $params);
        if ($row === null) {
            return null;
        }
        $value = reset($row);

        return $value === null || $value === false ? null : (string) $value;
    }

    public function execute(string $sql, array $params = []): int
    {
        $this->run(function () use ($sql, $params) {
            return $this->db->execute($this->binder->bind($sql, $params), false);
        });

        return (int) $this->db->Affected_Rows();
    }

    public function insert(string $sql, array $params = []): int
    {
        $this->run(function () use ($sql, $params) {
            return $this->db->execute($this->binder->bind($sql, $params), false);
        });

        return (int) $this->db->Insert_ID();
    }

    public function transactional(callable $work)
    {
        if ($this->depth > 0) {
            // Nested call: the outer transaction commits or rolls back everything.
            return $work();
        }
        $this->run(function () {
            return $this->db->execute('START TRANSACTION', false);
        });
        $this->depth = 1;
        try {
            $result = $work();
            $this->run(function () {
                return $this->db->execute('COMMIT', false);
            });
            $this->depth = 0;

            return $result;
        } catch (\Throwable $error) {
            $this->depth = 0;
            $this->db->execute('ROLLBACK', false);
            throw $error;
        }
    }

    /**
     * @return mixed
     */
    private function run(callable $query)
    {
        try {
            $result = $query();
        } catch (\PrestaShopDatabaseException $error) {
            throw DatabaseException::fromError((int) $this->db->getNumberError(), $error->getMessage());
        }
        if ($result === false) {
            throw DatabaseException::fromError((int) $this->db->getNumberError(), (string) $this->db->getMsgError());
        }

        return $result;
    }
}
