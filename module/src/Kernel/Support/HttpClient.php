<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The module calling a URL of its own shop (the test document, the storage canary). Never follows redirects: a
 * connector posting a document does not either (a POST redirected becomes a GET and loses the document).
 */
interface HttpClient
{
    /**
     * @param array<string, string> $headers
     */
    public function request(string $method, string $url, array $headers = [], string $body = '', int $timeoutSeconds = 30): HttpClientResponse;
}
