<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support;

use Ebpdocuments\Kernel\Database\Connection;

/**
 * A Connection decorator for fault injection: $hook(string $sql, array $params) runs before every statement (also
 * "COMMIT" inside transactional) and may throw, kill the process, or answer ['result' => …] to replace the statement's
 * result (the statement is then not run).
 */
final class InterceptingConnection implements Connection
{
    /** @var Connection */
    private $inner;
    /** @var callable */
    private $hook;

    public function __construct(Connection $inner, callable $hook)
    {
        $this->inner = $inner;
        $this->hook = $hook;
    }

    public function prefix(): string
    {
        return $this->inner->prefix();
    }

    public function fetchAll(string $sql, array $params = []): array
    {
        $replaced = $this->intercept($sql, $params);

        return $replaced !== null ? $replaced['result'] : $this->inner->fetchAll($sql, $params);
    }

    public function fetchRow(string $sql, array $params = []): ?array
    {
        $replaced = $this->intercept($sql, $params);

        return $replaced !== null ? $replaced['result'] : $this->inner->fetchRow($sql, $params);
    }

    public function fetchValue(string $sql, array $params = []): ?string
    {
        $replaced = $this->intercept($sql, $params);

        return $replaced !== null ? $replaced['result'] : $this->inner->fetchValue($sql, $params);
    }

    public function execute(string $sql, array $params = []): int
    {
        $replaced = $this->intercept($sql, $params);

        return $replaced !== null ? $replaced['result'] : $this->inner->execute($sql, $params);
    }

    public function insert(string $sql, array $params = []): int
    {
        $replaced = $this->intercept($sql, $params);

        return $replaced !== null ? $replaced['result'] : $this->inner->insert($sql, $params);
    }

    public function transactional(callable $work)
    {
        return $this->inner->transactional(function () use ($work) {
            $result = $work();
            $this->intercept('COMMIT', []);

            return $result;
        });
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return array{result: mixed}|null
     */
    private function intercept(string $sql, array $params): ?array
    {
        $answer = call_user_func($this->hook, $sql, $params);

        return is_array($answer) && array_key_exists('result', $answer) ? $answer : null;
    }
}
