<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Amounts with two decimals and a given decimal separator, without grouping (a thousands separator would make
 * spreadsheets read the cell as text).
 */
final class DecimalNumberFormat implements NumberFormat
{
    /** @var string */
    private $separator;

    public function __construct(string $separator = '.')
    {
        $this->separator = $separator === '' ? '.' : $separator;
    }

    public function amount(string $decimal): string
    {
        if (!is_numeric($decimal)) {
            return '';
        }

        return number_format((float) $decimal, 2, $this->separator, '');
    }

    /** The separator of a locale code when nothing better is known ("fr-FR" → ","). */
    public static function forLocale(string $locale): self
    {
        $language = strtolower(substr($locale, 0, 2));
        $comma = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'ru', 'uk', 'sv', 'da', 'nb', 'fi', 'ro', 'hu', 'tr', 'el', 'bg', 'hr', 'sl', 'lt', 'lv', 'et', 'id', 'vi'];

        return new self(in_array($language, $comma, true) ? ',' : '.');
    }
}
