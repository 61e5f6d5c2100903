<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Import;

use Ebpdocuments\BackOffice\Export\CsvWriter;
use Ebpdocuments\BackOffice\Export\ZipStreamWriter;
use Ebpdocuments\BackOffice\Import\ColumnMapping;
use Ebpdocuments\BackOffice\Import\CsvTable;
use Ebpdocuments\BackOffice\Import\FileNamePattern;
use Ebpdocuments\Kernel\Support\DecimalNumberFormat;
use PHPUnit\Framework\TestCase;

/**
 * Issue 13: reading EBP's CSV (encodings, French names and formats), the file name pattern, and the writers of
 * the exports (CSV cells, ZIP stream, amounts in the shop's format).
 */
final class ImportParsingTest extends TestCase
{
    public function testCsvInUtf8WithBomWindows1252AndOtherSeparators(): void
    {
        $utf8 = CsvTable::parse("\xEF\xBB\xBFN° pièce;Total TTC\r\nFA1;\"1 234,50\"\r\n\r\nFA2;\"avec ; point-virgule\"\r\n");
        $this->assertSame('UTF-8', $utf8->encoding());
        $this->assertSame(['N° pièce', 'Total TTC'], $utf8->header());
        $this->assertSame([['line' => 2, 'cells' => ['FA1', '1 234,50']], ['line' => 4, 'cells' => ['FA2', 'avec ; point-virgule']]], $utf8->rows());

        $cp1252 = CsvTable::parse((string) mb_convert_encoding("N° pièce;Société\nFA1;Crème brûlée\n", 'Windows-1252', 'UTF-8'));
        $this->assertSame('Windows-1252', $cp1252->encoding());
        $this->assertSame(['N° pièce', 'Société'], $cp1252->header());
        $this->assertSame(['FA1', 'Crème brûlée'], $cp1252->rows()[0]['cells']);

        $this->assertSame(['a', 'b'], CsvTable::parse("a,b\n1,2\n")->header());
        $this->assertSame(['a', 'b'], CsvTable::parse("a\tb\n1\t2\n")->header());
    }

    public function testGuessesTheUsualFrenchColumnNames(): void
    {
        $header = ['N° pièce', 'Type de pièce', 'Date', 'Code client', 'Nom du client', 'E-mail de facturation', 'Montant HT', 'Total TTC (EUR)'];
        $this->assertSame([
            'reference' => 'N° pièce', 'type' => 'Type de pièce', 'date' => 'Date', 'email' => 'E-mail de facturation',
            'customer_code' => 'Code client', 'total_tax_excl' => 'Montant HT', 'total_tax_incl' => 'Total TTC (EUR)',
            'oid' => null, 'currency' => null,
        ], ColumnMapping::guess($header));
        $this->assertSame('Numéro', ColumnMapping::guess(['Numéro', 'Courriel'])['reference']);
        $this->assertSame('Courriel', ColumnMapping::guess(['Numéro', 'Courriel'])['email']);
    }

    public function testConvertsFrenchDatesAndAmounts(): void
    {
        $this->assertSame('2024-01-31', ColumnMapping::date('31/01/2024'));
        $this->assertSame('2024-03-05', ColumnMapping::date('5/3/24'));
        $this->assertSame('2024-01-31', ColumnMapping::date('2024-01-31'));
        $this->assertSame('demain', ColumnMapping::date('demain'));
        $this->assertSame('1234.56', ColumnMapping::amount('1 234,56'));
        $this->assertSame('1234.56', ColumnMapping::amount("1\u{00A0}234,56 €"));
        $this->assertSame('1234.56', ColumnMapping::amount('1.234,56'));
        $this->assertSame('-12.5', ColumnMapping::amount('-12,5'));
        $this->assertSame('120.50', ColumnMapping::amount('120.50'));
        $this->assertSame('douze', ColumnMapping::amount('douze'));
    }

    public function testFileNamePatternFindsTheNumber(): void
    {
        $pattern = new FileNamePattern('Facture {number}.pdf');
        $this->assertSame('FA2024-001', $pattern->numberOf('Factures/Facture FA2024-001.pdf'));
        $this->assertSame('FA2024-001', $pattern->numberOf('facture FA2024-001.PDF'), 'case-insensitive');
        $this->assertNull($pattern->numberOf('Avoir AV1.pdf'));
        $this->assertSame('AV1', (new FileNamePattern('* {number}.pdf'))->numberOf('Avoir client AV1.pdf'));
        $this->assertSame('FA1', (new FileNamePattern('{number}_*.pdf'))->numberOf('FA1_dupont.pdf'));
        $this->assertSame('FA2024001', FileNamePattern::key('fa/2024/001'));
        $this->assertFalse(FileNamePattern::isValid('Facture.pdf'));
        $this->assertFalse(FileNamePattern::isValid('{number}{number}'));
    }

    public function testCsvCellsAndAmountsInTheShopFormat(): void
    {
        $out = '';
        $csv = new CsvWriter(function (string $bytes) use (&$out) {
            $out .= $bytes;
        });
        $csv->start();
        $csv->row(['a;b', 'say "hi"', CsvWriter::text('=1+1'), CsvWriter::text('-x'), '-12,00', "two\nlines"]);
        $this->assertSame("\xEF\xBB\xBF\"a;b\";\"say \"\"hi\"\"\";'=1+1;'-x;-12,00;\"two\nlines\"\r\n", $out);

        $this->assertSame('1234,50', (new DecimalNumberFormat(','))->amount('1234.500000'));
        $this->assertSame('-12.00', (new DecimalNumberFormat('.'))->amount('-12'));
        $this->assertSame('', (new DecimalNumberFormat(','))->amount('n/a'));
        $this->assertSame('1234,50', DecimalNumberFormat::forLocale('fr-FR')->amount('1234.5'));
        $this->assertSame('1234.50', DecimalNumberFormat::forLocale('en-US')->amount('1234.5'));
    }

    public function testZipStreamIsAValidArchive(): void
    {
        $out = '';
        $zip = new ZipStreamWriter(function (string $bytes) use (&$out) {
            $out .= $bytes;
        }, new \DateTimeImmutable('2024-05-02 10:20:30'));
        foreach (['Facture-FA1.pdf' => '%PDF-1 one', 'Avoir-AV1.pdf' => '%PDF-1 two'] as $name => $bytes) {
            $zip->addFile($zip->uniqueName($name), strlen($bytes), (int) hexdec(hash('crc32b', $bytes)), function (callable $output) use ($bytes): int {
                $output($bytes);

                return strlen($bytes);
            });
        }
        $this->assertSame('Facture-FA1-2.pdf', $zip->uniqueName('Facture-FA1.pdf'));
        $zip->finish();
        $path = (string) tempnam(sys_get_temp_dir(), 'ebpzipunit');
        file_put_contents($path, $out);
        $archive = new \ZipArchive();
        $this->assertTrue($archive->open($path, \ZipArchive::CHECKCONS) === true);
        $this->assertSame('%PDF-1 one', $archive->getFromName('Facture-FA1.pdf'));
        $this->assertSame('%PDF-1 two', $archive->getFromName('Avoir-AV1.pdf'));
        $this->assertSame(2, $archive->numFiles);
        $archive->close();
        unlink($path);
    }
}
