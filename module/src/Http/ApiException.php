<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A refusal the client can act on: HTTP status, a stable code, the field at fault, and the message in English (JSON
 * API, admin) and in French (the E-connecteur door, whose body the EBP user reads). ErrorMapper turns it into the
 * answer of each door.
 */
class ApiException extends \RuntimeException
{
    /** @var int */
    private $status;
    /** @var string */
    private $errorCode;
    /** @var string */
    private $frenchMessage;
    /** @var string|null */
    private $field;
    /** @var array<string, string> */
    private $headers;

    /**
     * @param array<string, string> $headers extra answer headers (Allow, Retry-After)
     */
    public function __construct(int $status, string $errorCode, string $englishMessage, string $frenchMessage, ?string $field = null, array $headers = [])
    {
        parent::__construct($englishMessage);
        $this->status = $status;
        $this->errorCode = $errorCode;
        $this->frenchMessage = $frenchMessage;
        $this->field = $field;
        $this->headers = $headers;
    }

    public function status(): int
    {
        return $this->status;
    }

    public function errorCode(): string
    {
        return $this->errorCode;
    }

    public function englishMessage(): string
    {
        return $this->getMessage();
    }

    public function frenchMessage(): string
    {
        return $this->frenchMessage;
    }

    public function field(): ?string
    {
        return $this->field;
    }

    /**
     * @return array<string, string>
     */
    public function headers(): array
    {
        return $this->headers;
    }
}
