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
        $fallback = $this->catalogue->trans($id, $parameters, $domain);
        try {
            if ($this->built === null) {
                $this->built = call_user_func($this->primary);
            }
            $text = $this->built->trans($id, $parameters, $domain);
        } catch (\Throwable $error) {
            return $fallback;
        }

        return $text === strtr($id, array_map('strval', $parameters)) ? $fallback : $text;
    }
}
