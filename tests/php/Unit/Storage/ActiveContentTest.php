<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Storage;

use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Translation\ModuleCatalogue;
use Ebpdocuments\Storage\ActiveContentScanner;
use Ebpdocuments\Storage\PdfValidator;
use Ebpdocuments\Storage\TempFile;

/**
 * The active-content filter against the ways of hiding a name from a scanner (issue 8): each row is a PDF built around
 * one trick, refused with its code; and the look-alikes that must pass (names inside real stream bodies, strings).
 */
final class ActiveContentTest extends StorageTestCase
{
    const JS_ACTION = '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>';

    /**
     * @dataProvider hidingTricks
     */
    public function testEachHidingTrickIsRefused(string $pdf, string $code): void
    {
        try {
            (new PdfValidator())->validate($this->temp($pdf), 100000000);
            self::fail('accepted');
        } catch (Refusal $e) {
            self::assertSame($code, $e->errorCode());
            self::assertNotSame($e->messageId(), (new ModuleCatalogue('fr-FR'))->trans($e->messageId(), [], Refusal::DOMAIN), 'translated in fr-FR');
        }
    }

    /**
     * @return array<string, array{string, string}>
     */
    public function hidingTricks(): array
    {
        $js = self::JS_ACTION;
        $noise = self::noise(3000);

        return [
            'OpenAction JavaScript between "%stream" and "%endstream" comments' => [
                self::pdf("1 0 obj << /Type /Catalog %stream\n $js\n%endstream\n>> endobj"), 'pdf_active_content'],
            'after "(stream\\r)" in a string' => [
                self::pdf("1 0 obj << /Type /Catalog /Lang (stream\r) $js /Title (endstream) >> endobj"), 'pdf_active_content'],
            'after a string with an escaped parenthesis and "stream"' => [
                self::pdf("1 0 obj << /Type /Catalog /Lang (a\\) stream\n) $js /Title (endstream) >> endobj"), 'pdf_active_content'],
            'after nested parentheses around "stream"' => [
                self::pdf("1 0 obj << /Type /Catalog /Lang (a (b) stream\n (c)) $js /Title (endstream) >> endobj"), 'pdf_active_content'],
            'after a hex string and "stream" in a name' => [
                self::pdf("1 0 obj << /Type /Catalog /ID <73747265616D> /Xstream\n $js /Yendstream 1 >> endobj"), 'pdf_active_content'],
            'after a "stream" keyword that follows no dictionary' => [
                self::pdf("1 0 obj [ 1 stream\n ] endobj 2 0 obj << /Type /Catalog $js >> endobj 3 0 obj (endstream) endobj"), 'pdf_active_content'],
            'compact syntax without spaces' => [
                self::pdf('1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(x)>>>>endobj'), 'pdf_active_content'],
            '#xx escapes: /J#61vaScript' => [self::pdf('1 0 obj << /Type /Catalog /OpenAction << /S /J#61vaScript /J#53 (x) >> >> endobj'), 'pdf_active_content'],
            '#xx escapes of every byte, lower-case hex' => [self::pdf('1 0 obj << /OpenAction << /S /#4c#61#75#6e#63#68 /F (calc) >> >> endobj'), 'pdf_active_content'],
            'a /Length that spans the next object' => [
                self::pdf(self::lyingLength()), 'pdf_active_content'],
            'indirect /Length and an "endstream" inside the data' => [
                self::pdf("4 0 obj << /Length 9 0 R >> stream\n" . $noise . "endstream junk << >> stream\n" . "7 0 obj << $js >> endobj\n" . $noise . "\nendstream endobj 9 0 obj 6040 endobj"), 'pdf_active_content'],
            'an object inside a stream body (reachable by its xref offset)' => [
                self::pdf(self::stream('<< /Length %d >>', $noise . "\n8 0 obj\n<< /S /Launch /F (cmd.exe) >>\nendobj\n" . $noise)), 'pdf_active_content'],
            'in a compressed object stream' => [
                self::pdf(self::objectStream("10 0 11 40\n<< /Type /Catalog /OpenAction 11 0 R >> << /S /JavaScript /JS (x) >>")), 'pdf_active_content'],
            'in an object stream without /Type (only /N and /First)' => [
                self::pdf(self::objectStream('<< /S /JavaScript /JS (x) >>', '')), 'pdf_active_content'],
            'in an object stream, name written with #xx' => [
                self::pdf(self::objectStream('<< /S /J#61vaScript /JS (x) >>')), 'pdf_active_content'],
            'an object stream in another encoding' => [
                self::pdf(self::stream('<< /Type /ObjStm /N 1 /First 5 /Filter /ASCIIHexDecode /Length %d >>', bin2hex('10 0 << /S /JavaScript >>') . '>')), 'pdf_uncheckable'],
            'an object stream with a predictor' => [
                self::pdf(self::stream('<< /Type /ObjStm /N 1 /First 5 /Filter /FlateDecode /DecodeParms << /Predictor 12 >> /Length %d >>', (string) gzcompress('10 0 << >>'))), 'pdf_uncheckable'],
            'an object stream that is not valid zlib data' => [
                self::pdf(self::stream('<< /Type /ObjStm /N 1 /First 5 /Filter /FlateDecode /Length %d >>', 'not zlib at all')), 'pdf_uncheckable'],
            'an object stream that inflates beyond the budget' => [
                self::pdf(self::stream('<< /Type /ObjStm /N 1 /First 5 /Filter /FlateDecode /Length %d >>', (string) gzcompress(str_repeat(' ', ActiveContentScanner::MAX_INFLATED_BYTES + 1), 9))), 'pdf_uncheckable'],
            'a stream dictionary too large to check' => [
                self::pdf(self::stream('<< /Type /ObjStm /Pad (' . str_repeat('x', ActiveContentScanner::MAX_DICT_BYTES + ActiveContentScanner::CHUNK) . ') /Length %d >>', 'x')), 'pdf_uncheckable'],
            'a file made of delimiters only (over the work budget)' => [
                self::pdf(str_repeat('()', ActiveContentScanner::BASE_STEPS)), 'pdf_uncheckable'],
            '/SubmitForm' => [self::pdf('1 0 obj << /Type /Annot /A << /S /SubmitForm /F (https://evil.example/) >> >> endobj'), 'pdf_active_content'],
            '/ImportData' => [self::pdf('1 0 obj << /Type /Annot /A << /S /ImportData /F (data.fdf) >> >> endobj'), 'pdf_active_content'],
            '/RichMedia' => [self::pdf('1 0 obj << /Type /Annot /Subtype /RichMedia >> endobj'), 'pdf_active_content'],
            '/EmbeddedFile' => [self::pdf(self::stream('<< /Type /EmbeddedFile /Length %d >>', 'MZ')), 'pdf_active_content'],
            '/XFA' => [self::pdf('1 0 obj << /AcroForm << /XFA 7 0 R >> >> endobj'), 'pdf_active_content'],
            'a forbidden name inside a comment (a reader that ends the line elsewhere would see it)' => [
                self::pdf("1 0 obj << /Type /Catalog >> endobj\n% /JavaScript\n"), 'pdf_active_content'],
            'a name cut by the read-chunk boundary' => [
                self::pdf(self::comments(ActiveContentScanner::CHUNK - 40) . "1 0 obj << /Type /Catalog $js >> endobj"), 'pdf_active_content'],
            'after a real stream whose body crosses the chunk boundary' => [
                self::pdf(self::stream('<< /Length %d >>', self::noise(ActiveContentScanner::CHUNK + 5000)) . "\n2 0 obj << $js >> endobj"), 'pdf_active_content'],
        ];
    }

    /**
     * @dataProvider lookAlikes
     */
    public function testLookAlikesAreAccepted(string $pdf): void
    {
        (new PdfValidator())->validate($this->temp($pdf), 100000000);
        $this->addToAssertionCount(1);
    }

    /**
     * @return array<string, array{string}>
     */
    public function lookAlikes(): array
    {
        $names = '/JavaScript /JS /Launch /EmbeddedFile /XFA /RichMedia /SubmitForm /ImportData';

        return [
            'the bytes of the names in a compressed stream body (direct /Length)' => [
                self::pdf(self::stream('<< /Filter /FlateDecode /Length %d >>', self::noise(2000) . $names . self::noise(2000)))],
            'the same with an indirect /Length' => [
                self::pdf(self::stream('<< /Filter /FlateDecode /Length 9 0 R >>', self::noise(2000) . $names . self::noise(2000)) . "\n9 0 obj 4081 endobj")],
            'the names in a body that crosses the read-chunk boundary' => [
                self::pdf(self::stream('<< /Length %d >>', self::noise(ActiveContentScanner::CHUNK - 10) . $names . self::noise(4000)))],
            'the names in a page content stream' => [
                self::pdf(self::stream('<< /Length %d >>', "BT /F1 12 Tf 72 720 Td (/JavaScript in text) Tj ET\n"))],
            'the bytes of a name in a hex string' => [self::pdf('1 0 obj << /Title <2F4A617661536372697074> >> endobj')],
            'names that only start like a forbidden one' => [self::pdf('1 0 obj << /JSON 1 /JavaScripts 2 /Launcher 3 /XFAForm 4 /JS#41 5 /OpenAction [3 0 R /Fit] >> endobj')],
            'a harmless compressed object stream' => [
                self::pdf(self::objectStream("10 0 11 30\n<< /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Count 0 >>"))],
            'an uncompressed object stream' => [
                self::pdf(self::stream('<< /Type /ObjStm /N 1 /First 5 /Length %d >>', '10 0 << /Type /Catalog >>'))],
            'stream keyword after CR alone and after a comment' => [
                self::pdf("4 0 obj << /Length 3 >> % comment\nstream\rabc\nendstream endobj")],
        ];
    }

    private function temp(string $bytes): TempFile
    {
        return $this->storage()->writeTempFromBase64(base64_encode($bytes), 200000000);
    }

    /** A PDF around $objects: header, the objects, a trailer and %%EOF (the filter reads no xref). */
    private static function pdf(string $objects): string
    {
        return "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n" . $objects . "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    }

    /** Object 4: a stream whose dictionary has "%d" where its /Length goes. */
    private static function stream(string $dictionary, string $body): string
    {
        return '4 0 obj ' . sprintf($dictionary, strlen($body)) . "\nstream\n" . $body . "\nendstream\nendobj";
    }

    /** Object 5: an object stream holding $objects, compressed with zlib; $type '' leaves /Type out. */
    private static function objectStream(string $objects, string $type = '/Type /ObjStm'): string
    {
        return str_replace('4 0 obj', '5 0 obj', self::stream('<< ' . $type . ' /N 2 /First 11 /Filter /FlateDecode /Length %d >>', (string) gzcompress($objects)));
    }

    /** Bytes that look like compressed data: no "endstream", no object header. */
    private static function noise(int $bytes): string
    {
        $noise = '';
        $seed = 1;
        while (strlen($noise) < $bytes) {
            $noise .= hash('sha256', (string) $seed++, true);
        }
        $noise = substr($noise, 0, $bytes);

        return str_replace(['endstream', 'obj'], ['endstreaX', 'obX'], $noise);
    }

    private static function comments(int $bytes): string
    {
        return str_repeat('%' . str_repeat('-', 78) . "\n", (int) ceil($bytes / 80));
    }

    /**
     * Stream 4's direct /Length reaches a later "endstream", so a scanner that trusts it skips object 6 (which a
     * reader going by the xref offsets parses).
     */
    private static function lyingLength(): string
    {
        $after = "abc\nendstream\nendobj\n6 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj\n7 0 obj << /Length 0 >> stream\n";

        return '4 0 obj << /Length ' . strlen($after) . " >>\nstream\n" . $after . "\nendstream\nendobj";
    }
}
