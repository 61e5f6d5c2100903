<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

/**
 * One answer of the harness, as curl saw it.
 */
final class HttpResult
{
    /** @var int */
    public $status;
    /** @var array<string, string> lower-case names */
    public $headers;
    /** @var string */
    public $body;

    /**
     * @param array<string, string> $headers
     */
    public function __construct(int $status, array $headers, string $body)
    {
        $this->status = $status;
        $this->headers = $headers;
        $this->body = $body;
    }

    public function header(string $name): ?string
    {
        $name = strtolower($name);

        return isset($this->headers[$name]) ? $this->headers[$name] : null;
    }

    /**
     * @return mixed
     */
    public function json()
    {
        $data = json_decode($this->body, true);
        if ($data === null && trim($this->body) !== 'null') {
            throw new \RuntimeException('Not JSON (' . $this->status . '): ' . substr($this->body, 0, 500));
        }

        return $data;
    }

    public function describe(): string
    {
        return $this->status . ' ' . (string) $this->header('content-type') . "\n" . substr($this->body, 0, 2000);
    }
}
