<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Where unexpected failures are recorded for the merchant (PrestaShop's log in a shop, a file in the harness),
 * never under modules/ and never in an answer.
 */
interface ErrorLog
{
    /**
     * @param array<string, string|int> $context technical detail (exception class, file:line); never secrets or PDF bytes
     */
    public function error(string $message, array $context = []): void;
}
