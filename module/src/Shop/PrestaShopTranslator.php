<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Translator;

/**
 * PrestaShop's translator (Symfony's, with the shop's and the merchant's catalogues).
 */
final class PrestaShopTranslator implements Translator
{
    /** @var \Symfony\Contracts\Translation\TranslatorInterface PS 8 and 9 (Symfony 4.4 to 6.4); PS 1.7.8's has trans() too */
    private $translator;

    /**
     * @param \Symfony\Contracts\Translation\TranslatorInterface $translator
     */
    public function __construct($translator)
    {
        $this->translator = $translator;
    }

    public function trans(string $id, array $parameters = [], ?string $domain = null): string
    {
        return (string) $this->translator->trans($id, $parameters, $domain);
    }
}
