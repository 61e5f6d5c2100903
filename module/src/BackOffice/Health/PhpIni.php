<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Health;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\UploadLimits;

/**
 * The PHP settings the health checks read, in bytes (0 = no limit) or as a count. fromRuntime() reads this PHP;
 * tests give values.
 */
final class PhpIni
{
    /** @var array<string, string> */
    private $values;

    /**
     * @param array<string, string> $values post_max_size, upload_max_filesize, max_file_uploads, memory_limit
     */
    public function __construct(array $values)
    {
        $this->values = $values;
    }

    public static function fromRuntime(): self
    {
        $values = [];
        foreach (['post_max_size', 'upload_max_filesize', 'max_file_uploads', 'memory_limit'] as $name) {
            $values[$name] = (string) ini_get($name);
        }

        return new self($values);
    }

    /** Bytes; 0 = unlimited (PHP's 0, or -1 for memory_limit). */
    public function bytes(string $name): int
    {
        $value = isset($this->values[$name]) ? trim($this->values[$name]) : '';
        if ($value === '-1') {
            return 0;
        }

        return UploadLimits::iniBytes($value);
    }

    public function count(string $name): int
    {
        return isset($this->values[$name]) ? (int) $this->values[$name] : 0;
    }
}
