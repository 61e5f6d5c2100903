<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support;

/**
 * Real minimal PDFs (one page with text, correct xref) and broken variants for tests.
 */
final class PdfFactory
{
    /** A valid one-page PDF showing $text; $padding adds an uncompressed comment block to reach a size. */
    public static function valid(string $text = 'Facture FA-0001', int $padding = 0, string $extraCatalog = ''): string
    {
        $escaped = strtr($text, ['\\' => '\\\\', '(' => '\\(', ')' => '\\)']);
        $content = "BT /F1 18 Tf 72 720 Td ($escaped) Tj ET";
        $objects = [
            '<< /Type /Catalog /Pages 2 0 R' . $extraCatalog . ' >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            "<< /Length " . strlen($content) . " >>\nstream\n" . $content . "\nendstream",
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        ];
        $pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
        if ($padding > 0) {
            $pdf .= str_repeat("% padding padding padding padding padding padding padding padding padding padding\n", (int) ceil($padding / 82));
        }
        $offsets = [];
        foreach ($objects as $index => $body) {
            $offsets[] = strlen($pdf);
            $pdf .= ($index + 1) . " 0 obj\n" . $body . "\nendobj\n";
        }
        $xref = strlen($pdf);
        $pdf .= "xref\n0 " . (count($objects) + 1) . "\n0000000000 65535 f \n";
        foreach ($offsets as $offset) {
            $pdf .= sprintf("%010d 00000 n \n", $offset);
        }
        $pdf .= "trailer\n<< /Size " . (count($objects) + 1) . " /Root 1 0 R >>\nstartxref\n" . $xref . "\n%%EOF\n";

        return $pdf;
    }

    public static function truncated(): string
    {
        $pdf = self::valid();

        return substr($pdf, 0, (int) (strlen($pdf) * 0.6));
    }

    public static function withJavaScript(): string
    {
        return self::valid('x', 0, ' /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>');
    }

    /** /JavaScript written with a #-escape, as obfuscators do. */
    public static function withObfuscatedJavaScript(): string
    {
        return self::valid('x', 0, ' /OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>');
    }

    public static function withLaunch(): string
    {
        return self::valid('x', 0, ' /OpenAction << /S /Launch /F (cmd.exe) >>');
    }

    public static function png(): string
    {
        return "\x89PNG\r\n\x1a\n" . str_repeat("\0", 32) . 'IEND%%EOF';
    }

    public static function junkBeforeHeader(): string
    {
        return "<?php echo 1; ?>\n" . self::valid();
    }
}
