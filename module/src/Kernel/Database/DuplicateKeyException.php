<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Database;

if (!defined('_PS_VERSION_')) {
    exit;
}

/** A UNIQUE index refused the row: another request stored the same thing first. */
final class DuplicateKeyException extends DatabaseException
{
}
