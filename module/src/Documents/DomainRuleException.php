<?php

declare(strict_types=1);

namespace Ebpdocuments\Documents;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A business rule refuses the operation (e.g. assigning a document to a guest): HTTP 422 with the field at fault.
 */
final class DomainRuleException extends DocumentOperationException
{
    public function httpStatus(): int
    {
        return 422;
    }
}
