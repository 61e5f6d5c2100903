<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The only place that writes to the client: status line, headers, body.
 */
final class ResponseEmitter
{
    public function emit(Response $response): void
    {
        // Anything printed before (a notice, a hook's output) would corrupt the answer a machine reads.
        while (ob_get_level() > 0) {
            ob_end_clean();
        }
        if (!headers_sent()) {
            http_response_code($response->status());
            foreach ($response->headers() as $name => $value) {
                header($name . ': ' . str_replace(["\r", "\n"], ' ', $value), true);
            }
        }
        if ($response->isStream()) {
            $response->writeStream();

            return;
        }
        echo $response->body();
    }
}
