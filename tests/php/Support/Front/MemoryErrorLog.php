<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Front;

use Ebpdocuments\Kernel\Support\ErrorLog;

final class MemoryErrorLog implements ErrorLog
{
    /** @var array<int, array{message: string, context: array<string, string|int>}> */
    public $entries = [];

    public function error(string $message, array $context = []): void
    {
        $this->entries[] = ['message' => $message, 'context' => $context];
    }
}
