<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * Strict base64 decoding in chunks, straight into a file and a hash, so a 20 MB PDF never exists twice in memory.
 * base64 is the transport E-connecteur uses for the PDF field; the decoded bytes are only ever written to a file.
 * Form encoding turns an unescaped "+" into a space, so spaces become "+" again; line breaks and tabs are dropped;
 * an optional "data:application/pdf;base64," prefix is accepted. Anything else fails clearly.
 */
final class Base64PdfDecoder
{
    const CHUNK = 1048576;
    const DATA_URI_PREFIX = 'data:application/pdf;base64,';

    /**
     * @param resource $output open for writing
     * @param Sha256 $hash receives the decoded bytes
     *
     * @return int decoded bytes written
     *
     * @throws Refusal pdf_missing, pdf_not_base64, pdf_too_large
     */
    public function decode(string $base64, $output, Sha256 $hash, int $maxBytes): int
    {
        $length = strlen($base64);
        $position = strspn($base64, "\r\n\t");
        if (strncasecmp((string) substr($base64, $position, strlen(self::DATA_URI_PREFIX)), self::DATA_URI_PREFIX, strlen(self::DATA_URI_PREFIX)) === 0) {
            $position += strlen(self::DATA_URI_PREFIX);
        }
        $buffer = '';
        $sawPadding = false;
        $written = 0;
        $seenData = false;
        for (; $position < $length; $position += self::CHUNK) {
            $chunk = str_replace(["\r", "\n", "\t"], '', strtr((string) substr($base64, $position, self::CHUNK), ' ', '+'));
            if ($chunk === '') {
                continue;
            }
            $seenData = true;
            if (preg_match('#^[A-Za-z0-9+/]*=*$#', $chunk) !== 1 || ($sawPadding && strspn($chunk, '=') !== strlen($chunk))) {
                throw DocumentRefusals::because('pdf_not_base64');
            }
            if (strpos($chunk, '=') !== false) {
                $sawPadding = true;
            }
            $buffer .= $chunk;
            unset($chunk);
            $limit = $sawPadding ? (int) strpos($buffer, '=') : strlen($buffer);
            $usable = $limit - $limit % 4;
            if ($usable > 0) {
                $written += $this->emit(substr($buffer, 0, $usable), $output, $hash, $maxBytes - $written);
                $buffer = (string) substr($buffer, $usable);
            }
        }
        if (!$seenData) {
            throw DocumentRefusals::because('pdf_missing');
        }
        if ($buffer !== '') {
            if (strlen($buffer) % 4 !== 0 || strlen($buffer) - strlen(rtrim($buffer, '=')) > 2 || rtrim($buffer, '=') === '') {
                throw DocumentRefusals::because('pdf_not_base64');
            }
            $written += $this->emit($buffer, $output, $hash, $maxBytes - $written);
        }
        if ($written === 0) {
            throw DocumentRefusals::because('pdf_missing');
        }

        return $written;
    }

    /**
     * @param resource $output
     */
    private function emit(string $block, $output, Sha256 $hash, int $room): int
    {
        $bytes = base64_decode($block, true);
        if ($bytes === false) {
            throw DocumentRefusals::because('pdf_not_base64');
        }
        $size = strlen($bytes);
        if ($size > $room) {
            throw DocumentRefusals::because('pdf_too_large');
        }
        $hash->update($bytes);
        if ($size > 0 && fwrite($output, $bytes) !== $size) {
            throw new StorageException('Cannot write the temporary file');
        }

        return $size;
    }
}
