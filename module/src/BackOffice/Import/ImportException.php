<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Import;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A request the import cannot follow (wrong state, bad size, lost upload…): the admin actions turn it into a 422
 * (409 for offset_mismatch, with the bytes already received) naming the param.
 */
final class ImportException extends \RuntimeException
{
    /** @var string */
    private $errorCode;
    /** @var string */
    private $field;
    /** @var int|null */
    private $received;

    public function __construct(string $errorCode, string $field, ?int $received = null)
    {
        parent::__construct('Import refused: ' . $errorCode);
        $this->errorCode = $errorCode;
        $this->field = $field;
        $this->received = $received;
    }

    public function errorCode(): string
    {
        return $this->errorCode;
    }

    public function field(): string
    {
        return $this->field;
    }

    public function received(): ?int
    {
        return $this->received;
    }
}
