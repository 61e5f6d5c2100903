<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Import;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The document list EBP exports: read whole (a year of documents is a few MB), in UTF-8 (with or without BOM) or
 * Windows-1252 (then converted), separated by ";" (or "," / tab when the header says so), first line = column names.
 */
final class CsvTable
{
    const MAX_BYTES = 52428800;

    /** @var string[] */
    private $header;
    /** @var array<int, array{line: int, cells: string[]}> */
    private $rows;
    /** @var string */
    private $encoding;

    /**
     * @param string[] $header
     * @param array<int, array{line: int, cells: string[]}> $rows
     */
    private function __construct(array $header, array $rows, string $encoding)
    {
        $this->header = $header;
        $this->rows = $rows;
        $this->encoding = $encoding;
    }

    public static function parse(string $bytes): self
    {
        $encoding = 'UTF-8';
        if (strncmp($bytes, "\xEF\xBB\xBF", 3) === 0) {
            $bytes = substr($bytes, 3);
        } elseif (!mb_check_encoding($bytes, 'UTF-8')) {
            $encoding = 'Windows-1252';
            $bytes = (string) mb_convert_encoding($bytes, 'UTF-8', 'Windows-1252');
        }
        $firstLine = strtok($bytes, "\r\n");
        $separator = self::separator($firstLine === false ? '' : $firstLine);
        $handle = fopen('php://temp', 'r+b');
        if ($handle === false) {
            throw new \RuntimeException('Cannot buffer the CSV');
        }
        fwrite($handle, $bytes);
        rewind($handle);
        $header = null;
        $rows = [];
        $line = 0;
        while (is_array($cells = fgetcsv($handle, 0, $separator, '"'))) {
            ++$line;
            if ($cells === [null] || (count($cells) === 1 && trim((string) $cells[0]) === '')) {
                continue;
            }
            $cells = array_map(function ($cell): string {
                return trim((string) $cell);
            }, $cells);
            if ($header === null) {
                $header = $cells;
                continue;
            }
            $rows[] = ['line' => $line, 'cells' => $cells];
        }
        fclose($handle);

        return new self($header === null ? [] : $header, $rows, $encoding);
    }

    /**
     * @return string[]
     */
    public function header(): array
    {
        return $this->header;
    }

    /**
     * @return array<int, array{line: int, cells: string[]}>
     */
    public function rows(): array
    {
        return $this->rows;
    }

    public function encoding(): string
    {
        return $this->encoding;
    }

    private static function separator(string $header): string
    {
        $best = ';';
        $bestCount = substr_count($header, ';');
        foreach (["\t", ','] as $candidate) {
            if (substr_count($header, $candidate) > $bestCount) {
                $best = $candidate;
                $bestCount = substr_count($header, $candidate);
            }
        }

        return $best;
    }
}
