<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * One uploaded file part as PHP received it. The client's name and type for it are never read: a file's name is
 * always generated.
 */
final class UploadedFile
{
    /** @var string temporary path PHP wrote, '' when the upload failed */
    private $path;
    /** @var int */
    private $size;
    /** @var int one of PHP's UPLOAD_ERR_* codes */
    private $error;

    public function __construct(string $path, int $size, int $error)
    {
        $this->path = $path;
        $this->size = $size;
        $this->error = $error;
    }

    public function path(): string
    {
        return $this->path;
    }

    public function size(): int
    {
        return $this->size;
    }

    public function error(): int
    {
        return $this->error;
    }

    public function isOk(): bool
    {
        return $this->error === UPLOAD_ERR_OK && $this->path !== '';
    }

    /** PHP refused the part because of upload_max_filesize or the form's MAX_FILE_SIZE. */
    public function isTooLarge(): bool
    {
        return $this->error === UPLOAD_ERR_INI_SIZE || $this->error === UPLOAD_ERR_FORM_SIZE;
    }
}
