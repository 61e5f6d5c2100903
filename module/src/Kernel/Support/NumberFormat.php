<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * How the shop writes a plain number (the employee's locale): exports use it for amounts, so a spreadsheet in that
 * language reads them as numbers. Shop\PrestaShopNumberFormat asks PrestaShop's locale; DecimalNumberFormat is
 * the plain implementation (tests, harness, fallback).
 */
interface NumberFormat
{
    /** "1234.500000" → "1234,50" in French: two decimals, the locale's decimal separator, no grouping. */
    public function amount(string $decimal): string;
}
