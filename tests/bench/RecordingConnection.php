<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Bench;

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Tests\Support\PdoConnection;

/**
 * Bench only: a Connection that keeps the bound SQL of the SELECTs it ran, to EXPLAIN them afterwards.
 */
final class RecordingConnection implements Connection
{
    /** @var PdoConnection */
    private $inner;
    /** @var string[] */
    private $selects = [];
    /** @var float[] milliseconds of each SELECT, in the order of $selects */
    private $times = [];

    public function __construct(PdoConnection $inner)
    {
        $this->inner = $inner;
    }

    public function reset(): void
    {
        $this->selects = [];
        $this->times = [];
    }

    /**
     * @return float[] milliseconds each SELECT of selects() took (the bench prints them next to the plans)
     */
    public function times(): array
    {
        return $this->times;
    }

    /**
     * @return string[]
     */
    public function selects(): array
    {
        return $this->selects;
    }

    public function prefix(): string
    {
        return $this->inner->prefix();
    }

    public function fetchAll(string $sql, array $params = []): array
    {
        $this->record($sql, $params);
        $started = microtime(true);
        $result = $this->inner->fetchAll($sql, $params);
        $this->times[] = (microtime(true) - $started) * 1000;

        return $result;
    }

    public function fetchRow(string $sql, array $params = []): ?array
    {
        $this->record($sql, $params);
        $started = microtime(true);
        $result = $this->inner->fetchRow($sql, $params);
        $this->times[] = (microtime(true) - $started) * 1000;

        return $result;
    }

    public function fetchValue(string $sql, array $params = []): ?string
    {
        $this->record($sql, $params);
        $started = microtime(true);
        $result = $this->inner->fetchValue($sql, $params);
        $this->times[] = (microtime(true) - $started) * 1000;

        return $result;
    }

    public function execute(string $sql, array $params = []): int
    {
        return $this->inner->execute($sql, $params);
    }

    public function insert(string $sql, array $params = []): int
    {
        return $this->inner->insert($sql, $params);
    }

    public function transactional(callable $work)
    {
        return $this->inner->transactional($work);
    }

    /**
     * @param array<string, mixed> $params
     */
    private function record(string $sql, array $params): void
    {
        $binder = new \Ebpdocuments\Kernel\Database\SqlBinder($this->inner->prefix(), function (string $value): string {
            return substr($this->inner->pdo()->quote($value), 1, -1);
        });
        $this->selects[] = $binder->bind($sql, $params);
    }
}
