<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Admin;

use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use PHPUnit\Framework\TestCase;

/**
 * The back-office templates (the blocks of PrestaShop's Customer and Order pages) speak through {l … d='Modules.Ebpdocuments.Admin'}:
 * each wording needs its French unit in ModulesEbpdocumentsAdmin.fr-FR.xlf, with the same placeholders.
 */
final class AdminTemplateWordingsTest extends TestCase
{
    const MODULE = __DIR__ . '/../../../../module';

    public function testEveryAdminTemplateWordingHasAFrenchTranslation(): void
    {
        $xml = simplexml_load_file(self::MODULE . '/translations/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf');
        self::assertNotFalse($xml);
        $xml->registerXPathNamespace('x', 'urn:oasis:names:tc:xliff:document:1.2');
        $catalogue = [];
        foreach ($xml->xpath('//x:trans-unit') ?: [] as $unit) {
            $children = $unit->children('urn:oasis:names:tc:xliff:document:1.2');
            $catalogue[(string) $children->source] = (string) $children->target;
        }
        $wordings = [];
        foreach (glob(self::MODULE . '/views/templates/hook/admin-*.tpl') ?: [] as $file) {
            preg_match_all("/\\{l s='((?:[^'\\\\]|\\\\.)*)'(?: sprintf=\\[[^\\]]*\\])? d='Modules\\.Ebpdocuments\\.Admin'/", (string) file_get_contents($file), $matches);
            foreach ($matches[1] as $wording) {
                $wordings[stripslashes($wording)] = basename($file);
            }
        }
        // The upload refusals of the Customer and Order page blocks are the document refusals (ErrorMapper::forAdmin translates them).
        foreach (DocumentRefusals::ERRORS as $code => $refusal) {
            $wordings[$refusal[2]] = 'DocumentRefusals ' . $code;
        }
        self::assertGreaterThan(20, count($wordings), 'the extraction finds the wordings');
        self::assertArrayHasKey('Upload a PDF', $wordings);
        foreach ($wordings as $wording => $file) {
            self::assertArrayHasKey($wording, $catalogue, 'No French translation for "' . $wording . '" (' . $file . ')');
            self::assertNotSame('', trim($catalogue[$wording]));
            preg_match_all('/%\w+%/', $wording, $placeholders);
            foreach ($placeholders[0] as $placeholder) {
                self::assertStringContainsString($placeholder, $catalogue[$wording], $wording);
            }
        }
    }
}
