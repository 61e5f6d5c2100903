<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\Kernel\Support\Translator;

/**
 * Answers the wording itself, with its parameters replaced: what PrestaShop does for an untranslated wording.
 */
final class IdentityTranslator implements Translator
{
    public function trans(string $id, array $parameters = [], ?string $domain = null): string
    {
        return strtr($id, array_map('strval', $parameters));
    }
}
