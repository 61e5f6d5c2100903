<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Http\Response;

/**
 * The answer that hands a stored PDF to a browser, for the customer's download and the employee's alike:
 * attachment, nosniff, no cache, sandbox CSP, streamed in chunks so a large file never sits in memory.
 */
final class PdfDownloadResponse
{
    /** 256 KB per read and write: a 50 MB file in 200 of each; more gained nothing measurable. */
    const CHUNK_BYTES = 262144;

    /**
     * @param resource $handle the open stored file; closed once streamed
     * @param int $recordedSize the size saved with the document, used when the file cannot be stat'ed
     */
    public static function stream($handle, int $recordedSize, DownloadFileName $fileName): Response
    {
        $stat = fstat($handle);
        $size = is_array($stat) ? (int) $stat['size'] : $recordedSize;

        return Response::stream(200, [
            'Content-Type' => 'application/pdf',
            'Content-Disposition' => $fileName->contentDisposition(),
            'Content-Length' => (string) $size,
            'X-Content-Type-Options' => 'nosniff',
            'Cache-Control' => 'private, no-store, max-age=0',
            'Pragma' => 'no-cache',
            'X-Robots-Tag' => 'noindex, nofollow',
            'Content-Security-Policy' => "default-src 'none'; sandbox",
        ], function () use ($handle) {
            try {
                // Large reads, each written as it comes: fpassthru() and readfile() copy 8 KB at a time (a read and a
                // write system call per 8 KB, 12,800 for 50 MB), which is what bounds a large download's speed. The
                // memory stays at one chunk whatever the file's size; a read error (false) ends it like the file's end.
                while (($chunk = (string) fread($handle, self::CHUNK_BYTES)) !== '') {
                    echo $chunk;
                }
            } finally {
                fclose($handle);
            }
        });
    }
}
