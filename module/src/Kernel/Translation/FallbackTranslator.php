<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Translation;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Translator;

/**
 * PrestaShop's translator first (it holds the merchant's own changes to the wordings), the module's catalogue when it
 * has nothing for a wording or cannot be built (the shop's database down while answering a connector).
 */
final class FallbackTranslator implements Translator
{
    /** @var callable(): Translator */
    private $primary;
    /** @var ModuleCatalogue */
    private $catalogue;
    /** @var Translator|null */
    private $built;

    /**
     * @param callable(): Translator $primary built on first use
     */
    public function __construct(callable $primary, ModuleCatalogue $catalogue)
    {
        $this->primary = $primary;
        $this->catalogue = $catalogue;
    }

    public function trans(string $id, array $parameters = [], ?string $domain = null): string
    {
        // The module's catalogue parses the XLF files: only read it when PrestaShop's translator has nothing (a push
        // answered in French pays for it only on a shop whose translation cache lacks the module's wordings).
        try {
            if ($this->built === null) {
                $this->built = call_user_func($this->primary);
            }
            $text = $this->built->trans($id, $parameters, $domain);
        } catch (\Throwable $error) {
            return $this->catalogue->trans($id, $parameters, $domain);
        }

        return $text === strtr($id, array_map('strval', $parameters)) ? $this->catalogue->trans($id, $parameters, $domain) : $text;
    }
}
