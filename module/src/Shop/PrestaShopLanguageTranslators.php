<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\LanguageTranslators;
use Ebpdocuments\Kernel\Support\Translator;

/**
 * PrestaShop's translator asked for a shop language's locale, as core does for its own mail subjects
 * (`trans($id, $parameters, $domain, $language->locale)`): the catalogues of that locale, whatever the language of
 * the request. An unknown language gets the request's.
 */
final class PrestaShopLanguageTranslators implements LanguageTranslators
{
    /** @var \Context */
    private $context;

    public function __construct(\Context $context)
    {
        $this->context = $context;
    }

    /**
     * PrestaShop's translator of a locale (its own catalogues and the merchant's changes), whatever the language of
     * the request: the request's own when it has that locale, else one built for it as core does
     * (Context::getTranslatorFromLocale, which loads the active modules' catalogues of that locale).
     */
    public function forLocale(string $locale): Translator
    {
        $language = $this->context->language;
        if (isset($language->locale) && strtolower((string) $language->locale) === strtolower($locale)) {
            return new PrestaShopTranslator($this->context->getTranslator());
        }

        return new PrestaShopTranslator($this->context->getTranslatorFromLocale($locale));
    }

    public function forLanguage(int $languageId): Translator
    {
        $locale = $languageId > 0 ? \Language::getLocaleById($languageId) : null;
        $translator = $this->context->getTranslator();
        if (!is_string($locale) || $locale === '') {
            return new PrestaShopTranslator($translator);
        }

        return new class($translator, $locale) implements Translator {
            /** @var \Symfony\Contracts\Translation\TranslatorInterface */
            private $translator;
            /** @var string */
            private $locale;

            /**
             * @param \Symfony\Contracts\Translation\TranslatorInterface $translator
             */
            public function __construct($translator, string $locale)
            {
                $this->translator = $translator;
                $this->locale = $locale;
            }

            public function trans(string $id, array $parameters = [], ?string $domain = null): string
            {
                return (string) $this->translator->trans($id, $parameters, $domain, $this->locale);
            }
        };
    }
}
