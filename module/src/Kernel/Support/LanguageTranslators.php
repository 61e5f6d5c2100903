<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A translator for a given shop language: the mails speak the customer's language (their account's id_lang), not
 * the language of the request that triggered them (a connector's, an employee's).
 */
interface LanguageTranslators
{
    public function forLanguage(int $languageId): Translator;
}
