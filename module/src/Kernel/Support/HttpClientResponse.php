<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What a URL answered: status 0 with an error when nothing came back (no connection, timeout, TLS failure).
 */
final class HttpClientResponse
{
    /** @var int */
    private $status;
    /** @var string */
    private $body;
    /** @var array<string, string> lower-case names */
    private $headers;
    /** @var string */
    private $error;

    /**
     * @param array<string, string> $headers
     */
    public function __construct(int $status, string $body, array $headers = [], string $error = '')
    {
        $this->status = $status;
        $this->body = $body;
        $this->headers = array_change_key_case($headers, CASE_LOWER);
        $this->error = $error;
    }

    public static function failed(string $error): self
    {
        return new self(0, '', [], $error);
    }

    public function status(): int
    {
        return $this->status;
    }

    public function body(): string
    {
        return $this->body;
    }

    public function header(string $name): ?string
    {
        $name = strtolower($name);

        return isset($this->headers[$name]) ? $this->headers[$name] : null;
    }

    public function error(): string
    {
        return $this->error;
    }

    public function reached(): bool
    {
        return $this->status > 0;
    }
}
