<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The fallback ErrorLog: PHP's own error_log (the web server's log), until the shop or the harness sets theirs.
 */
final class PhpErrorLog implements ErrorLog
{
    public function error(string $message, array $context = []): void
    {
        $detail = $context === [] ? '' : ' ' . json_encode($context, JSON_UNESCAPED_SLASHES | JSON_PARTIAL_OUTPUT_ON_ERROR);
        error_log($message . $detail);
    }
}
