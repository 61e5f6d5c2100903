<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Support;

use Ebpdocuments\Kernel\Support\UploadLimits;
use PHPUnit\Framework\TestCase;

final class UploadLimitsTest extends TestCase
{
    public function testTheBatchLimitIsTheSmallerOfTheModulesCapAndMaxFileUploads(): void
    {
        $limits = new UploadLimits(1048576, 0, 0, 20);
        $this->assertSame(20, $limits->batchMaxItems());
        $this->assertTrue($limits->batchLimitedByPhp());
        $this->assertSame(['maxFileUploads' => 20, 'batchMaxItems' => 20], array_intersect_key($limits->toArray(), ['maxFileUploads' => 0, 'batchMaxItems' => 0]));

        $generous = new UploadLimits(1048576, 0, 0, 200);
        $this->assertSame(UploadLimits::BATCH_MAX_ITEMS, $generous->batchMaxItems());
        $this->assertFalse($generous->batchLimitedByPhp());
    }

    public function testFileUploadsOffKeepsNoFilePart(): void
    {
        $this->assertSame(0, UploadLimits::iniFileUploads('0', '20'));
        $this->assertSame(0, UploadLimits::iniFileUploads('Off', '20'));
        $this->assertSame(20, UploadLimits::iniFileUploads('1', '20'));
        $this->assertSame(0, (new UploadLimits(1, 0, 0, 0))->batchMaxItems());
    }
}
