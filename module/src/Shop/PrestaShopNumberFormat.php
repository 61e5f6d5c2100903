<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\DecimalNumberFormat;
use Ebpdocuments\Kernel\Support\NumberFormat;

/**
 * The decimal separator of the context's locale (PrestaShop's CLDR locale formats 1.5 as "1,5" in French), read
 * when first needed; the language's usual separator when the locale is not available.
 */
final class PrestaShopNumberFormat implements NumberFormat
{
    /** @var \Context */
    private $context;
    /** @var DecimalNumberFormat|null */
    private $format;

    public function __construct(\Context $context)
    {
        $this->context = $context;
    }

    public function amount(string $decimal): string
    {
        if ($this->format === null) {
            $this->format = $this->detect();
        }

        return $this->format->amount($decimal);
    }

    private function detect(): DecimalNumberFormat
    {
        try {
            $locale = $this->context->getCurrentLocale();
            if ($locale !== null) {
                $sample = (string) $locale->formatNumber(1.5);
                if (preg_match('/^1(\D+)5$/u', $sample, $parts) === 1) {
                    return new DecimalNumberFormat($parts[1]);
                }
            }
        } catch (\Throwable $e) {
            // Falls back on the language below.
        }
        $language = isset($this->context->language->iso_code) ? (string) $this->context->language->iso_code : 'en';

        return DecimalNumberFormat::forLocale($language);
    }
}
