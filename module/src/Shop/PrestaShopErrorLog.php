<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\ErrorLog;

/**
 * Unexpected failures go to PrestaShop's own log (Advanced parameters › Logs), readable by employees only.
 */
final class PrestaShopErrorLog implements ErrorLog
{
    const SEVERITY_ERROR = 3;

    public function error(string $message, array $context = []): void
    {
        $parts = [];
        foreach ($context as $name => $value) {
            $parts[] = $name . '=' . $value;
        }
        $text = 'ebpdocuments: ' . $message . ($parts === [] ? '' : ' (' . implode(', ', $parts) . ')');
        try {
            // allow_duplicate = true: the same failure repeated is information too.
            \PrestaShopLogger::addLog(mb_substr($text, 0, 1000, 'UTF-8'), self::SEVERITY_ERROR, null, 'Ebpdocuments', 0, true);
        } catch (\Throwable $ignored) {
            // Logging must never turn an answer into a second failure.
        }
    }
}
