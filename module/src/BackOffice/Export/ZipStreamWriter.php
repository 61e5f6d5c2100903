<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Export;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Writes a ZIP archive as a stream, file after file, without a temporary archive: entries are stored (PDFs are
 * compressed already), each file's CRC-32 and size are known before its header is written (the caller reads the
 * file twice), names are UTF-8 (flag bit 11). No ZIP64: callers keep the total under MAX_BYTES and the entry count
 * under MAX_ENTRIES.
 */
final class ZipStreamWriter
{
    const MAX_BYTES = 4000000000;
    const MAX_ENTRIES = 65535;
    const FLAG_UTF8 = 0x0800;

    /** @var callable(string): void */
    private $output;
    /** @var int */
    private $dosTime;
    /** @var int */
    private $dosDate;
    /** @var int bytes written so far */
    private $offset = 0;
    /** @var string */
    private $central = '';
    /** @var int */
    private $entries = 0;
    /** @var array<string, bool> */
    private $names = [];

    /**
     * @param callable(string): void $output
     */
    public function __construct(callable $output, \DateTimeImmutable $time)
    {
        $this->output = $output;
        $year = max(1980, (int) $time->format('Y'));
        $this->dosTime = ((int) $time->format('G') << 11) | ((int) $time->format('i') << 5) | intdiv((int) $time->format('s'), 2);
        $this->dosDate = (($year - 1980) << 9) | ((int) $time->format('n') << 5) | (int) $time->format('j');
    }

    /**
     * A name not used yet in this archive: "Invoice-FA1.pdf", then "Invoice-FA1-2.pdf"…
     */
    public function uniqueName(string $name): string
    {
        $candidate = $name;
        $dot = strrpos($name, '.');
        $stem = $dot === false ? $name : substr($name, 0, $dot);
        $extension = $dot === false ? '' : substr($name, $dot);
        for ($n = 2; isset($this->names[$candidate]); ++$n) {
            $candidate = $stem . '-' . $n . $extension;
        }

        return $candidate;
    }

    /**
     * @param callable(callable(string): void): int $writeBody sends the file's bytes to the given output, answers how many
     */
    public function addFile(string $name, int $size, int $crc32, callable $writeBody): void
    {
        $this->names[$name] = true;
        $header = pack('VvvvvvVVVvv', 0x04034b50, 20, self::FLAG_UTF8, 0, $this->dosTime, $this->dosDate, $crc32, $size, $size, strlen($name), 0) . $name;
        $localOffset = $this->offset;
        $this->write($header);
        $written = (int) $writeBody(function (string $bytes) {
            $this->write($bytes);
        });
        if ($written !== $size) {
            throw new \RuntimeException('A file changed size while it was added to the archive');
        }
        $this->central .= pack('VvvvvvvVVVvvvvvVV', 0x02014b50, 20, 20, self::FLAG_UTF8, 0, $this->dosTime, $this->dosDate, $crc32, $size, $size, strlen($name), 0, 0, 0, 0, 0, $localOffset) . $name;
        ++$this->entries;
    }

    public function finish(): void
    {
        $centralOffset = $this->offset;
        $this->write($this->central);
        $this->write(pack('VvvvvVVv', 0x06054b50, 0, 0, $this->entries, $this->entries, strlen($this->central), $centralOffset, 0));
        $this->central = '';
    }

    private function write(string $bytes): void
    {
        $this->offset += strlen($bytes);
        call_user_func($this->output, $bytes);
    }
}
