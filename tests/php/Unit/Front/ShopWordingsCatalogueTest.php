<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Front;

use PHPUnit\Framework\TestCase;

/**
 * Every customer-facing wording (domain Modules.Ebpdocuments.Shop) found in PHP and Smarty has a French
 * translation in module/translations/fr-FR/ModulesEbpdocumentsShop.fr-FR.xlf, keeping its %placeholders%.
 */
final class ShopWordingsCatalogueTest extends TestCase
{
    const MODULE = __DIR__ . '/../../../../module';

    /**
     * @return array<string, string> wording => file
     */
    private static function wordingsInSource(): array
    {
        $found = [];
        $php = array_merge(
            self::files(self::MODULE . '/src', 'php'),
            self::files(self::MODULE . '/controllers', 'php'),
            [self::MODULE . '/ebpdocuments.php']
        );
        foreach ($php as $file) {
            preg_match_all("/trans\\(\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*,\\s*(?:\\[[^\\]]*\\]|array\\([^)]*\\))\\s*,\\s*'Modules\\.Ebpdocuments\\.Shop'/", (string) file_get_contents($file), $matches);
            foreach ($matches[1] as $wording) {
                $found[stripslashes($wording)] = $file;
            }
        }
        foreach (self::files(self::MODULE . '/views/templates', 'tpl') as $file) {
            preg_match_all("/\\{l s='((?:[^'\\\\]|\\\\.)*)' d='Modules\\.Ebpdocuments\\.Shop'/", (string) file_get_contents($file), $matches);
            foreach ($matches[1] as $wording) {
                $found[stripslashes($wording)] = $file;
            }
        }

        return $found;
    }

    /**
     * @return string[]
     */
    private static function files(string $dir, string $extension): array
    {
        $files = [];
        $items = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS));
        foreach ($items as $item) {
            if ($item->isFile() && $item->getExtension() === $extension) {
                $files[] = $item->getPathname();
            }
        }

        return $files;
    }

    public function testEveryShopWordingHasAFrenchTranslation(): void
    {
        $xml = simplexml_load_file(self::MODULE . '/translations/fr-FR/ModulesEbpdocumentsShop.fr-FR.xlf');
        self::assertNotFalse($xml);
        $xml->registerXPathNamespace('x', 'urn:oasis:names:tc:xliff:document:1.2');
        $catalogue = [];
        foreach ($xml->xpath('//x:trans-unit') ?: [] as $unit) {
            $source = (string) $unit->children('urn:oasis:names:tc:xliff:document:1.2')->source;
            $target = (string) $unit->children('urn:oasis:names:tc:xliff:document:1.2')->target;
            self::assertSame(md5($source), (string) $unit['id'], 'trans-unit id is md5(source) like PrestaShop\'s catalogues');
            $catalogue[$source] = $target;
        }

        $wordings = self::wordingsInSource();
        self::assertGreaterThan(30, count($wordings), 'the extraction finds the wordings');
        self::assertContains("Documents from the shop's accounting will appear here.", array_keys($wordings));
        foreach ($wordings as $wording => $file) {
            self::assertArrayHasKey($wording, $catalogue, 'No French translation for "' . $wording . '" (' . basename($file) . ')');
            self::assertNotSame('', trim($catalogue[$wording]));
            preg_match_all('/%\w+%/', $wording, $placeholders);
            foreach ($placeholders[0] as $placeholder) {
                self::assertStringContainsString($placeholder, $catalogue[$wording], $wording);
            }
        }
    }

    public function testTemplatesEscapeEveryValue(): void
    {
        foreach (self::files(self::MODULE . '/views/templates/front', 'tpl') + [] as $file) {
            $this->assertTemplateEscapes($file);
        }
        foreach (self::files(self::MODULE . '/views/templates/hook', 'tpl') as $file) {
            $this->assertTemplateEscapes($file);
        }
    }

    private function assertTemplateEscapes(string $file): void
    {
        $source = (string) file_get_contents($file);
        self::assertStringNotContainsString('nofilter', $source, basename($file));
        // Every printed variable: {$x.y|escape:'html':'UTF-8'} or {$x|intval}.
        preg_match_all('/\{\$[^}]*\}/', $source, $prints);
        foreach ($prints[0] as $print) {
            if (preg_match('/^\{\$\w+ = /', $print) === 1) {
                continue;
            }
            self::assertMatchesRegularExpression("/\\|(escape:'html':'UTF-8'|intval)\\}$/", $print, basename($file) . ': ' . $print);
        }
    }
}
