<?php

declare(strict_types=1);

namespace Ebpdocuments\Front;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Http\Response;

/**
 * The answer that hands a stored PDF to a browser, for the customer's download and the employee's alike:
 * attachment, nosniff, no cache, sandbox CSP, streamed in chunks so a large file never sits in memory.
 */
final class PdfDownloadResponse
{
    const CHUNK_BYTES = 65536;

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
                while (!feof($handle)) {
                    $chunk = fread($handle, self::CHUNK_BYTES);
                    if ($chunk === false) {
                        break;
                    }
                    echo $chunk;
                    flush();
                }
            } finally {
                fclose($handle);
            }
        });
    }
}
