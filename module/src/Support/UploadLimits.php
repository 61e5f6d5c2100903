<?php

declare(strict_types=1);

namespace Ebpdocuments\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The size limits a document meets: the module's cap (setting MAX_PDF_MB) and PHP's post_max_size and
 * upload_max_filesize, which cut in first when lower. The E-connecteur door sends the PDF in base64 inside a form
 * (about 4/3 of the PDF, more once form-encoded), so its practical limit is about 70 % of post_max_size.
 */
final class UploadLimits
{
    /** Share of post_max_size a base64 PDF can use once base64 (4/3) and form encoding are paid. */
    const BASE64_SHARE = 0.7;

    /** @var int */
    private $maxPdfBytes;
    /** @var int 0 = no limit */
    private $postMaxBytes;
    /** @var int 0 = no limit */
    private $uploadMaxBytes;

    public function __construct(int $maxPdfBytes, int $postMaxBytes, int $uploadMaxBytes)
    {
        $this->maxPdfBytes = $maxPdfBytes;
        $this->postMaxBytes = $postMaxBytes;
        $this->uploadMaxBytes = $uploadMaxBytes;
    }

    public static function fromSettings(Settings $settings): self
    {
        $megabytes = max(1, (int) $settings->get(SettingKeys::MAX_PDF_MB));

        return new self(
            $megabytes * 1024 * 1024,
            self::iniBytes((string) ini_get('post_max_size')),
            self::iniBytes((string) ini_get('upload_max_filesize'))
        );
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
     * The admin set-up shape: {maxPdfBytes, postMaxSize, uploadMaxFilesize, effectiveMaxBytes, phpLimitTooLow}.
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
        ];
    }
}
