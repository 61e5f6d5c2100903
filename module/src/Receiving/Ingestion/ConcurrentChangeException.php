<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Ingestion;

if (!defined('_PS_VERSION_')) {
    exit;
}

/** The document changed (or went) between the moment it was read and the write: the attempt runs again. */
final class ConcurrentChangeException extends \RuntimeException
{
}
