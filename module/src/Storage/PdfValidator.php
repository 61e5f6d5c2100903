<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * Checks a received file before it is stored: not empty, within the cap, "%PDF-" at offset 0 exactly (readers accept a
 * header anywhere in the first KB, which lets polyglots through), "%%EOF" in the last 1024 bytes (a truncated upload
 * has none), and no active content (ActiveContentScanner: PDF's lexical rules, stream bodies skipped by /Length,
 * object streams inflated).
 *
 * Active content is REJECTED (code pdf_active_content), not quarantined: EBP's invoices, quotes and delivery notes
 * never contain JavaScript, launch actions, embedded files, XFA or rich-media, forms that submit or import data, so
 * such a file is not an EBP document, and a quarantine would need a review screen that is out of scope. /OpenAction
 * and /AA alone are not refused: generators use them harmlessly (open at page 1, fit width); the dangerous actions
 * they could run are the names of ActiveContentScanner::FORBIDDEN_NAMES. A file whose objects cannot be checked (an
 * object stream in an encoding we do not decode) is refused with pdf_uncheckable. Files are never rendered by the
 * module, only served as attachments.
 */
final class PdfValidator
{
    const TAIL = 1024;

    /**
     * @throws Refusal pdf_missing, pdf_too_large, pdf_not_pdf, pdf_truncated, pdf_active_content,
     *                                  pdf_uncheckable
     */
    public function validate(TempFile $file, int $maxBytes): void
    {
        $size = @filesize($file->path());
        if ($size === false || $size === 0) {
            throw DocumentRefusals::because('pdf_missing');
        }
        if ($size > $maxBytes) {
            throw DocumentRefusals::because('pdf_too_large');
        }
        $handle = @fopen($file->path(), 'rb');
        if ($handle === false) {
            throw new StorageException('Cannot read the temporary file');
        }
        try {
            if (fread($handle, 5) !== '%PDF-') {
                throw DocumentRefusals::because('pdf_not_pdf');
            }
            fseek($handle, max(0, $size - self::TAIL));
            if (strpos((string) fread($handle, self::TAIL), '%%EOF') === false) {
                throw DocumentRefusals::because('pdf_truncated');
            }
            rewind($handle);
            ActiveContentScanner::scan($handle);
        } finally {
            fclose($handle);
        }
    }
}
