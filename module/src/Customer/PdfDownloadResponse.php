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
                // PHP's own passthru (what readfile() uses: the file is mapped and written in large blocks, outside
                // PHP's memory), so the download runs as fast as readfile() and the memory stays flat whatever the size.
                fpassthru($handle);
            } finally {
                fclose($handle);
            }
        });
    }
}
