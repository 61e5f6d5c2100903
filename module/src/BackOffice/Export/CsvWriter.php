<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Export;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Writes CSV the way Excel in French opens it right: UTF-8 with a BOM, ";" between cells, CRLF line ends, cells
 * quoted when they hold ";", quotes or line breaks. Text cells that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR at the start) get a leading apostrophe; numbers are passed as numbers (not guarded).
 */
final class CsvWriter
{
    const BOM = "\xEF\xBB\xBF";
    const SEPARATOR = ';';

    /** @var callable(string): void */
    private $output;

    /**
     * @param callable(string): void $output
     */
    public function __construct(callable $output)
    {
        $this->output = $output;
    }

    public function start(): void
    {
        call_user_func($this->output, self::BOM);
    }

    /**
     * @param array<int, string> $cells
     */
    public function row(array $cells): void
    {
        $line = [];
        foreach ($cells as $cell) {
            $line[] = self::cell($cell);
        }
        call_user_func($this->output, implode(self::SEPARATOR, $line) . "\r\n");
    }

    /** A text cell, guarded against formula injection. */
    public static function text(?string $value): string
    {
        $value = $value === null ? '' : $value;
        if ($value !== '' && strpos("=+-@\t\r", $value[0]) !== false) {
            return "'" . $value;
        }

        return $value;
    }

    private static function cell(string $value): string
    {
        if (strpbrk($value, ";\"\r\n") === false) {
            return $value;
        }

        return '"' . str_replace('"', '""', $value) . '"';
    }
}
