<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The size limits a document meets: the module's cap (setting MAX_PDF_MB) and PHP's post_max_size and
 * upload_max_filesize, which cut in first when lower. The E-connecteur door sends the PDF in base64 inside a form
 * (about 4/3 of the PDF, more once form-encoded), so its practical limit is about 70 % of post_max_size.
 *
 * And the documents of one API batch: the module's cap (BATCH_MAX_ITEMS) and PHP's max_file_uploads (0 when
 * file_uploads is off), because PHP silently drops the file parts after that number.
 */
final class UploadLimits
{
    /** Share of post_max_size a base64 PDF can use once base64 (4/3) and form encoding are paid. */
    const BASE64_SHARE = 0.7;
    /** The module's cap on the documents of one API batch. */
    const BATCH_MAX_ITEMS = 50;

    /** @var int */
    private $maxPdfBytes;
    /** @var int 0 = no limit */
    private $postMaxBytes;
    /** @var int 0 = no limit */
    private $uploadMaxBytes;
    /** @var int file parts PHP keeps in one request */
    private $maxFileUploads;

    public function __construct(int $maxPdfBytes, int $postMaxBytes, int $uploadMaxBytes, int $maxFileUploads = self::BATCH_MAX_ITEMS)
    {
        $this->maxPdfBytes = $maxPdfBytes;
        $this->postMaxBytes = $postMaxBytes;
        $this->uploadMaxBytes = $uploadMaxBytes;
        $this->maxFileUploads = max(0, $maxFileUploads);
    }

    public static function fromSettings(Settings $settings): self
    {
        $megabytes = max(1, (int) $settings->get(SettingKeys::MAX_PDF_MB));

        return new self(
            $megabytes * 1024 * 1024,
            self::iniBytes((string) ini_get('post_max_size')),
            self::iniBytes((string) ini_get('upload_max_filesize')),
            self::iniFileUploads((string) ini_get('file_uploads'), (string) ini_get('max_file_uploads'))
        );
    }

    /** PHP's max_file_uploads, or 0 when file_uploads is off (PHP then keeps no file part at all). */
    public static function iniFileUploads(string $fileUploads, string $maxFileUploads): int
    {
        $off = in_array(strtolower(trim($fileUploads)), ['0', '', 'off', 'false', 'no', 'none'], true);

        return $off ? 0 : max(0, (int) $maxFileUploads);
    }

    /**
     * PHP's shorthand ("8M", "1G", "512K", "0") in bytes; 0 means unlimited.
     */
    public static function iniBytes(string $value): int
    {
        $value = trim($value);
        if ($value === '' || !preg_match('/^(\d+)\s*([kmg]?)/i', $value, $parts)) {
            return 0;
        }
        $bytes = (int) $parts[1];
        $unit = strtolower($parts[2]);
        $factors = ['' => 1, 'k' => 1024, 'm' => 1024 * 1024, 'g' => 1024 * 1024 * 1024];

        return $bytes * $factors[$unit];
    }

    public function maxPdfBytes(): int
    {
        return $this->maxPdfBytes;
    }

    public function postMaxBytes(): int
    {
        return $this->postMaxBytes;
    }

    public function uploadMaxBytes(): int
    {
        return $this->uploadMaxBytes;
    }

    public function maxFileUploads(): int
    {
        return $this->maxFileUploads;
    }

    /** Documents one API batch may hold: the smaller of the module's cap and max_file_uploads. */
    public function batchMaxItems(): int
    {
        return min(self::BATCH_MAX_ITEMS, $this->maxFileUploads);
    }

    /** Whether PHP's max_file_uploads, not the module, sets the batch limit. */
    public function batchLimitedByPhp(): bool
    {
        return $this->maxFileUploads < self::BATCH_MAX_ITEMS;
    }

    /** Largest PDF that both doors accept. */
    public function effectiveMaxBytes(): int
    {
        $limit = $this->maxPdfBytes;
        if ($this->uploadMaxBytes > 0) {
            $limit = min($limit, $this->uploadMaxBytes);
        }
        if ($this->postMaxBytes > 0) {
            $limit = min($limit, (int) floor($this->postMaxBytes * self::BASE64_SHARE));
        }

        return $limit;
    }

    public function phpLimitTooLow(): bool
    {
        return $this->effectiveMaxBytes() < $this->maxPdfBytes;
    }

    /**
     * Largest request body worth reading for the module cap: a base64 PDF in a form, with line breaks and
     * percent-encoding, stays under twice the PDF plus the other fields.
     */
    public function maxBodyBytes(): int
    {
        return 2 * $this->maxPdfBytes + 1024 * 1024;
    }

    /**
     * The admin set-up and health shape: {maxPdfBytes, postMaxSize, uploadMaxFilesize, effectiveMaxBytes,
     * phpLimitTooLow, maxFileUploads, batchMaxItems}.
     *
     * @return array<string, int|bool>
     */
    public function toArray(): array
    {
        return [
            'maxPdfBytes' => $this->maxPdfBytes,
            'postMaxSize' => $this->postMaxBytes,
            'uploadMaxFilesize' => $this->uploadMaxBytes,
            'effectiveMaxBytes' => $this->effectiveMaxBytes(),
            'phpLimitTooLow' => $this->phpLimitTooLow(),
            'maxFileUploads' => $this->maxFileUploads,
            'batchMaxItems' => $this->batchMaxItems(),
        ];
    }
}
