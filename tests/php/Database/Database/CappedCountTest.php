<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Database;

use Ebpdocuments\Kernel\Database\CappedCount;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

/**
 * The capped count every unbounded figure of the module uses (lists, badges, overview, account tile).
 */
final class CappedCountTest extends CoreDatabaseTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        for ($id = 10; $id < 50; ++$id) {
            $this->addShopGroup($id, $id % 2 === 0);
        }
    }

    public function testACountBelowTheCapIsExactAndOneAboveMeansMore(): void
    {
        $fromWhere = 'PREFIX_shop_group WHERE id_shop_group >= :from';

        self::assertSame(40, CappedCount::of($this->db, $fromWhere, ['from' => 10], 40), 'exactly the cap');
        self::assertSame(40, CappedCount::of($this->db, $fromWhere, ['from' => 10], 100));
        self::assertSame(4, CappedCount::of($this->db, $fromWhere, ['from' => 10], 3), 'cap + 1: more than 3');
        self::assertSame(0, CappedCount::of($this->db, $fromWhere, ['from' => 1000], 3));
    }

    public function testTheWalkStopsAtTheCapHoweverManyRowsMatch(): void
    {
        // Whatever SHOW STATUS reads of its own: what two readings in a row differ by.
        $own = -$this->rowsRead() + $this->rowsRead();
        $before = $this->rowsRead();
        CappedCount::of($this->db, 'PREFIX_shop_group WHERE id_shop_group >= :from', ['from' => 10], 3);
        $capped = $this->rowsRead() - $before - $own;
        $before = $this->rowsRead();
        $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_shop_group WHERE id_shop_group >= :from', ['from' => 10]);
        $uncapped = $this->rowsRead() - $before - $own;

        // The primary key's range is read up to the fourth entry (cap + 1), not the 40 that match.
        self::assertGreaterThanOrEqual(40, $uncapped);
        self::assertLessThanOrEqual(4, $capped);
    }

    public function testSeveralSetsAreCountedInOneStatement(): void
    {
        $rows = $this->db->fetchAll(
            'SELECT 0 AS branch, COUNT(*) AS n FROM ' . CappedCount::rows('PREFIX_shop_group WHERE share_customer = 1 AND id_shop_group >= 10', 5, 't0')
            . ' UNION ALL SELECT 1 AS branch, COUNT(*) AS n FROM ' . CappedCount::rows('PREFIX_shop_group WHERE share_customer = 0 AND id_shop_group >= 40', 5, 't1')
        );

        self::assertSame([['branch' => '0', 'n' => '6'], ['branch' => '1', 'n' => '5']], $rows);
    }

    /** Index entries this session has read (not the rows of the derived table the count then reads). */
    private function rowsRead(): int
    {
        $total = 0;
        foreach ($this->db->fetchAll("SHOW SESSION STATUS WHERE Variable_name IN ('Handler_read_first', 'Handler_read_key', 'Handler_read_next')") as $row) {
            $total += (int) $row['Value'];
        }

        return $total;
    }
}
