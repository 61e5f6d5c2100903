<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * Typed, validated reads of an action's params (decoded JSON, or the query string for the download). Every refusal
 * is a 422 naming the param. Lenient only where the app's own state may drift (page numbers are clamped, not refused).
 */
final class Params
{
    /** @var array<string, mixed> */
    private $params;

    /**
     * @param array<string, mixed> $params
     */
    public function __construct(array $params)
    {
        $this->params = $params;
    }

    public function has(string $name): bool
    {
        return array_key_exists($name, $this->params) && $this->params[$name] !== null;
    }

    /**
     * A string, trimmed; '' when absent. Refuses non-strings, invalid UTF-8, control characters and overlong values.
     */
    public function string(string $name, int $maxLength = 255): string
    {
        if (!$this->has($name)) {
            return '';
        }
        $value = $this->params[$name];
        if (is_int($value)) {
            $value = (string) $value;
        }
        if (!is_string($value) || !mb_check_encoding($value, 'UTF-8') || preg_match('/[\x00-\x1F\x7F]/', $value) === 1) {
            throw Refusal::validation($name);
        }
        $value = trim($value);
        if (mb_strlen($value, 'UTF-8') > $maxLength) {
            throw Refusal::validation($name);
        }

        return $value;
    }

    /**
     * One of $allowed, or $default when absent or ''.
     *
     * @param string[] $allowed
     */
    public function choice(string $name, array $allowed, string $default = ''): string
    {
        $value = $this->string($name, 64);
        if ($value === '') {
            return $default;
        }
        if (!in_array($value, $allowed, true)) {
            throw Refusal::validation($name, AdminMessages::NOT_A_CHOICE);
        }

        return $value;
    }

    public function bool(string $name, bool $default = false): bool
    {
        if (!$this->has($name)) {
            return $default;
        }
        $value = $this->params[$name];
        if (is_bool($value)) {
            return $value;
        }
        if ($value === 0 || $value === 1 || $value === '0' || $value === '1') {
            return (int) $value === 1;
        }
        throw Refusal::validation($name);
    }

    /**
     * A whole number in [min, max]: out of range is refused.
     */
    public function intInRange(string $name, int $min, int $max, ?int $default = null): int
    {
        if (!$this->has($name)) {
            if ($default === null) {
                throw Refusal::validation($name, AdminMessages::REQUIRED);
            }

            return $default;
        }
        $value = self::toInt($this->params[$name]);
        if ($value === null || $value < $min || $value > $max) {
            throw Refusal::validation($name, AdminMessages::OUT_OF_RANGE, ['%min%' => $min, '%max%' => $max]);
        }

        return $value;
    }

    /**
     * A whole number brought into [min, max] (paging: a stale page number must not break the list).
     */
    public function clampedInt(string $name, int $min, int $max, int $default): int
    {
        if (!$this->has($name)) {
            return $default;
        }
        $value = self::toInt($this->params[$name]);
        if ($value === null) {
            throw Refusal::validation($name);
        }

        return max($min, min($max, $value));
    }

    /** A required positive id. */
    public function id(string $name): int
    {
        if (!$this->has($name)) {
            throw Refusal::validation($name, AdminMessages::REQUIRED);
        }
        $value = self::toInt($this->params[$name]);
        if ($value === null || $value < 1 || $value > 4294967295) {
            throw Refusal::validation($name);
        }

        return $value;
    }

    /** An optional positive id; null when absent, 0 or ''. */
    public function optionalId(string $name): ?int
    {
        if (!$this->has($name) || $this->params[$name] === '' || $this->params[$name] === 0) {
            return null;
        }

        return $this->id($name);
    }

    /**
     * A non-empty list of distinct positive ids, at most $max.
     *
     * @return int[]
     */
    public function ids(string $name, int $max): array
    {
        if (!$this->has($name)) {
            throw Refusal::validation($name, AdminMessages::REQUIRED);
        }
        $list = $this->params[$name];
        if (!is_array($list) || $list === [] || array_values($list) !== $list) {
            throw Refusal::validation($name);
        }
        if (count($list) > $max) {
            throw Refusal::validation($name, AdminMessages::TOO_MANY_IDS, ['%max%' => $max]);
        }
        $ids = [];
        foreach ($list as $item) {
            $id = self::toInt($item);
            if ($id === null || $id < 1 || $id > 4294967295) {
                throw Refusal::validation($name);
            }
            $ids[$id] = $id;
        }

        return array_values($ids);
    }

    /** An ISO date (YYYY-MM-DD, a real day), or null when absent or ''. */
    public function isoDate(string $name): ?string
    {
        $value = $this->string($name, 10);
        if ($value === '') {
            return null;
        }
        $date = \DateTimeImmutable::createFromFormat('!Y-m-d', $value);
        if ($date === false || $date->format('Y-m-d') !== $value) {
            throw Refusal::validation($name, AdminMessages::INVALID_DATE);
        }

        return $value;
    }

    /**
     * The nested object $name (e.g. saveSettings' settings), as params of its own.
     */
    public function object(string $name): self
    {
        if (!$this->has($name)) {
            throw Refusal::validation($name, AdminMessages::REQUIRED);
        }
        $value = $this->params[$name];
        if (!is_array($value) || ($value !== [] && array_values($value) === $value)) {
            throw Refusal::validation($name);
        }

        return new self($value);
    }

    /**
     * @return string[]
     */
    public function names(): array
    {
        return array_map('strval', array_keys($this->params));
    }

    /**
     * @return mixed the raw value (null when absent)
     */
    public function raw(string $name)
    {
        return $this->has($name) ? $this->params[$name] : null;
    }

    /**
     * @param mixed $value
     */
    private static function toInt($value): ?int
    {
        if (is_int($value)) {
            return $value;
        }
        if (is_string($value) && preg_match('/^-?\d{1,10}$/', $value) === 1) {
            return (int) $value;
        }
        if (is_float($value) && floor($value) === $value && abs($value) < 1e10) {
            return (int) $value;
        }

        return null;
    }
}
