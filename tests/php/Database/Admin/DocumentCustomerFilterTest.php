<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Admin;

use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

/**
 * The list filtered by one customer (the "see them all" link of PrestaShop's Customer page) on MariaDB (issue 14):
 * every one of that customer's documents, paged in received order along the customer_received index without a sort,
 * and only theirs, only in the shops asked for; exports walk the same set.
 */
final class DocumentCustomerFilterTest extends CoreDatabaseTestCase
{
    const CUSTOMER = 42;

    /** @var int[] the customer's documents in shop 1, newest received first */
    private $newestFirst = [];

    protected function setUp(): void
    {
        parent::setUp();
        // 1,200 documents received one minute apart: every third one the customer's (400), the others another
        // customer's or waiting; one more of the customer's in shop 2.
        $values = [];
        for ($index = 0; $index < 1200; ++$index) {
            $customer = $index % 3 === 0 ? self::CUSTOMER : ($index % 3 === 1 ? 7 : 0);
            $at = (new \DateTimeImmutable('2025-01-01 00:00:00'))->modify('+' . $index . ' minutes')->format('Y-m-d H:i:s');
            $values[] = "(1, 'invoice', 'FA" . str_pad((string) $index, 5, '0', STR_PAD_LEFT) . "', " . ($customer > 0 ? $customer : 'NULL') . ", '"
                . ($customer > 0 ? 'attached' : 'pending') . "', " . ($index % 7) . ", 'f.pdf', 10, REPEAT('0', 64), REPEAT('1', 64), 'api', '" . $at . "', '" . $at . "')";
        }
        $values[] = "(2, 'invoice', 'FB1', " . self::CUSTOMER . ", 'attached', 1, 'f.pdf', 10, REPEAT('0', 64), REPEAT('1', 64), 'api', '2026-01-01 00:00:00', '2026-01-01 00:00:00')";
        foreach (array_chunk($values, 200) as $chunk) {
            $this->db->execute(
                'INSERT INTO PREFIX_ebpdocuments_document (id_shop, type, reference, id_customer, status, total_tax_incl, file_name, file_size, sha256, access_token, source, date_add, date_upd) VALUES '
                . implode(', ', $chunk)
            );
        }
        $this->newestFirst = array_map('intval', array_column($this->db->fetchAll(
            'SELECT id_document FROM PREFIX_ebpdocuments_document WHERE id_customer = :customer AND id_shop = 1 ORDER BY id_document DESC',
            ['customer' => self::CUSTOMER]
        ), 'id_document'));
    }

    public function testEveryPageHoldsTheCustomersDocumentsInReceivedOrderWithoutASort(): void
    {
        $query = new DocumentListQuery($this->db);
        self::assertCount(400, $this->newestFirst);

        $before = $this->rowsSorted();
        $first = $query->page([1], ['customerId' => self::CUSTOMER], 'received', 'desc', 1, 50);
        self::assertSame(400, $first['total']);
        self::assertFalse($first['totalCapped']);
        foreach ([1, 4, 8] as $page) {
            self::assertSame(array_slice($this->newestFirst, ($page - 1) * 50, 50), $this->ids($query->page([1], ['customerId' => self::CUSTOMER], 'received', 'desc', $page, 50)), 'page ' . $page);
        }
        self::assertSame(array_slice(array_reverse($this->newestFirst), 100, 50), $this->ids($query->page([1], ['customerId' => self::CUSTOMER], 'received', 'asc', 3, 50)), 'oldest first');
        self::assertSame(0, $this->rowsSorted() - $before, 'received order walks the customer_received index');

        // The shop 2 document comes with shop 2 only.
        self::assertSame(401, $query->page([1, 2], ['customerId' => self::CUSTOMER], 'received', 'desc', 1, 50)['total']);
        self::assertCount(1, $this->ids($query->page([2], ['customerId' => self::CUSTOMER], 'received', 'desc', 1, 50)));
    }

    public function testAnotherOrderSortsTheCustomersDocumentsOnly(): void
    {
        $query = new DocumentListQuery($this->db);
        $before = $this->rowsSorted();

        $rows = $query->page([1], ['customerId' => self::CUSTOMER], 'amount', 'desc', 1, 400)['rows'];

        self::assertCount(400, $rows);
        $amounts = array_map('floatval', array_column($rows, 'total_tax_incl'));
        $sorted = $amounts;
        rsort($sorted);
        self::assertSame($sorted, $amounts);
        self::assertSame([(string) self::CUSTOMER], array_values(array_unique(array_column($rows, 'id_customer'))));
        self::assertSame(400, $this->rowsSorted() - $before, 'the sort reads the customer\'s 400 documents, not the shop\'s 1,200');
    }

    public function testTheExportWalksTheSameDocuments(): void
    {
        $query = new DocumentListQuery($this->db);
        $walked = [];
        $before = 0;
        do {
            $batch = $query->idsBefore([1], ['customerId' => self::CUSTOMER], null, $before, 150);
            $walked = array_merge($walked, $batch);
            $before = $batch === [] ? 0 : (int) end($batch);
        } while ($batch !== []);

        self::assertSame($this->newestFirst, $walked);
        self::assertSame([], $query->idsBefore([1], ['customerId' => 999], null, 0, 150));
    }

    /**
     * @param array{rows: array<int, array<string, string|null>>} $page
     *
     * @return int[]
     */
    private function ids(array $page): array
    {
        return array_map('intval', array_column($page['rows'], 'id_document'));
    }

    private function rowsSorted(): int
    {
        return (int) $this->db->fetchAll("SHOW SESSION STATUS LIKE 'Sort_rows'")[0]['Value'];
    }
}
