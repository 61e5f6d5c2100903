<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * HttpClient with curl when the extension is loaded, else PHP's http stream wrapper. Redirects are never followed;
 * certificates are verified (a shop whose certificate E-connecteur would refuse fails here too). At most
 * MAX_BODY bytes of the answer are kept.
 */
final class NativeHttpClient implements HttpClient
{
    const MAX_BODY = 65536;

    public function request(string $method, string $url, array $headers = [], string $body = '', int $timeoutSeconds = 30): HttpClientResponse
    {
        if (!preg_match('#^https?://#i', $url)) {
            return HttpClientResponse::failed('Not an http(s) URL');
        }
        if (function_exists('curl_init')) {
            return $this->withCurl($method, $url, $headers, $body, $timeoutSeconds);
        }

        return $this->withStreams($method, $url, $headers, $body, $timeoutSeconds);
    }

    /**
     * @param array<string, string> $headers
     */
    private function withCurl(string $method, string $url, array $headers, string $body, int $timeoutSeconds): HttpClientResponse
    {
        $handle = curl_init($url);
        if ($handle === false) {
            return HttpClientResponse::failed('curl_init failed');
        }
        $received = [];
        $lines = [];
        foreach ($headers as $name => $value) {
            $lines[] = $name . ': ' . $value;
        }
        $lines[] = 'Expect:';
        curl_setopt($handle, CURLOPT_CUSTOMREQUEST, $method === '' ? 'GET' : $method);
        curl_setopt($handle, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($handle, CURLOPT_FOLLOWLOCATION, false);
        curl_setopt($handle, CURLOPT_CONNECTTIMEOUT, min(10, $timeoutSeconds));
        curl_setopt($handle, CURLOPT_TIMEOUT, $timeoutSeconds);
        curl_setopt($handle, CURLOPT_HTTPHEADER, $lines);
        curl_setopt($handle, CURLOPT_USERAGENT, 'ebpdocuments-selftest');
        if ($method !== 'GET' && $method !== 'HEAD') {
            curl_setopt($handle, CURLOPT_POSTFIELDS, $body);
        }
        curl_setopt($handle, CURLOPT_HEADERFUNCTION, function ($curl, string $line) use (&$received): int {
            $parts = explode(':', $line, 2);
            if (count($parts) === 2) {
                $received[strtolower(trim($parts[0]))] = trim($parts[1]);
            } elseif (stripos($line, 'HTTP/') === 0) {
                $received = [];
            }

            return strlen($line);
        });
        $answer = curl_exec($handle);
        if ($answer === false) {
            $error = curl_error($handle);
            curl_close($handle);

            return HttpClientResponse::failed($error === '' ? 'No answer' : $error);
        }
        $status = (int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE);
        curl_close($handle);

        return new HttpClientResponse($status, substr((string) $answer, 0, self::MAX_BODY), $received);
    }

    /**
     * @param array<string, string> $headers
     */
    private function withStreams(string $method, string $url, array $headers, string $body, int $timeoutSeconds): HttpClientResponse
    {
        $lines = ['User-Agent: ebpdocuments-selftest', 'Connection: close'];
        foreach ($headers as $name => $value) {
            $lines[] = $name . ': ' . $value;
        }
        $context = stream_context_create([
            'http' => [
                'method' => $method,
                'header' => implode("\r\n", $lines),
                'content' => $body,
                'timeout' => $timeoutSeconds,
                'follow_location' => 0,
                'max_redirects' => 0,
                'ignore_errors' => true,
            ],
        ]);
        $handle = @fopen($url, 'rb', false, $context);
        if ($handle === false) {
            $error = error_get_last();

            return HttpClientResponse::failed(is_array($error) ? (string) $error['message'] : 'No answer');
        }
        $answer = (string) stream_get_contents($handle, self::MAX_BODY);
        $meta = stream_get_meta_data($handle);
        fclose($handle);
        $status = 0;
        $received = [];
        $wrapper = isset($meta['wrapper_data']) && is_array($meta['wrapper_data']) ? $meta['wrapper_data'] : [];
        foreach ($wrapper as $line) {
            $line = (string) $line;
            if (preg_match('#^HTTP/\S+\s+(\d{3})#', $line, $match)) {
                $status = (int) $match[1];
                $received = [];
            } else {
                $parts = explode(':', $line, 2);
                if (count($parts) === 2) {
                    $received[strtolower(trim($parts[0]))] = trim($parts[1]);
                }
            }
        }

        return $status === 0 ? HttpClientResponse::failed('No answer') : new HttpClientResponse($status, $answer, $received);
    }
}
