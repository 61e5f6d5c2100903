<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * An answer to send: status, headers and either a body string or a callable that writes the body (large files).
 * Only ResponseEmitter outputs it.
 */
final class Response
{
    /** @var int */
    private $status;
    /** @var array<string, string> */
    private $headers;
    /** @var string */
    private $body;
    /** @var callable|null writes the body itself */
    private $stream;

    /**
     * @param array<string, string> $headers
     */
    public function __construct(int $status, array $headers = [], string $body = '', ?callable $stream = null)
    {
        $this->status = $status;
        $this->headers = $headers;
        $this->body = $body;
        $this->stream = $stream;
    }

    /** French (or any) plain text, for machine clients such as E-connecteur that show the body as is. */
    public static function text(int $status, string $text): self
    {
        return new self($status, self::noStoreHeaders('text/plain; charset=utf-8'), $text);
    }

    /**
     * @param array<mixed>|\JsonSerializable $data
     */
    public static function json(int $status, $data): self
    {
        $body = json_encode($data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_INVALID_UTF8_SUBSTITUTE);

        return new self($status, self::noStoreHeaders('application/json; charset=utf-8'), $body === false ? '{}' : $body);
    }

    /**
     * @param array<string, string> $headers
     */
    public static function stream(int $status, array $headers, callable $writer): self
    {
        return new self($status, $headers, '', $writer);
    }

    public function withHeader(string $name, string $value): self
    {
        $copy = clone $this;
        $copy->headers[$name] = $value;

        return $copy;
    }

    public function status(): int
    {
        return $this->status;
    }

    /**
     * @return array<string, string>
     */
    public function headers(): array
    {
        return $this->headers;
    }

    public function header(string $name): ?string
    {
        foreach ($this->headers as $key => $value) {
            if (strcasecmp($key, $name) === 0) {
                return $value;
            }
        }

        return null;
    }

    public function body(): string
    {
        return $this->body;
    }

    public function isStream(): bool
    {
        return $this->stream !== null;
    }

    /** Writes a streamed body (the emitter calls it); does nothing for a string body. */
    public function writeStream(): void
    {
        if ($this->stream !== null) {
            call_user_func($this->stream);
        }
    }

    /**
     * @return array<string, string>
     */
    private static function noStoreHeaders(string $contentType): array
    {
        return [
            'Content-Type' => $contentType,
            'Cache-Control' => 'no-store',
            'X-Content-Type-Options' => 'nosniff',
        ];
    }
}
