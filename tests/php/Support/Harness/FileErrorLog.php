<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\Kernel\Support\ErrorLog;

/**
 * The harness's error log: one JSON line per error, so tests check what was logged (and that the answer did not
 * carry it).
 */
final class FileErrorLog implements ErrorLog
{
    /** @var string */
    private $file;

    public function __construct(string $file)
    {
        $this->file = $file;
    }

    public function error(string $message, array $context = []): void
    {
        file_put_contents($this->file, json_encode(['message' => $message, 'context' => $context]) . "\n", FILE_APPEND | LOCK_EX);
    }
}
