<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * One translator whatever the language: the default where no per-language catalogue is known.
 */
final class SameLanguageTranslators implements LanguageTranslators
{
    /** @var Translator */
    private $translator;

    public function __construct(Translator $translator)
    {
        $this->translator = $translator;
    }

    public function forLanguage(int $languageId): Translator
    {
        return $this->translator;
    }
}
