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
 * without that language, a failure before the shop is built), and the harness's. The files name their domain; an
 * unknown wording is answered as is, with its parameters, as PrestaShop does.
 *
 * A connector's push needs two or three wordings of a 170 KB file: parsing all of it cost 1.8 ms a request. So a
 * wording is looked up in the raw text of its domain's file (its <source> as the XLF writes it), and only its own
 * <trans-unit> is parsed; a wording not found that way (another escaping of the same text, or no such wording) is
 * looked up in the whole file, parsed once. The answers are those of a full parse.
 */
final class ModuleCatalogue implements Translator
{
    /** @var string */
    private $directory;
    /** @var array<string, array<string, string>> domain (without dots) => file => its text */
    private $texts = [];
    /** @var array<string, array<string, string>> domain (without dots) => source => target, parsed in full */
    private $parsed = [];

    public function __construct(string $locale, ?string $translationsDirectory = null)
    {
        $base = $translationsDirectory !== null ? $translationsDirectory : dirname(__DIR__, 3) . '/translations';
        $this->directory = rtrim($base, '/') . '/' . $locale;
    }

    public function trans(string $id, array $parameters = [], ?string $domain = null): string
    {
        $text = $this->lookup($id, (string) $domain);

        return strtr($text === null ? $id : $text, array_map('strval', $parameters));
    }

    /** Whether the catalogue holds this wording (for the domain). */
    public function has(string $id, string $domain): bool
    {
        return $this->lookup($id, $domain) !== null;
    }

    private function lookup(string $id, string $domain): ?string
    {
        $key = str_replace('.', '', $domain);
        if ($key === '') {
            return null;
        }
        if (!isset($this->texts[$key])) {
            $this->texts[$key] = [];
            foreach (glob($this->directory . '/' . $key . '.*xlf') ?: [] as $file) {
                // The domain is the name before the first dot, exactly (ModulesEbpdocumentsAdmin.fr-FR.xlf).
                if ((string) strstr(basename($file), '.', true) === $key) {
                    $this->texts[$key][$file] = (string) @file_get_contents($file);
                }
            }
        }
        // Like the full parse, the last file and the last unit holding the wording win.
        $needle = '<source>' . htmlspecialchars($id, ENT_XML1 | ENT_NOQUOTES, 'UTF-8') . '</source>';
        foreach (array_reverse($this->texts[$key]) as $text) {
            $target = self::unitTarget($text, $needle, $id);
            if ($target !== null) {
                return $target;
            }
        }

        return $this->parsedUnits($key)[$id] ?? null;
    }

    /** The target of the last <trans-unit> of $text whose source is $needle (and reads back as $id); null if none. */
    private static function unitTarget(string $text, string $needle, string $id): ?string
    {
        $at = strrpos($text, $needle);
        if ($at === false) {
            return null;
        }
        $start = strrpos(substr($text, 0, $at), '<trans-unit');
        $end = strpos($text, '</trans-unit>', $at);
        if ($start === false || $end === false) {
            return null;
        }
        $unit = @simplexml_load_string(substr($text, $start, $end + strlen('</trans-unit>') - $start));
        if ($unit === false || (string) $unit->source !== $id) {
            return null;
        }

        return (string) $unit->target;
    }

    /**
     * Every unit of the domain's files (read once): for a wording the quick look-up did not find.
     *
     * @return array<string, string>
     */
    private function parsedUnits(string $key): array
    {
        if (isset($this->parsed[$key])) {
            return $this->parsed[$key];
        }
        $this->parsed[$key] = [];
        foreach ($this->texts[$key] as $text) {
            $xml = @simplexml_load_string($text);
            if ($xml === false) {
                continue;
            }
            foreach ($xml->children()->file as $part) {
                foreach ($part->body->children() as $unit) {
                    $this->parsed[$key][(string) $unit->source] = (string) $unit->target;
                }
            }
        }

        return $this->parsed[$key];
    }
}
