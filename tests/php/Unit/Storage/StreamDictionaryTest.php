<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Storage;

use Ebpdocuments\Storage\StreamDictionary;
use PHPUnit\Framework\TestCase;

final class StreamDictionaryTest extends TestCase
{
    public function testLengthIsTheLastDirectNonNegativeInteger(): void
    {
        $this->assertSame(12, StreamDictionary::parse('<< /Length 12 >>')->length());
        $this->assertSame(12, StreamDictionary::parse('<</Type/XObject/Length 12/Filter/DCTDecode>>')->length());
        $this->assertNull(StreamDictionary::parse('<< /Length 7 0 R >>')->length(), 'indirect');
        $this->assertSame(5, StreamDictionary::parse('<< /Length 9 /Length 5 >>')->length(), 'the last key counts');
        $this->assertNull(StreamDictionary::parse('<< /Length -3 >>')->length());
        $this->assertNull(StreamDictionary::parse('<< /Length 3.5 >>')->length());
        $this->assertSame(4, StreamDictionary::parse("<< /Title (a /Length 99 \\) (b)) % /Length 98\n /Length 4 /Sub << /Length 97 >> >>")->length(), 'not inside strings, comments or nested dictionaries');
    }

    public function testObjectStreamsFiltersAndParameters(): void
    {
        $this->assertTrue(StreamDictionary::parse('<< /Type /ObjStm /N 2 /First 9 /Length 40 >>')->isObjectStream());
        $this->assertTrue(StreamDictionary::parse('<< /Type /Obj#53tm /Length 40 >>')->isObjectStream(), '#xx decoded');
        $this->assertTrue(StreamDictionary::parse('<< /N 2 /First 9 /Length 40 >>')->isObjectStream(), '/First without /Type');
        $this->assertFalse(StreamDictionary::parse('<< /N 3 /Length 40 >>')->isObjectStream(), 'an ICC profile has /N only');
        $this->assertSame(['FlateDecode'], StreamDictionary::parse('<< /Filter /FlateDecode >>')->filters());
        $this->assertSame(['ASCII85Decode', 'FlateDecode'], StreamDictionary::parse('<< /Filter [/ASCII85Decode /FlateDecode] >>')->filters());
        $this->assertNull(StreamDictionary::parse('<< /Filter 5 0 R >>')->filters());
        $this->assertSame([], StreamDictionary::parse('<< /Length 1 >>')->filters());
        $this->assertTrue(StreamDictionary::parse('<< /DecodeParms << /Predictor 12 >> >>')->hasDecodeParms());
        $this->assertFalse(StreamDictionary::parse('<< /DecodeParms null >>')->hasDecodeParms());
        $this->assertFalse(StreamDictionary::parse('<< /DecodeParms [null] >>')->hasDecodeParms());
    }
}
