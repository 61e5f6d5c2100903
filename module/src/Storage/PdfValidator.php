<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Ingestion\InvalidDocumentException;

/**
 * Checks a received file before it is stored: not empty, within the cap, "%PDF-" at offset 0 exactly (readers accept a
 * header anywhere in the first KB, which lets polyglots through), "%%EOF" in the last 1024 bytes (a truncated upload
 * has none), and no active content.
 *
 * Active content is REJECTED (code pdf_active_content), not quarantined: EBP's invoices, quotes and delivery notes
 * never contain JavaScript, launch actions, embedded files or XFA forms, so such a file is not an EBP document, and a
 * quarantine would need a review screen that is out of scope. /OpenAction and /AA alone are not refused: generators
 * use them harmlessly (open at page 1, fit width); the dangerous actions they could run are the names below. Names
 * hidden with #-escapes (/J#61vaScript) are decoded before comparing. Names inside compressed object streams are not
 * seen, nor are stream bodies (compressed binary data would give random false hits); files are never rendered by the module, only served as attachments.
 */
final class PdfValidator
{
    const CHUNK = 1048576;
    const TAIL = 1024;
    /** Longest PDF name we care about is short; this overlap keeps a name cut by a chunk boundary whole. */
    const OVERLAP = 256;

    const ACTIVE_NAMES = ['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'XFA', 'RichMedia'];

    /**
     * @throws InvalidDocumentException pdf_missing, pdf_too_large, pdf_not_pdf, pdf_truncated, pdf_active_content
     */
    public function validate(TempFile $file, int $maxBytes): void
    {
        $size = @filesize($file->path());
        if ($size === false || $size === 0) {
            throw InvalidDocumentException::because('pdf_missing');
        }
        if ($size > $maxBytes) {
            throw InvalidDocumentException::because('pdf_too_large');
        }
        $handle = @fopen($file->path(), 'rb');
        if ($handle === false) {
            throw new StorageException('Cannot read the temporary file');
        }
        try {
            if (fread($handle, 5) !== '%PDF-') {
                throw InvalidDocumentException::because('pdf_not_pdf');
            }
            fseek($handle, max(0, $size - self::TAIL));
            if (strpos((string) fread($handle, self::TAIL), '%%EOF') === false) {
                throw InvalidDocumentException::because('pdf_truncated');
            }
            rewind($handle);
            if ($this->hasActiveContent($handle)) {
                throw InvalidDocumentException::because('pdf_active_content');
            }
        } finally {
            fclose($handle);
        }
    }

    /**
     * Scans the file outside stream bodies (compressed binary data would give random false hits) for active names.
     *
     * @param resource $handle
     */
    private function hasActiveContent($handle): bool
    {
        $pending = '';
        $inStream = false;
        while (!feof($handle)) {
            $chunk = fread($handle, self::CHUNK);
            if ($chunk === false) {
                throw new StorageException('Cannot read the temporary file');
            }
            $buffer = $pending . $chunk;
            unset($chunk);
            // Keep the last bytes for the next round so that a keyword or a name cut by the chunk boundary stays whole.
            $safeEnd = feof($handle) ? strlen($buffer) : max(0, strlen($buffer) - self::OVERLAP);
            $position = 0;
            while ($position < $safeEnd) {
                if ($inStream) {
                    $end = strpos($buffer, 'endstream', $position);
                    if ($end === false || $end >= $safeEnd) {
                        $position = max($position, $safeEnd);
                        break;
                    }
                    $position = $end + 9;
                    $inStream = false;
                    continue;
                }
                $start = $this->streamStart($buffer, $position, $safeEnd);
                $segmentEnd = $start === null ? $safeEnd : $start;
                if ($this->segmentHasActiveName($buffer, $position, $segmentEnd)) {
                    return true;
                }
                $position = $segmentEnd;
                if ($start !== null) {
                    $position = $start + 6;
                    $inStream = true;
                }
            }
            $pending = (string) substr($buffer, $position);
        }

        return false;
    }

    /** Position of the next "stream" keyword (followed by an end of line, not part of "endstream") before $limit. */
    private function streamStart(string $buffer, int $from, int $limit): ?int
    {
        $position = $from;
        while (($found = strpos($buffer, 'stream', $position)) !== false && $found < $limit) {
            $next = substr($buffer, $found + 6, 1);
            $isEnd = $found >= 3 && substr($buffer, $found - 3, 3) === 'end';
            if (!$isEnd && ($next === "\r" || $next === "\n")) {
                return $found;
            }
            $position = $found + 6;
        }

        return null;
    }

    /** Whether a PDF name starting in [$from, $to) is one of ACTIVE_NAMES (after #xx decoding; names are case-sensitive). */
    private function segmentHasActiveName(string $buffer, int $from, int $to): bool
    {
        if ($to <= $from) {
            return false;
        }
        $segment = (string) substr($buffer, $from, $to - $from + 128);
        if (preg_match_all('~/((?:[^\x00\x09\x0A\x0C\x0D\x20()<>\[\]{}/%#]|#[0-9A-Fa-f]{2})+)~', $segment, $matches, PREG_OFFSET_CAPTURE) === 0) {
            return false;
        }
        foreach ($matches[1] as $match) {
            if ($match[1] - 1 >= $to - $from) {
                break;
            }
            $name = (string) preg_replace_callback('/#([0-9A-Fa-f]{2})/', function (array $hex): string {
                return chr((int) hexdec($hex[1]));
            }, $match[0]);
            if (in_array($name, self::ACTIVE_NAMES, true)) {
                return true;
            }
        }

        return false;
    }
}
