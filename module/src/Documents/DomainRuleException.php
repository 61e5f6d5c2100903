<?php

declare(strict_types=1);

namespace Ebpdocuments\Documents;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A business rule refuses the operation (e.g. assigning a document to a guest): HTTP 422 with the field at fault.
 */
final class DomainRuleException extends \RuntimeException
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

    public function httpStatus(): int
    {
        return 422;
    }
}
