<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Matching;

use Ebpdocuments\Matching\EmailNormalizer;
use PHPUnit\Framework\TestCase;

final class EmailNormalizerTest extends TestCase
{
    public function testTrimsAndLowersWithoutTouchingTagsOrDots(): void
    {
        $normalizer = new EmailNormalizer();

        self::assertSame('first.last+invoices@example.fr', $normalizer->normalize("  First.Last+Invoices@EXAMPLE.fr\t"));
        self::assertSame('jéan@x.fr', $normalizer->normalize('JÉAN@X.FR'));
    }

    public function testIdnDomainIsKeptInItsUtf8Form(): void
    {
        $normalizer = new EmailNormalizer();

        self::assertSame('marie@bücher.de', $normalizer->normalize('marie@xn--bcher-kva.de'));
        self::assertSame('marie@bücher.de', $normalizer->normalize('marie@BÜCHER.DE'));
        self::assertSame(['marie@bücher.de', 'marie@xn--bcher-kva.de'], $normalizer->sqlCandidates('marie@bücher.de'));
        self::assertSame(['a@x.fr'], $normalizer->sqlCandidates('a@x.fr'));
    }

    /**
     * @dataProvider invalid
     */
    public function testRejectsWhatIsNotOneAddress(string $raw): void
    {
        self::assertNull((new EmailNormalizer())->normalize($raw));
    }

    /**
     * @return array<string, array{string}>
     */
    public function invalid(): array
    {
        return [
            'semicolon list' => ['a@x.fr;b@y.fr'],
            'comma list' => ['a@x.fr, b@y.fr'],
            'inner CRLF' => ["a@x.fr\r\nb@y.fr"],
            'inner LF' => ["a@x.fr\nb"],
            'NUL' => ["a@x.fr\0"],
            'space' => ['a b@x.fr'],
            'two @' => ['a@b@x.fr'],
            'no domain' => ['a@'],
            'no local' => ['@x.fr'],
            'no dot domain' => ['a@localhost'],
            'over 255' => [str_repeat('a', 60) . '@' . str_repeat('b', 196) . '.fr'],
            'invalid UTF-8' => ["a\xC3@x.fr"],
            'display name' => ['Jean <a@x.fr>'],
        ];
    }
}
