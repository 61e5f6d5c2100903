<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Translation;

use Ebpdocuments\Kernel\Translation\ModuleCatalogue;
use PHPUnit\Framework\TestCase;

/**
 * The module's catalogue looks a wording up in the raw XLF text and parses only its unit (a push needs two or three
 * wordings of a 170 KB file): its answers must be those of a full parse of the files, whatever the escaping.
 */
final class ModuleCatalogueTest extends TestCase
{
    /** @var string */
    private $dir;

    protected function setUp(): void
    {
        $this->dir = sys_get_temp_dir() . '/ebpdocs-catalogue-' . bin2hex(random_bytes(4));
        mkdir($this->dir . '/fr-FR', 0777, true);
    }

    protected function tearDown(): void
    {
        foreach (glob($this->dir . '/fr-FR/*') ?: [] as $file) {
            unlink($file);
        }
        @rmdir($this->dir . '/fr-FR');
        @rmdir($this->dir);
    }

    public function testEveryShippedWordingIsAnsweredAsAFullParseOfItsFileGivesIt(): void
    {
        $files = glob(dirname(__DIR__, 4) . '/module/translations/fr-FR/*.xlf') ?: [];
        self::assertNotEmpty($files);
        $shared = new ModuleCatalogue('fr-FR');
        $checked = 0;
        foreach ($files as $file) {
            $domain = (string) strstr(basename($file), '.', true);
            foreach (self::fullParse($file) as $source => $target) {
                self::assertSame($target, (new ModuleCatalogue('fr-FR'))->trans($source, [], $domain), $source);
                self::assertSame($target, $shared->trans($source, [], $domain), $source);
                self::assertTrue($shared->has($source, $domain));
                ++$checked;
            }
        }
        self::assertGreaterThan(600, $checked);
    }

    public function testEscapedTextsAreFoundAndDecoded(): void
    {
        $this->writeXlf('ModulesEbpdocumentsAdmin.fr-FR.xlf', [
            ['Fish &amp; chips &lt;b&gt;', 'Poisson &amp; frites &lt;b&gt;'],
            // Other escapings of the same characters than htmlspecialchars' (entities for quotes, numeric, CDATA).
            ['It&apos;s &quot;%n%&quot;', 'C&#39;est «&#160;%n%&#160;»'],
            ['<![CDATA[Raw <i>%n%</i>]]>', '<![CDATA[Brut <i>%n%</i>]]>'],
            ['Caf&#233;', 'Caf&#xE9;'],
        ]);
        $catalogue = new ModuleCatalogue('fr-FR', $this->dir);

        self::assertSame('Poisson & frites <b>', $catalogue->trans('Fish & chips <b>', [], 'Modules.Ebpdocuments.Admin'));
        self::assertSame("C'est «\u{a0}3\u{a0}»", $catalogue->trans('It\'s "%n%"', ['%n%' => 3], 'Modules.Ebpdocuments.Admin'));
        self::assertSame('Brut <i>4</i>', $catalogue->trans('Raw <i>%n%</i>', ['%n%' => 4], 'Modules.Ebpdocuments.Admin'));
        self::assertSame('Café', $catalogue->trans('Café', [], 'Modules.Ebpdocuments.Admin'));
    }

    public function testAWordingIsOnlyAnsweredInItsOwnDomainAndAnUnknownOneAsIs(): void
    {
        $this->writeXlf('ModulesEbpdocumentsAdmin.fr-FR.xlf', [['Saved.', 'Enregistré.']]);
        $this->writeXlf('ModulesEbpdocumentsShop.fr-FR.xlf', [['Invoice', 'Facture']]);
        $this->writeXlf('ModulesEbpdocumentsAdminExtra.fr-FR.xlf', [['Saved %n%.', 'Autre %n%.']]);
        $catalogue = new ModuleCatalogue('fr-FR', $this->dir);

        self::assertSame('Enregistré.', $catalogue->trans('Saved.', [], 'Modules.Ebpdocuments.Admin'));
        self::assertSame('Saved.', $catalogue->trans('Saved.', [], 'Modules.Ebpdocuments.Shop'));
        self::assertSame('Invoice', $catalogue->trans('Invoice', [], 'Modules.Ebpdocuments.Admin'));
        self::assertSame('Facture', $catalogue->trans('Invoice', [], 'Modules.Ebpdocuments.Shop'));
        // A file whose name only starts like the domain's is another domain.
        self::assertSame('Saved 2.', $catalogue->trans('Saved %n%.', ['%n%' => 2], 'Modules.Ebpdocuments.Admin'));
        self::assertFalse($catalogue->has('Saved %n%.', 'Modules.Ebpdocuments.Admin'));
        self::assertSame('Saved.', $catalogue->trans('Saved.', [], null));
        self::assertSame('Unknown 5.', $catalogue->trans('Unknown %n%.', ['%n%' => 5], 'Modules.Ebpdocuments.Admin'));
        self::assertSame('Unknown 5.', (new ModuleCatalogue('de-DE', $this->dir))->trans('Unknown %n%.', ['%n%' => 5], 'Modules.Ebpdocuments.Admin'));
    }

    public function testTheLastUnitOfAWordingWinsAsInAFullParse(): void
    {
        $this->writeXlf('ModulesEbpdocumentsAdmin.fr-FR.xlf', [['Saved.', 'Premier.'], ['Other.', 'Autre.'], ['Saved.', 'Dernier.']]);

        self::assertSame('Dernier.', (new ModuleCatalogue('fr-FR', $this->dir))->trans('Saved.', [], 'Modules.Ebpdocuments.Admin'));
        self::assertSame(['Saved.' => 'Dernier.', 'Other.' => 'Autre.'], self::fullParse($this->dir . '/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf'));
    }

    /**
     * @param list<array{0: string, 1: string}> $units source and target as written in the XML
     */
    private function writeXlf(string $name, array $units): void
    {
        $body = '';
        foreach ($units as $index => $unit) {
            $body .= "\n      <trans-unit id=\"u{$index}\">\n        <source>{$unit[0]}</source>\n        <target>{$unit[1]}</target>\n      </trans-unit>";
        }
        file_put_contents($this->dir . '/fr-FR/' . $name, '<?xml version="1.0" encoding="UTF-8"?>' . "\n"
            . '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">' . "\n"
            . '  <file original="x" source-language="en-US" target-language="fr-FR" datatype="plaintext">' . "\n    <body>"
            . $body . "\n    </body>\n  </file>\n</xliff>\n");
    }

    /**
     * @return array<string, string> source => target, every unit of the file (the last one wins)
     */
    private static function fullParse(string $file): array
    {
        $xml = simplexml_load_file($file);
        self::assertNotFalse($xml);
        $units = [];
        foreach ($xml->children()->file as $part) {
            foreach ($part->body->children() as $unit) {
                $units[(string) $unit->source] = (string) $unit->target;
            }
        }

        return $units;
    }
}
