<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Database;

if (!defined('_PS_VERSION_')) {
    exit;
}

/** A deadlock or lock timeout: the whole transaction may be run again. */
final class RetryableDatabaseException extends DatabaseException
{
}
