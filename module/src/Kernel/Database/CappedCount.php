<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Database;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The one way the module counts a set that can grow without bound (a list's total, the side menu's badge, the
 * overview's figures, the account tile): the derived table stops its index walk at $cap + 1 rows however many
 * match, so the count costs at most $cap + 1 index entries. A count of $cap + 1 means "more than $cap" ("99+").
 */
final class CappedCount
{
    /**
     * "(SELECT 1 FROM <from where> LIMIT cap + 1) <alias>", for a statement that counts several sets at once.
     *
     * @param string $fromWhere "<table> [<alias>] WHERE <conditions>", values as placeholders
     */
    public static function rows(string $fromWhere, int $cap, string $alias): string
    {
        return '(SELECT 1 FROM ' . $fromWhere . ' LIMIT ' . ($cap + 1) . ') ' . $alias;
    }

    /**
     * @param string $fromWhere "<table> [<alias>] WHERE <conditions>", values as placeholders in $params
     * @param array<string, mixed> $params
     *
     * @return int the count, at most $cap + 1 (= more than $cap)
     */
    public static function of(Connection $connection, string $fromWhere, array $params, int $cap): int
    {
        return (int) $connection->fetchValue('SELECT COUNT(*) FROM ' . self::rows($fromWhere, $cap, 't'), $params);
    }
}
