<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Storage;

use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Translation\ModuleCatalogue;
use Ebpdocuments\Storage\ActiveContentScanner;
use Ebpdocuments\Storage\PdfValidator;
use Ebpdocuments\Storage\TempFile;
use Ebpdocuments\Tests\Support\PdfFactory;

final class PdfValidatorTest extends StorageTestCase
{
    private function temp(string $bytes): TempFile
    {
        return $this->storage()->writeTempFromBase64(base64_encode($bytes), 100000000);
    }

    public function testAcceptsARealPdf(): void
    {
        (new PdfValidator())->validate($this->temp(PdfFactory::valid()), 1000000);
        (new PdfValidator())->validate($this->temp(PdfFactory::valid('x', 3000000)), 4000000);
        $this->addToAssertionCount(2);
    }

    /**
     * @dataProvider refused
     */
    public function testRefuses(string $bytes, int $max, string $code): void
    {
        try {
            (new PdfValidator())->validate($this->temp($bytes), $max);
            self::fail('accepted');
        } catch (Refusal $e) {
            self::assertSame($code, $e->errorCode());
            self::assertNotSame($e->messageId(), (new ModuleCatalogue('fr-FR'))->trans($e->messageId(), [], Refusal::DOMAIN), 'translated in fr-FR');
        }
    }

    /**
     * @return array<string, array{string, int, string}>
     */
    public function refused(): array
    {
        return [
            'png' => [PdfFactory::png(), 1000000, 'pdf_not_pdf'],
            'junk before header' => [PdfFactory::junkBeforeHeader(), 1000000, 'pdf_not_pdf'],
            'html' => ['<html><body>%PDF-1.4</body></html>%%EOF', 1000000, 'pdf_not_pdf'],
            'truncated' => [PdfFactory::truncated(), 1000000, 'pdf_truncated'],
            'eof far from the end' => [PdfFactory::valid() . str_repeat(' ', 2000), 1000000, 'pdf_truncated'],
            'too large' => [PdfFactory::valid(), 100, 'pdf_too_large'],
            'javascript' => [PdfFactory::withJavaScript(), 1000000, 'pdf_active_content'],
            'hex-obfuscated javascript' => [PdfFactory::withObfuscatedJavaScript(), 1000000, 'pdf_active_content'],
            'launch' => [PdfFactory::withLaunch(), 1000000, 'pdf_active_content'],
            'embedded file' => [PdfFactory::valid('x', 0, ' /Names << /EmbeddedFiles 6 0 R >>'), 1000000, 'pdf_active_content'],
            'xfa' => [PdfFactory::valid('x', 0, ' /AcroForm << /XFA 7 0 R >>'), 1000000, 'pdf_active_content'],
        ];
    }

    public function testActiveNameSplitAcrossReadChunksIsStillFound(): void
    {
        $pdf = PdfFactory::valid('x', ActiveContentScanner::CHUNK - 200, ' /OpenAction << /S /JavaScript >>');
        try {
            (new PdfValidator())->validate($this->temp($pdf), 10000000);
            self::fail('accepted');
        } catch (Refusal $e) {
            self::assertSame('pdf_active_content', $e->errorCode());
        }
    }

    public function testNamesThatOnlyLookLikeActiveOnesAndStreamDataAreFine(): void
    {
        $pdf = PdfFactory::valid('/JavaScript in text', 0, ' /JSON 1 /JavaScripts 2 /OpenAction [3 0 R /Fit]');
        (new PdfValidator())->validate($this->temp($pdf), 1000000);
        $this->addToAssertionCount(1);
    }
}
