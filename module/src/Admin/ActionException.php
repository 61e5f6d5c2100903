<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A refusal of an admin action: HTTP status, the stable code the app relies on, the field at fault, and a message
 * key of AdminMessages (translated in the employee's language by AdminErrorMapper).
 */
final class ActionException extends \RuntimeException
{
    /** @var int */
    private $status;
    /** @var string */
    private $errorCode;
    /** @var string */
    private $messageKey;
    /** @var array<string, string|int> */
    private $messageParams;
    /** @var string|null */
    private $field;

    /**
     * @param array<string, string|int> $messageParams
     */
    public function __construct(int $status, string $errorCode, string $messageKey, ?string $field = null, array $messageParams = [])
    {
        parent::__construct($errorCode . ': ' . $messageKey . ($field !== null ? ' (' . $field . ')' : ''));
        $this->status = $status;
        $this->errorCode = $errorCode;
        $this->messageKey = $messageKey;
        $this->field = $field;
        $this->messageParams = $messageParams;
    }

    /**
     * @param array<string, string|int> $messageParams
     */
    public static function validation(string $field, string $messageKey = AdminMessages::INVALID_VALUE, array $messageParams = []): self
    {
        return new self(422, 'validation', $messageKey, $field, $messageParams);
    }

    public static function badRequest(string $messageKey): self
    {
        return new self(400, 'bad_request', $messageKey);
    }

    public static function unauthenticated(): self
    {
        return new self(401, 'unauthenticated', AdminMessages::UNAUTHENTICATED);
    }

    public static function forbidden(): self
    {
        return new self(403, 'forbidden', AdminMessages::FORBIDDEN);
    }

    public static function notFound(string $messageKey, ?string $field = null): self
    {
        return new self(404, 'not_found', $messageKey, $field);
    }

    public static function methodNotAllowed(): self
    {
        return new self(405, 'method_not_allowed', AdminMessages::METHOD_NOT_ALLOWED);
    }

    public static function conflict(string $messageKey, ?string $field = null): self
    {
        return new self(409, 'conflict', $messageKey, $field);
    }

    public function status(): int
    {
        return $this->status;
    }

    public function errorCode(): string
    {
        return $this->errorCode;
    }

    public function messageKey(): string
    {
        return $this->messageKey;
    }

    /**
     * @return array<string, string|int>
     */
    public function messageParams(): array
    {
        return $this->messageParams;
    }

    public function field(): ?string
    {
        return $this->field;
    }
}
