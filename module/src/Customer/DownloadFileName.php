<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The name the customer's browser saves: "<Type label>-<number>.pdf" ("Facture-FA00123.pdf"). EBP numbers may
 * hold "/" or "\" (FA/2024/001) and labels may hold accents, so the header carries an ASCII fallback and the
 * RFC 5987 UTF-8 form.
 */
final class DownloadFileName
{
    /** @var string UTF-8 name, without path separators or controls */
    private $name;

    public function __construct(string $typeLabel, string $reference)
    {
        $base = self::clean($typeLabel) . '-' . self::clean($reference);
        $base = trim((string) preg_replace('/-{2,}/', '-', $base), '-.');
        if ($base === '') {
            $base = 'document';
        }
        $this->name = mb_substr($base, 0, 120, 'UTF-8') . '.pdf';
    }

    public function utf8(): string
    {
        return $this->name;
    }

    /** Same name with accents folded and anything else non-ASCII turned into "-". */
    public function ascii(): string
    {
        $folded = strtr($this->name, [
            'à' => 'a', 'â' => 'a', 'ä' => 'a', 'á' => 'a', 'ç' => 'c', 'é' => 'e', 'è' => 'e', 'ê' => 'e', 'ë' => 'e',
            'î' => 'i', 'ï' => 'i', 'í' => 'i', 'ô' => 'o', 'ö' => 'o', 'ó' => 'o', 'ù' => 'u', 'û' => 'u', 'ü' => 'u',
            'ú' => 'u', 'ÿ' => 'y', 'ñ' => 'n', 'À' => 'A', 'Â' => 'A', 'Ç' => 'C', 'É' => 'E', 'È' => 'E', 'Ê' => 'E',
            'Î' => 'I', 'Ô' => 'O', 'Ù' => 'U', 'Û' => 'U', 'œ' => 'oe', 'Œ' => 'OE', 'æ' => 'ae', 'Æ' => 'AE',
        ]);
        $ascii = (string) preg_replace('/[^A-Za-z0-9._-]+/', '-', $folded);
        $ascii = trim((string) preg_replace('/-{2,}/', '-', $ascii), '-');

        return $ascii === '' || $ascii === '.pdf' ? 'document.pdf' : $ascii;
    }

    /** The Content-Disposition value: attachment with both forms. */
    public function contentDisposition(): string
    {
        return 'attachment; filename="' . $this->ascii() . '"; filename*=UTF-8\'\'' . rawurlencode($this->name);
    }

    /**
     * Keeps letters, digits, ".", "_" and "-" (any script); path separators, quotes, spaces, controls and the rest
     * become "-".
     */
    private static function clean(string $text): string
    {
        if (!mb_check_encoding($text, 'UTF-8')) {
            $text = (string) preg_replace('/[^\x20-\x7E]/', '-', $text);
        }

        return (string) preg_replace('/[^\p{L}\p{N}._-]+/u', '-', trim($text));
    }
}
