<?php

declare(strict_types=1);

namespace Ebpdocuments\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\AbstractConnection;
use Ebpdocuments\Database\DatabaseException;
use Ebpdocuments\Database\SqlBinder;

/**
 * Connection over PrestaShop's Db. Errors become exceptions whether or not the shop runs with _PS_DEBUG_SQL_.
 */
final class PrestaShopConnection extends AbstractConnection
{
    /** @var \Db */
    private $db;

    /** @var SqlBinder */
    private $binder;

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

    protected function rollBack(): void
    {
        $this->db->execute('ROLLBACK', false);
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
