<?php

declare(strict_types=1);

namespace Ebpdocuments\Documents;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A refused operation on a document: a machine code, an English message, the field at fault if any, and the
 * HTTP status each kind of refusal answers with.
 */
abstract class DocumentOperationException extends \RuntimeException
{
    /** @var string */
    private $errorCode;
    /** @var string|null */
    private $field;

    public function __construct(string $errorCode, string $message, ?string $field = null)
    {
        parent::__construct($message);
        $this->errorCode = $errorCode;
        $this->field = $field;
    }

    public function errorCode(): string
    {
        return $this->errorCode;
    }

    public function field(): ?string
    {
        return $this->field;
    }

    abstract public function httpStatus(): int;
}
