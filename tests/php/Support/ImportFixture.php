<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support;

/**
 * The import fixture of issue 13, made by the tests: a ZIP of 200 PDFs ("Facture FA2023-00001.pdf"…) and the
 * document list EBP exports — Windows-1252, no BOM, ";" separated, French column names, decimal commas,
 * dd/mm/yyyy dates — with one row without PDF (FA2023-00201), one PDF without row (FA2023-00200), one bad e-mail
 * (FA2023-00007) and one duplicated row (FA2023-00005 twice).
 * Rows 1–50 use client<n>@example.com (customers the test creates), the others inconnu<n>@example.com.
 * Expected: attached 49, waiting 150 (149 NO_ACCOUNT + 1 INVALID_EMAIL), refused 3 (no_pdf, no_row, duplicate_row).
 */
final class ImportFixture
{
    const PDFS = 200;
    const KNOWN_CUSTOMERS = 50;
    const BAD_EMAIL = 7;
    const DUPLICATE = 5;
    const WITHOUT_ROW = 200;
    const WITHOUT_PDF = 201;

    public static function number(int $n): string
    {
        return sprintf('FA2023-%05d', $n);
    }

    public static function email(int $n): string
    {
        if ($n === self::BAD_EMAIL) {
            return 'pas-une-adresse';
        }

        return $n <= self::KNOWN_CUSTOMERS ? 'client' . $n . '@example.com' : 'inconnu' . $n . '@example.com';
    }

    public static function pdf(int $n): string
    {
        $content = 'BT /F1 12 Tf 72 720 Td (Facture ' . self::number($n) . ') Tj ET';

        return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            . "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            . "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
            . '4 0 obj << /Length ' . strlen($content) . " >> stream\n" . $content . "\nendstream endobj\n"
            . "trailer << /Root 1 0 R >>\n%%EOF\n";
    }

    /** Writes the ZIP at $path. */
    public static function zip(string $path, int $count = self::PDFS): void
    {
        $zip = new \ZipArchive();
        if ($zip->open($path, \ZipArchive::CREATE | \ZipArchive::OVERWRITE) !== true) {
            throw new \RuntimeException('Cannot write the fixture ZIP');
        }
        for ($n = 1; $n <= $count; ++$n) {
            $zip->addFromString('Factures 2023/Facture ' . self::number($n) . '.pdf', self::pdf($n));
        }
        $zip->close();
    }

    /** The CSV in Windows-1252 (no BOM). */
    public static function csv(int $count = self::PDFS): string
    {
        $lines = ['N° pièce;Type de pièce;Date;Code client;E-mail de facturation;Total HT;Total TTC'];
        $row = function (int $n): string {
            $excl = 1000 + $n + 0.5;

            return implode(';', [
                self::number($n), 'Facture', sprintf('%02d/03/2023', 1 + $n % 28), sprintf('C%04d', $n), self::email($n),
                number_format($excl, 2, ',', ' '), number_format($excl * 1.2, 2, ',', ' '),
            ]);
        };
        for ($n = 1; $n <= $count; ++$n) {
            if ($n === self::WITHOUT_ROW && $count === self::PDFS) {
                continue;
            }
            $lines[] = $row($n);
            if ($n === self::DUPLICATE) {
                $lines[] = $row($n);
            }
        }
        if ($count === self::PDFS) {
            $lines[] = $row(self::WITHOUT_PDF);
        }

        return (string) mb_convert_encoding(implode("\r\n", $lines) . "\r\n", 'Windows-1252', 'UTF-8');
    }
}
