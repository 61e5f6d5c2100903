<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Database;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The SQL access every repository uses. SQL text names tables with the PREFIX_ token and values with :name
 * placeholders that SqlBinder turns into escaped literals, so no caller ever concatenates a value.
 */
interface Connection
{
    /** The shop's table prefix, e.g. "ps_". */
    public function prefix(): string;

    /**
     * @param array<string, mixed> $params
     *
     * @return array<int, array<string, string|null>>
     */
    public function fetchAll(string $sql, array $params = []): array;

    /**
     * @param array<string, mixed> $params
     *
     * @return array<string, string|null>|null
     */
    public function fetchRow(string $sql, array $params = []): ?array;

    /**
     * @param array<string, mixed> $params
     */
    public function fetchValue(string $sql, array $params = []): ?string;

    /**
     * Runs a statement that returns no rows; answers the number of affected rows.
     *
     * @param array<string, mixed> $params
     */
    public function execute(string $sql, array $params = []): int;

    /**
     * Runs an INSERT; answers the new auto-increment id.
     *
     * @param array<string, mixed> $params
     */
    public function insert(string $sql, array $params = []): int;

    /**
     * Runs $work inside one transaction: COMMIT when it returns, ROLLBACK and rethrow when it throws.
     *
     * @return mixed what $work returns
     */
    public function transactional(callable $work);
}
