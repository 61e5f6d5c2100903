<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Refusal;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The one refusal of the module, whichever door it leaves by: HTTP status, a stable code the clients key on, the
 * field at fault, and a message id (the English wording, translated with DOMAIN) with its parameters, plus the
 * answer's extra headers (Allow, Retry-After). Receiving\Api\ErrorMapper renders it for each door: French plain text for
 * E-connecteur, English JSON for API v1, JSON in the employee's language for the back office.
 *
 * Numbers given as floats in the parameters are written by the renderer with the language's decimal separator.
 */
final class Refusal extends \RuntimeException
{
    /** Every refusal is read by the merchant or their staff (the EBP user reads E-connecteur's answers). */
    const DOMAIN = 'Modules.Ebpdocuments.Admin';

    const INVALID_VALUE = 'This value is not valid.';
    const METHOD_NOT_ALLOWED = 'Method not allowed here; use %methods%.';

    /** @var int */
    private $status;
    /** @var string */
    private $errorCode;
    /** @var string */
    private $messageId;
    /** @var array<string, string|int|float> */
    private $params;
    /** @var string|null */
    private $field;
    /** @var array<string, string> */
    private $headers;

    /**
     * @param array<string, string|int|float> $params placeholders of the message id ("%name%" => value)
     * @param array<string, string> $headers extra answer headers
     */
    public function __construct(int $status, string $errorCode, string $messageId, ?string $field = null, array $params = [], array $headers = [])
    {
        parent::__construct($errorCode . ': ' . strtr($messageId, array_map('strval', $params)) . ($field !== null ? ' (' . $field . ')' : ''));
        $this->status = $status;
        $this->errorCode = $errorCode;
        $this->messageId = $messageId;
        $this->field = $field;
        $this->params = $params;
        $this->headers = $headers;
    }

    /**
     * @param array<string, string|int|float> $params
     */
    public static function badRequest(string $messageId, ?string $field = null, string $errorCode = 'bad_request', array $params = []): self
    {
        return new self(400, $errorCode, $messageId, $field, $params);
    }

    /**
     * @param array<string, string|int|float> $params
     */
    public static function unauthenticated(string $messageId, ?string $field = null, string $errorCode = 'unauthenticated', array $params = []): self
    {
        return new self(401, $errorCode, $messageId, $field, $params);
    }

    public static function forbidden(string $messageId): self
    {
        return new self(403, 'forbidden', $messageId);
    }

    public static function notFound(string $messageId, ?string $field = null): self
    {
        return new self(404, 'not_found', $messageId, $field);
    }

    /**
     * @param string[] $allowed
     */
    public static function methodNotAllowed(array $allowed, string $messageId = self::METHOD_NOT_ALLOWED): self
    {
        $list = implode(', ', $allowed);

        return new self(405, 'method_not_allowed', $messageId, null, ['%methods%' => $list], ['Allow' => $list]);
    }

    /**
     * @param array<string, string|int|float> $params
     */
    public static function conflict(string $messageId, ?string $field = null, array $params = []): self
    {
        return new self(409, 'conflict', $messageId, $field, $params);
    }

    /**
     * @param array<string, string|int|float> $params
     */
    public static function payloadTooLarge(string $messageId, ?string $field = null, array $params = []): self
    {
        return new self(413, 'payload_too_large', $messageId, $field, $params);
    }

    public static function unsupportedMediaType(string $messageId): self
    {
        return new self(415, 'unsupported_media_type', $messageId);
    }

    /**
     * 422: a value is refused; the field is named.
     *
     * @param array<string, string|int|float> $params
     */
    public static function validation(string $field, string $messageId = self::INVALID_VALUE, array $params = [], string $errorCode = 'validation'): self
    {
        return new self(422, $errorCode, $messageId, $field, $params);
    }

    public static function tooManyRequests(int $retryAfterSeconds): self
    {
        return new self(
            429,
            'too_many_requests',
            'Too many failed authentications from this address; retry later.',
            null,
            [],
            ['Retry-After' => (string) max(1, $retryAfterSeconds)]
        );
    }

    /**
     * @param array<string, string> $headers
     */
    public static function unavailable(string $messageId, string $errorCode = 'service_unavailable', array $headers = ['Retry-After' => '60']): self
    {
        return new self(503, $errorCode, $messageId, null, [], $headers);
    }

    /** The same refusal naming another field (an API field name instead of the validator's). */
    public function withField(?string $field): self
    {
        return new self($this->status, $this->errorCode, $this->messageId, $field, $this->params, $this->headers);
    }

    public function status(): int
    {
        return $this->status;
    }

    public function errorCode(): string
    {
        return $this->errorCode;
    }

    public function messageId(): string
    {
        return $this->messageId;
    }

    /**
     * @return array<string, string|int|float>
     */
    public function params(): array
    {
        return $this->params;
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
