<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Database;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Turns "SELECT … FROM PREFIX_x WHERE a = :a AND b IN :ids" into SQL with escaped literals.
 * The escaper is the connection's own (Db::escape with html allowed in PrestaShop, PDO::quote in tests).
 */
final class SqlBinder
{
    /** @var string */
    private $prefix;

    /** @var callable(string): string returns the escaped string WITHOUT surrounding quotes */
    private $escape;

    public function __construct(string $prefix, callable $escape)
    {
        $this->prefix = $prefix;
        $this->escape = $escape;
    }

    /**
     * @param array<string, mixed> $params
     */
    public function bind(string $sql, array $params): string
    {
        $sql = str_replace('PREFIX_', $this->prefix, $sql);
        $used = [];
        $bound = preg_replace_callback(
            '/(?<![:\w]):([a-zA-Z_][a-zA-Z0-9_]*)/',
            function (array $match) use ($params, &$used): string {
                $name = $match[1];
                if (!array_key_exists($name, $params)) {
                    throw new \InvalidArgumentException('Missing SQL parameter :' . $name);
                }
                $used[$name] = true;

                return $this->literal($params[$name]);
            },
            $sql
        );
        if ($bound === null) {
            throw new \InvalidArgumentException('Cannot bind SQL parameters');
        }
        $unused = array_diff(array_keys($params), array_keys($used));
        if ($unused !== []) {
            throw new \InvalidArgumentException('Unused SQL parameter :' . implode(', :', $unused));
        }

        return $bound;
    }

    /**
     * @param mixed $value
     */
    private function literal($value): string
    {
        if ($value === null) {
            return 'NULL';
        }
        if (is_bool($value)) {
            return $value ? '1' : '0';
        }
        if (is_int($value)) {
            return (string) $value;
        }
        if (is_float($value)) {
            if (!is_finite($value)) {
                throw new \InvalidArgumentException('Non-finite number in SQL');
            }

            return var_export($value, true);
        }
        if (is_string($value)) {
            return '\'' . call_user_func($this->escape, $value) . '\'';
        }
        if ($value instanceof \DateTimeInterface) {
            return '\'' . $value->format('Y-m-d H:i:s') . '\'';
        }
        if (is_array($value)) {
            if ($value === []) {
                // "x IN (NULL)" matches nothing, which is what an empty list means.
                return '(NULL)';
            }
            $items = [];
            foreach ($value as $item) {
                if (is_array($item)) {
                    throw new \InvalidArgumentException('Nested list in SQL parameter');
                }
                $items[] = $this->literal($item);
            }

            return '(' . implode(', ', $items) . ')';
        }

        throw new \InvalidArgumentException('Unsupported SQL parameter type ' . gettype($value));
    }
}
