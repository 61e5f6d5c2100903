<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Storage;

use Ebpdocuments\Storage\Sha256;
use PHPUnit\Framework\TestCase;

final class Sha256Test extends TestCase
{
    public function testKnownDigestsInOnePieceAndInMany(): void
    {
        // FIPS 180-2's examples: "abc", the empty message, and the 448-bit message split over pieces.
        $this->assertSame('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', self::digest(['abc']));
        $this->assertSame('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', self::digest([]));
        $this->assertSame('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', self::digest(['', '']));
        $this->assertSame(
            '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
            self::digest(['abcdbcdecdefdefg', '', 'efghfghighijhijkijkljklmklmnlmnomnopnopq'])
        );
    }

    public function testAnySplitGivesTheDigestOfTheWhole(): void
    {
        // Larger than KEPT_BYTES: the pieces are kept for OpenSSL at first, then go to PHP's incremental hash.
        $bytes = str_repeat("%PDF-1.4\n\x00\xff", 40000) . random_bytes(Sha256::KEPT_BYTES);
        $whole = hash('sha256', $bytes);
        $this->assertSame($whole, self::digest([$bytes]), 'one piece');
        foreach ([[1], [Sha256::KEPT_BYTES], [Sha256::KEPT_BYTES + 1], [7, 65536, 1], [300000, 0, 300000]] as $sizes) {
            $pieces = [];
            $offset = 0;
            foreach ($sizes as $size) {
                $pieces[] = (string) substr($bytes, $offset, $size);
                $offset += $size;
            }
            $pieces[] = (string) substr($bytes, $offset);
            $this->assertSame($whole, self::digest($pieces), 'pieces of ' . implode(', ', $sizes) . ' bytes and the rest');
        }
        // A document within KEPT_BYTES in many pieces, as the base64 decoder gives its padded end apart.
        $invoice = (string) substr($bytes, 0, 102401);
        $this->assertSame(hash('sha256', $invoice), self::digest(str_split($invoice, 4096)));
        $this->assertSame(hash('sha256', $invoice), self::digest([(string) substr($invoice, 0, 102399), (string) substr($invoice, 102399)]));
    }

    public function testStoredFiles(): void
    {
        $path = (string) tempnam(sys_get_temp_dir(), 'sha');
        try {
            foreach (['', 'abc', random_bytes(100000), random_bytes(Sha256::KEPT_BYTES * 2 + 3)] as $bytes) {
                file_put_contents($path, $bytes);
                $this->assertSame(hash('sha256', $bytes), Sha256::ofFile($path), strlen($bytes) . ' bytes');
            }
        } finally {
            @unlink($path);
        }
        $this->assertNull(Sha256::ofFile($path), 'no file');
    }

    /**
     * @param string[] $pieces
     */
    private static function digest(array $pieces): string
    {
        $hash = new Sha256();
        foreach ($pieces as $piece) {
            $hash->update($piece);
        }

        return $hash->hex();
    }
}
