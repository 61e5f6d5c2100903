<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Storage;

use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Storage\StorageException;
use Ebpdocuments\Tests\Support\PdfFactory;

final class DocumentStorageTest extends StorageTestCase
{
    public function testDecodesBase64WithSpacesForPlusSignsLineBreaksAndDataUri(): void
    {
        // Bytes chosen so that their base64 contains "+" and "/".
        $bytes = PdfFactory::valid() . "\xFB\xEF\xBE\xFF\xFF";
        $base64 = base64_encode($bytes);
        self::assertStringContainsString('+', $base64);
        $mangled = 'data:application/pdf;base64,' . chunk_split(str_replace('+', ' ', $base64), 76, "\r\n");

        $temp = $this->storage()->writeTempFromBase64($mangled, 1000000);

        self::assertSame($bytes, file_get_contents($temp->path()));
        self::assertSame(strlen($bytes), $temp->size());
        self::assertSame(hash('sha256', $bytes), $temp->sha256());
        self::assertStringStartsWith($this->root . '/tmp/', $temp->path());
    }

    /**
     * @dataProvider badBase64
     */
    public function testRejectsBadBase64AndLeavesNoTempFile(string $input, string $code): void
    {
        try {
            $this->storage()->writeTempFromBase64($input, 1000000);
            self::fail('accepted');
        } catch (Refusal $e) {
            self::assertSame($code, $e->errorCode());
            self::assertSame('pdf', $e->field());
        }
        self::assertSame([], $this->storedFiles());
    }

    /**
     * @return array<string, array{string, string}>
     */
    public function badBase64(): array
    {
        return [
            'foreign char' => ['JVBERi0x*jQK', 'pdf_not_base64'],
            'url-safe alphabet' => ['JVBERi0x_jQK', 'pdf_not_base64'],
            'padding in the middle' => ['JVBE=i0xLjQK', 'pdf_not_base64'],
            'data after padding' => ['JVBERg==JVBE', 'pdf_not_base64'],
            'triple padding' => ['JVBERi0xL===', 'pdf_not_base64'],
            'missing padding' => ['JVBERi0xLjQKJQ', 'pdf_not_base64'],
            'empty' => ['', 'pdf_missing'],
            'only line breaks' => ["\r\n\r\n", 'pdf_missing'],
            'other data uri' => ['data:text/html;base64,PGI+', 'pdf_not_base64'],
        ];
    }

    public function testStopsAtTheCapWithPdfTooLarge(): void
    {
        try {
            $this->storage()->writeTempFromBase64(base64_encode(str_repeat('A', 5000)), 4096);
            self::fail('accepted');
        } catch (Refusal $e) {
            self::assertSame('pdf_too_large', $e->errorCode());
            self::assertSame(413, $e->status());
        }
        self::assertSame([], $this->storedFiles());
    }

    public function testDecodingA20MegabytePdfKeepsMemoryFlat(): void
    {
        $pdf = PdfFactory::valid('big', 20 * 1024 * 1024);
        $base64 = chunk_split(base64_encode($pdf), 76, "\n");
        $expectedHash = hash('sha256', $pdf);
        $size = strlen($pdf);
        unset($pdf);
        if (function_exists('memory_reset_peak_usage')) {
            memory_reset_peak_usage();
        }
        $before = memory_get_usage();
        $peakBefore = memory_get_peak_usage();

        $temp = $this->storage()->writeTempFromBase64($base64, 25 * 1024 * 1024);

        $growth = memory_get_peak_usage() - max($before, function_exists('memory_reset_peak_usage') ? $before : $peakBefore);
        self::assertLessThan(8 * 1024 * 1024, $growth, 'decoding must not hold a second copy of the PDF');
        self::assertSame($size, $temp->size());
        self::assertSame($expectedHash, $temp->sha256());
        self::assertSame($expectedHash, hash_file('sha256', $temp->path()));
    }

    public function testCopiesAnUploadedFileWithItsHash(): void
    {
        $source = tempnam(sys_get_temp_dir(), 'upl');
        file_put_contents($source, PdfFactory::valid());
        try {
            $temp = $this->storage()->writeTempFromFile($source, 1000000);
            self::assertSame(hash_file('sha256', $source), $temp->sha256());
            self::assertFileExists($source, 'the upload itself is left to PHP');
            $this->expectException(Refusal::class);
            $this->storage()->writeTempFromFile($source, 10);
        } finally {
            unlink($source);
        }
    }

    public function testPromoteGivesAGeneratedNameWithPrivatePermissionsAndProtection(): void
    {
        $storage = $this->storage();
        $temp = $storage->writeTempFromBase64(base64_encode(PdfFactory::valid()), 1000000);

        $fileName = $storage->promote($temp);

        self::assertMatchesRegularExpression('#^[0-9a-f]{2}/[0-9a-f]{64}\.pdf$#', $fileName);
        self::assertSame(substr($fileName, 0, 2), substr($fileName, 3, 2));
        self::assertFileDoesNotExist($temp->path());
        self::assertTrue($storage->exists($fileName));
        self::assertSame(0640, fileperms($this->root . '/' . $fileName) & 0777);
        self::assertSame(0750, fileperms($this->root) & 0777);
        foreach (['', '/tmp', '/' . substr($fileName, 0, 2)] as $folder) {
            $htaccess = (string) file_get_contents($this->root . $folder . '/.htaccess');
            self::assertStringContainsString('Require all denied', $htaccess);
            self::assertStringContainsString('Deny from all', $htaccess);
            self::assertStringContainsString('header(\'Location: ../\')', (string) file_get_contents($this->root . $folder . '/index.php'));
        }
        $streamed = '';
        $sent = $storage->stream($fileName, function (string $bytes) use (&$streamed): void {
            $streamed .= $bytes;
        }, 100);
        self::assertSame(PdfFactory::valid(), $streamed);
        self::assertSame(strlen($streamed), $sent);
        self::assertTrue($storage->delete($fileName));
        self::assertFalse($storage->exists($fileName));
    }

    /**
     * @dataProvider foreignNames
     */
    public function testNeverTurnsAForeignNameIntoAPath(string $name): void
    {
        $this->expectException(StorageException::class);
        $this->storage()->stream($name, function (): void {
        });
    }

    /**
     * @return array<string, array{string}>
     */
    public function foreignNames(): array
    {
        $hex = str_repeat('ab', 32);

        return [
            'traversal' => ['../../etc/passwd'],
            'phar' => ['phar://ab/' . $hex . '.pdf'],
            'absolute' => ['/etc/passwd'],
            'subfolder mismatch' => ['cd/' . $hex . '.pdf'],
            'uppercase' => ['AB/' . strtoupper($hex) . '.pdf'],
            'other extension' => ['ab/' . $hex . '.php'],
        ];
    }

    public function testDiscardRemovesTheTempFile(): void
    {
        $storage = $this->storage();
        $temp = $storage->writeTempFromBase64(base64_encode('%PDF-x'), 100);
        $storage->discard($temp);

        self::assertSame([], $this->storedFiles());
    }

    public function testRemoveFolderIfEmptyRemovesOnlyAnEmptyHashFolderNeverTheRoot(): void
    {
        $storage = $this->storage();
        $first = $storage->promote($storage->writeTempFromBase64(base64_encode(PdfFactory::valid()), 1000000));
        $folder = $this->root . '/' . substr($first, 0, 2);
        self::assertSame([substr($first, 0, 2)], $storage->hashFolders());

        // Still holding the file: kept.
        self::assertFalse($storage->removeFolderIfEmpty($first));
        self::assertDirectoryExists($folder);
        // A stranger's file in it: kept.
        self::assertTrue($storage->delete($first));
        file_put_contents($folder . '/note.txt', 'x');
        self::assertFalse($storage->removeFolderIfEmpty($first));
        self::assertFileExists($folder . '/.htaccess');
        unlink($folder . '/note.txt');

        // Only its guards left: removed, the root and tmp/ stay.
        self::assertTrue($storage->removeFolderIfEmpty($first));
        self::assertDirectoryDoesNotExist($folder);
        self::assertSame([], $storage->hashFolders());
        self::assertDirectoryExists($this->root . '/tmp');
        self::assertFileExists($this->root . '/.htaccess');

        // The next document of that prefix gets its folder (and its guards) back.
        $again = $storage->promote($storage->writeTempFromBase64(base64_encode(PdfFactory::valid()), 1000000));
        self::assertTrue($storage->exists($again));
        self::assertFileExists($this->root . '/' . substr($again, 0, 2) . '/.htaccess');
    }
}
