<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentType;

/**
 * The list's filters, whitelisted from raw query values: a type code, a year, a page and a page size.
 * Anything else (arrays, SQL, out-of-range numbers) falls back to "no filter" or is clamped.
 */
final class DocumentListFilters
{
    const DEFAULT_PER_PAGE = 20;
    const MAX_PER_PAGE = 50;
    const MIN_YEAR = 1970;
    const MAX_YEAR = 2100;
    /** Past this page number the offset only costs the database: clamp. */
    const MAX_PAGE = 10000;

    /** @var string '' = every visible type */
    private $type;
    /** @var int 0 = every year */
    private $year;
    /** @var int */
    private $page;
    /** @var int */
    private $perPage;

    public function __construct(string $type = '', int $year = 0, int $page = 1, int $perPage = self::DEFAULT_PER_PAGE)
    {
        $this->type = DocumentType::isValid($type) ? $type : '';
        $this->year = ($year >= self::MIN_YEAR && $year <= self::MAX_YEAR) ? $year : 0;
        $this->page = min(self::MAX_PAGE, max(1, $page));
        $this->perPage = min(self::MAX_PER_PAGE, max(1, $perPage));
    }

    /**
     * @param array<string, mixed> $query raw query parameters (type, year, page, perPage)
     */
    public static function fromQuery(array $query): self
    {
        return new self(
            self::stringValue($query, 'type'),
            self::intValue($query, 'year', 0),
            self::intValue($query, 'page', 1),
            self::intValue($query, 'perPage', self::DEFAULT_PER_PAGE)
        );
    }

    public function type(): string
    {
        return $this->type;
    }

    public function year(): int
    {
        return $this->year;
    }

    public function page(): int
    {
        return $this->page;
    }

    public function perPage(): int
    {
        return $this->perPage;
    }

    public function offset(): int
    {
        return ($this->page - 1) * $this->perPage;
    }

    public function withPage(int $page): self
    {
        return new self($this->type, $this->year, $page, $this->perPage);
    }

    /**
     * The query parameters that reproduce these filters in a URL (defaults left out).
     *
     * @return array<string, string|int>
     */
    public function toQuery(): array
    {
        $query = [];
        if ($this->type !== '') {
            $query['type'] = $this->type;
        }
        if ($this->year !== 0) {
            $query['year'] = $this->year;
        }
        if ($this->perPage !== self::DEFAULT_PER_PAGE) {
            $query['perPage'] = $this->perPage;
        }
        if ($this->page !== 1) {
            $query['page'] = $this->page;
        }

        return $query;
    }

    /**
     * @param array<string, mixed> $query
     */
    private static function stringValue(array $query, string $name): string
    {
        $value = isset($query[$name]) ? $query[$name] : '';

        return is_string($value) ? trim($value) : '';
    }

    /**
     * @param array<string, mixed> $query
     */
    private static function intValue(array $query, string $name, int $default): int
    {
        $value = self::stringValue($query, $name);
        if (isset($query[$name]) && is_int($query[$name])) {
            return $query[$name];
        }
        if ($value === '' || !preg_match('/^\d{1,9}$/', $value)) {
            return $default;
        }

        return (int) $value;
    }
}
