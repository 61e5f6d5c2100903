<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Translation;

use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Kernel\Translation\FallbackTranslator;
use Ebpdocuments\Kernel\Translation\ModuleCatalogue;
use PHPUnit\Framework\TestCase;

/** PrestaShop's translator first; the module's XLF only when it has nothing or fails — and only read then. */
final class FallbackTranslatorTest extends TestCase
{
    /** @var string */
    private $dir;

    protected function setUp(): void
    {
        $this->dir = sys_get_temp_dir() . '/ebpdocs-fallback-' . bin2hex(random_bytes(4));
        mkdir($this->dir . '/fr-FR', 0777, true);
    }

    protected function tearDown(): void
    {
        @unlink($this->dir . '/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf');
        @rmdir($this->dir . '/fr-FR');
        @rmdir($this->dir);
    }

    public function testPrestaShopsTranslationWinsAndTheCatalogueIsNotReadForIt(): void
    {
        $translator = new FallbackTranslator(function (): Translator {
            return self::translator(['Saved %n%.' => 'Enregistré %n%.']);
        }, new ModuleCatalogue('fr-FR', $this->dir));

        $this->assertSame('Enregistré 3.', $translator->trans('Saved %n%.', ['%n%' => 3], 'Modules.Ebpdocuments.Admin'));
        // The XLF appears only now: had the first call read the catalogue, it would have kept it empty.
        $this->writeXlf('Missing.', 'Absent.');
        $this->assertSame('Absent.', $translator->trans('Missing.', [], 'Modules.Ebpdocuments.Admin'));
    }

    public function testTheCatalogueAnswersWhenPrestaShopsTranslatorFails(): void
    {
        $this->writeXlf('Missing.', 'Absent.');
        $translator = new FallbackTranslator(function (): Translator {
            throw new \RuntimeException('database down');
        }, new ModuleCatalogue('fr-FR', $this->dir));

        $this->assertSame('Absent.', $translator->trans('Missing.', [], 'Modules.Ebpdocuments.Admin'));
    }

    /**
     * @param array<string, string> $texts
     */
    private static function translator(array $texts): Translator
    {
        return new class ($texts) implements Translator {
            /** @var array<string, string> */
            private $texts;

            /** @param array<string, string> $texts */
            public function __construct(array $texts)
            {
                $this->texts = $texts;
            }

            public function trans(string $id, array $parameters = [], ?string $domain = null): string
            {
                return strtr(isset($this->texts[$id]) ? $this->texts[$id] : $id, array_map('strval', $parameters));
            }
        };
    }

    private function writeXlf(string $source, string $target): void
    {
        file_put_contents($this->dir . '/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf', '<?xml version="1.0" encoding="UTF-8"?>'
            . '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="x" source-language="en-US"'
            . ' target-language="fr-FR" datatype="plaintext"><body><trans-unit id="a"><source>' . $source . '</source><target>'
            . $target . '</target></trans-unit></body></file></xliff>');
    }
}
