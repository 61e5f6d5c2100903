<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What DocumentStorage::sweep() did and found.
 */
final class SweepReport
{
    const FILE_MISSING = 'missing';
    const SIZE_MISMATCH = 'size';
    const HASH_MISMATCH = 'hash';

    /** @var int */
    public $removedTempFiles = 0;
    /** @var int */
    public $removedOrphans = 0;
    /** @var array<int, array{id_document: int, file_name: string, problem: string}> rows whose file is missing or differs */
    public $damaged = [];
}
