<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The part of PrestaShop's translator the module needs, so wordings can be produced outside a shop (tests, harness).
 */
interface Translator
{
    /**
     * @param array<string, string|int|float> $parameters
     */
    public function trans(string $id, array $parameters = [], ?string $domain = null): string;
}
