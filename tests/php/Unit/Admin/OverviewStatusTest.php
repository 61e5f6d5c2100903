<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Admin;

use Ebpdocuments\BackOffice\OverviewStatus;
use PHPUnit\Framework\TestCase;

final class OverviewStatusTest extends TestCase
{
    /** @return array<string, mixed> */
    private static function status(?string $document, ?string $refusal, bool $writable = true): array
    {
        return OverviewStatus::of($document, $refusal, $writable, new \DateTimeImmutable('2024-06-15 12:00:00'));
    }

    public function testDocumentsArriveNormally(): void
    {
        $this->assertSame(['state' => 'ok', 'code' => 'flowing', 'params' => ['minutes' => 14, 'at' => '2024-06-15 11:46:00']], self::status('2024-06-15 11:46:00', null));
        $this->assertSame('flowing', self::status('2024-06-15 11:46:00', '2024-06-15 11:00:00')['code'], 'a refusal older than the last document is past');
    }

    public function testARecentRefusalAfterTheLastDocumentIsAnError(): void
    {
        $this->assertSame(['state' => 'error', 'code' => 'refusing', 'params' => ['at' => '2024-06-15 11:50:00']], self::status('2024-06-15 11:46:00', '2024-06-15 11:50:00'));
        $this->assertSame('refusing', self::status(null, '2024-06-14 08:00:00')['code']);
        $this->assertSame('first', self::status(null, '2024-06-01 08:00:00')['code'], 'a refusal older than a week is not the news');
    }

    public function testNothingYetQuietAndStorage(): void
    {
        $this->assertSame(['state' => 'idle', 'code' => 'first', 'params' => []], self::status(null, null));
        $this->assertSame(['state' => 'warning', 'code' => 'quiet', 'params' => ['days' => 8, 'at' => '2024-06-07 10:00:00']], self::status('2024-06-07 10:00:00', null));
        $this->assertSame(['state' => 'error', 'code' => 'storage', 'params' => []], self::status('2024-06-15 11:46:00', null, false));
    }
}
