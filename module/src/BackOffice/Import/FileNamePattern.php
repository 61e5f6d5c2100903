<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Import;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Where the document number sits in a PDF's file name: "{number}" marks it, "*" stands for any text, the rest is
 * literal and case-insensitive ("Facture {number}.pdf", "*_{number}.pdf"). Only the file's base name is read
 * (folders of the ZIP are ignored). Numbers are compared by key(): letters and digits only, upper case, because a
 * number with "/" cannot be a file name.
 */
final class FileNamePattern
{
    const DEFAULT_PATTERN = '{number}.pdf';
    /** Tried in this order when the merchant did not choose a pattern. */
    const CANDIDATES = ['{number}.pdf', '* {number}.pdf', '*_{number}.pdf', '*-{number}.pdf', '{number}_*.pdf', '{number} *.pdf', '{number}-*.pdf'];

    /** @var string */
    private $pattern;
    /** @var string */
    private $regex;

    public function __construct(string $pattern)
    {
        $pattern = trim($pattern);
        if (substr_count($pattern, '{number}') !== 1 || strlen($pattern) > 120) {
            throw new \InvalidArgumentException('The pattern needs {number} once');
        }
        $this->pattern = $pattern;
        $regex = '';
        foreach (preg_split('/(\{number\}|\*)/', $pattern, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY) ?: [] as $part) {
            if ($part === '{number}') {
                $regex .= '(.+?)';
            } elseif ($part === '*') {
                $regex .= '.*';
            } else {
                $regex .= preg_quote($part, '~');
            }
        }
        $this->regex = '~^' . $regex . '$~iu';
    }

    public static function isValid(string $pattern): bool
    {
        try {
            new self($pattern);

            return true;
        } catch (\InvalidArgumentException $e) {
            return false;
        }
    }

    public function pattern(): string
    {
        return $this->pattern;
    }

    /** The number read from a ZIP entry name, or null when the name does not fit the pattern. */
    public function numberOf(string $entryName): ?string
    {
        $base = basename(str_replace('\\', '/', $entryName));
        if (preg_match($this->regex, $base, $parts) !== 1) {
            return null;
        }
        $number = trim($parts[1]);

        return $number === '' ? null : $number;
    }

    public static function key(string $number): string
    {
        return strtoupper((string) preg_replace('/[^A-Za-z0-9]+/', '', $number));
    }
}
