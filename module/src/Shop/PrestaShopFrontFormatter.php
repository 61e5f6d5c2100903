<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Formats the raw dates and amounts of the customer pages in the visitor's language and currency format, with
 * PrestaShop's own tools (the same ones the order history uses).
 */
final class PrestaShopFrontFormatter
{
    /** @var \Context */
    private $context;

    public function __construct(\Context $context)
    {
        $this->context = $context;
    }

    /**
     * Adds dateFormatted and totalFormatted to each document row.
     *
     * @param array<int, array<string, mixed>> $documents
     *
     * @return array<int, array<string, mixed>>
     */
    public function documents(array $documents): array
    {
        foreach ($documents as $index => $document) {
            $documents[$index]['dateFormatted'] = $this->date(isset($document['date']) ? $document['date'] : null);
            $documents[$index]['totalFormatted'] = $this->price(
                isset($document['totalTaxIncl']) ? $document['totalTaxIncl'] : null,
                isset($document['currency']) ? $document['currency'] : null
            );
        }

        return $documents;
    }

    /**
     * @param mixed $date "YYYY-MM-DD" or null
     */
    public function date($date): string
    {
        if (!is_string($date) || $date === '' || strpos($date, '0000-00-00') === 0) {
            return '';
        }
        try {
            return (string) \Tools::displayDate($date);
        } catch (\Throwable $e) {
            return $date;
        }
    }

    /**
     * @param mixed $amount decimal string or null
     * @param mixed $currency ISO code or null
     */
    public function price($amount, $currency): string
    {
        if ($amount === null || $amount === '' || !is_numeric($amount)) {
            return '';
        }
        $iso = is_string($currency) && preg_match('/^[A-Z]{3}$/', $currency) === 1
            ? $currency
            : (isset($this->context->currency->iso_code) ? (string) $this->context->currency->iso_code : '');
        try {
            $locale = $this->context->getCurrentLocale();
            if ($locale === null) {
                throw new \RuntimeException('No locale in the context');
            }

            return (string) $locale->formatPrice((float) $amount, $iso);
        } catch (\Throwable $e) {
            // An ISO code the shop does not know: plain number and code rather than a broken page.
            return number_format((float) $amount, 2, '.', ' ') . ($iso !== '' ? ' ' . $iso : '');
        }
    }
}
