<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The storage folder cannot be written or read (permissions, disk full…): a server fault (HTTP 500/503), never the
 * sender's. Messages never contain the path.
 */
final class StorageException extends \RuntimeException
{
}
