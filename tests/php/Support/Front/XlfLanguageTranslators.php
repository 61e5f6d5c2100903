<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Front;

use Ebpdocuments\Kernel\Support\LanguageTranslators;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;

/**
 * Languages as a shop with English (id 1) and French (id 2) has them: French reads the module's own fr-FR
 * catalogues (module/translations/fr-FR/*.xlf), so a test sees the wording a French customer receives.
 */
final class XlfLanguageTranslators implements LanguageTranslators
{
    const FRENCH = 2;

    public function forLanguage(int $languageId): Translator
    {
        if ($languageId !== self::FRENCH) {
            return new IdentityTranslator();
        }

        return new class() implements Translator {
            /** @var array<string, string>|null */
            private $catalogue;

            public function trans(string $id, array $parameters = [], ?string $domain = null): string
            {
                if ($this->catalogue === null) {
                    $this->catalogue = [];
                    foreach (glob(__DIR__ . '/../../../../module/translations/fr-FR/*.xlf') ?: [] as $file) {
                        $xml = simplexml_load_file($file);
                        if ($xml === false) {
                            continue;
                        }
                        $xml->registerXPathNamespace('x', 'urn:oasis:names:tc:xliff:document:1.2');
                        foreach ($xml->xpath('//x:trans-unit') ?: [] as $unit) {
                            $children = $unit->children('urn:oasis:names:tc:xliff:document:1.2');
                            $this->catalogue[(string) $children->source] = (string) $children->target;
                        }
                    }
                }
                $text = isset($this->catalogue[$id]) ? $this->catalogue[$id] : $id;

                return strtr($text, array_map('strval', $parameters));
            }
        };
    }
}
