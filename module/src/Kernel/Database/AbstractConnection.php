<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Database;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What every Connection does the same way whatever the driver underneath (PrestaShop's Db, PDO in the tests):
 * one row and one value read through fetchAll(), and transactions where a transactional() call inside $work joins
 * the open transaction (MySQL has no nested transactions: a second START TRANSACTION would commit the first).
 */
abstract class AbstractConnection implements Connection
{
    /** @var int */
    private $transactionDepth = 0;

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

    public function transactional(callable $work)
    {
        if ($this->transactionDepth > 0) {
            // Nested call: the outer transaction commits or rolls back everything.
            return $work();
        }
        $this->execute('START TRANSACTION');
        $this->transactionDepth = 1;
        try {
            $result = $work();
            $this->execute('COMMIT');
            $this->transactionDepth = 0;

            return $result;
        } catch (\Throwable $error) {
            $this->transactionDepth = 0;
            $this->rollBack();
            throw $error;
        }
    }

    /** Whether a transactional() call is running. */
    protected function inTransaction(): bool
    {
        return $this->transactionDepth > 0;
    }

    /** Ends the open transaction without its changes, after $work or the COMMIT failed. */
    abstract protected function rollBack(): void;
}
