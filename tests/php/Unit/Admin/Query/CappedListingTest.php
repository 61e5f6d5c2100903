<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Admin\Query;

use Ebpdocuments\BackOffice\Query\CappedListing;
use PHPUnit\Framework\TestCase;

final class CappedListingTest extends TestCase
{
    public function testThePageStaysWithinTheRowsThereAre(): void
    {
        self::assertSame(1, CappedListing::page(0, 45, 20));
        self::assertSame(2, CappedListing::page(2, 45, 20));
        self::assertSame(3, CappedListing::page(9, 45, 20));
        self::assertSame(1, CappedListing::page(5, 0, 20), 'an empty list still has its first page');
    }

    public function testCandidatesAreDistinctInSourceOrderAndEachSourceIsCut(): void
    {
        self::assertSame([[3, 1, 2], false], CappedListing::candidates([[3, 1], [1, 2]], 2));
        self::assertSame([[1, 2, 9], true], CappedListing::candidates([[1, 2, 3], [9]], 2));
        self::assertSame([[], false], CappedListing::candidates([], 2));
    }
}
