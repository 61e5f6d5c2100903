<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Translation;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Translator;

/**
 * The module's own catalogue of one locale (translations/<locale>/*.xlf, the files PrestaShop loads for the module),
 * read without PrestaShop: the connector doors' language where PrestaShop's translator cannot give it (a shop
 * without that language, a failure before the shop is built), and the harness's. Every domain of the module is read
 * (the files name their domain); an unknown wording is answered as is, with its parameters, as PrestaShop does.
 */
final class ModuleCatalogue implements Translator
{
    /** @var string */
    private $directory;
    /** @var array<string, array<string, string>>|null domain (without dots) => source => target */
    private $units;

    public function __construct(string $locale, ?string $translationsDirectory = null)
    {
        $base = $translationsDirectory !== null ? $translationsDirectory : dirname(__DIR__, 3) . '/translations';
        $this->directory = rtrim($base, '/') . '/' . $locale;
    }

    public function trans(string $id, array $parameters = [], ?string $domain = null): string
    {
        $units = $this->units();
        $key = str_replace('.', '', (string) $domain);
        $text = isset($units[$key][$id]) ? $units[$key][$id] : $id;

        return strtr($text, array_map('strval', $parameters));
    }

    /** Whether the catalogue holds this wording (for the domain). */
    public function has(string $id, string $domain): bool
    {
        $units = $this->units();

        return isset($units[str_replace('.', '', $domain)][$id]);
    }

    /**
     * @return array<string, array<string, string>>
     */
    private function units(): array
    {
        if ($this->units !== null) {
            return $this->units;
        }
        $this->units = [];
        foreach (glob($this->directory . '/*.xlf') ?: [] as $file) {
            $domain = (string) strstr(basename($file), '.', true);
            $xml = @simplexml_load_file($file);
            if ($xml === false) {
                continue;
            }
            foreach ($xml->children()->file as $part) {
                foreach ($part->body->children() as $unit) {
                    $this->units[$domain][(string) $unit->source] = (string) $unit->target;
                }
            }
        }

        return $this->units;
    }
}
