<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A received file written under <storage>/tmp/ with its size and SHA-256, waiting to be validated and promoted.
 */
final class TempFile
{
    /** @var string */
    private $path;
    /** @var int */
    private $size;
    /** @var string */
    private $sha256;

    public function __construct(string $path, int $size, string $sha256)
    {
        $this->path = $path;
        $this->size = $size;
        $this->sha256 = $sha256;
    }

    public function path(): string
    {
        return $this->path;
    }

    public function size(): int
    {
        return $this->size;
    }

    /** Lower-case hex. */
    public function sha256(): string
    {
        return $this->sha256;
    }
}
