<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Admin;

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\Page\PageDocuments;
use Ebpdocuments\BackOffice\Page\PageTargets;
use Ebpdocuments\BackOffice\Presenter\DocumentRowPresenter;
use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\Matching\CustomerLinkRepository;
use Ebpdocuments\Matching\CustomerMatcher;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Matching\OrderResolver;
use Ebpdocuments\Shop\Install\Schema;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;
use Ebpdocuments\Tests\Support\Harness\HarnessLinks;
use Ebpdocuments\Tests\Support\InMemorySettings;

/**
 * One customer's documents on MariaDB (issue 14): the Customer page block's newest hundred without a sort, and the
 * list filtered by that customer (the block's "see them all" link): every one of that customer's documents, paged in
 * each order along that customer's index of the sort without a sort, and only theirs, only in the shops asked for;
 * exports walk the same set.
 */
final class DocumentCustomerFilterTest extends CoreDatabaseTestCase
{
    const CUSTOMER = 42;

    /** @var int[] the customer's documents in shop 1, newest received first */
    private $newestFirst = [];

    protected function setUp(): void
    {
        parent::setUp();
        // 1,200 documents received one minute apart: every third one the customer's (400, a third of them dismissed),
        // the others another customer's or waiting; one more of the customer's in shop 2.
        $values = [];
        for ($index = 0; $index < 1200; ++$index) {
            $customer = $index % 3 === 0 ? self::CUSTOMER : ($index % 3 === 1 ? 7 : 0);
            $at = (new \DateTimeImmutable('2025-01-01 00:00:00'))->modify('+' . $index . ' minutes')->format('Y-m-d H:i:s');
            // Document dates out of received order (imported documents keep EBP's date).
            $date = (new \DateTimeImmutable('2024-01-01'))->modify('+' . (($index * 37) % 365) . ' days')->format('Y-m-d');
            $status = $customer === 0 ? 'pending' : ($index % 9 === 0 ? 'dismissed' : 'attached');
            $values[] = "(1, 'invoice', 'FA" . str_pad((string) $index, 5, '0', STR_PAD_LEFT) . "', " . ($customer > 0 ? $customer : 'NULL') . ", '"
                . $status . "', " . ($index % 7) . ", '" . $date . "', 'f.pdf', 10, REPEAT('0', 64), REPEAT('1', 64), 'api', '" . $at . "', '" . $at . "')";
        }
        $values[] = "(2, 'invoice', 'FB1', " . self::CUSTOMER . ", 'attached', 1, '2025-06-01', 'f.pdf', 10, REPEAT('0', 64), REPEAT('1', 64), 'api', '2026-01-01 00:00:00', '2026-01-01 00:00:00')";
        foreach (array_chunk($values, 200) as $chunk) {
            $this->db->execute(
                'INSERT INTO PREFIX_ebpdocuments_document (id_shop, type, reference, id_customer, status, total_tax_incl, document_date, file_name, file_size, sha256, access_token, source, date_add, date_upd) VALUES '
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

    /**
     * @return array<string, array{0: string, 1: string, 2: string}>
     */
    public static function sorts(): array
    {
        return [
            'amount, highest first' => ['amount', 'desc', 'total_tax_incl'],
            'amount, lowest first' => ['amount', 'asc', 'total_tax_incl'],
            'document date' => ['date', 'desc', 'document_date'],
            'reference' => ['reference', 'asc', 'reference'],
        ];
    }

    /**
     * @dataProvider sorts
     */
    public function testEveryOtherOrderPagesTheCustomersDocumentsWithoutASort(string $sort, string $direction, string $column): void
    {
        $query = new DocumentListQuery($this->db);
        $expected = $this->db->fetchAll(
            'SELECT id_document FROM PREFIX_ebpdocuments_document WHERE id_customer = :customer AND id_shop = 1
             ORDER BY ' . $column . ' ' . $direction . ', id_document ' . $direction,
            ['customer' => self::CUSTOMER]
        );
        $expected = array_map('intval', array_column($expected, 'id_document'));
        self::assertCount(400, $expected);
        self::assertNotSame($this->newestFirst, $expected, 'an order other than received');

        $before = $this->rowsSorted();
        foreach ([1, 3, 8] as $page) {
            self::assertSame(array_slice($expected, ($page - 1) * 50, 50), $this->ids($query->page([1], ['customerId' => self::CUSTOMER], $sort, $direction, $page, 50)), 'page ' . $page);
        }
        self::assertSame(0, $this->rowsSorted() - $before, 'the page walks ' . DocumentListQuery::CUSTOMER_SORT_INDEXES[$sort]);

        // With two shops the index has two ranges: that customer's 401 documents are sorted, not the shops' 1,201.
        $before = $this->rowsSorted();
        $rows = $query->page([1, 2], ['customerId' => self::CUSTOMER], $sort, $direction, 1, 401)['rows'];
        self::assertCount(401, $rows);
        self::assertSame([(string) self::CUSTOMER], array_values(array_unique(array_column($rows, 'id_customer'))));
        self::assertSame(401, $this->rowsSorted() - $before);
    }

    public function testEachSortHasTheCustomersIndexOfItsColumn(): void
    {
        self::assertSame(array_keys(DocumentListQuery::SORTS), array_keys(DocumentListQuery::CUSTOMER_SORT_INDEXES));
        foreach (DocumentListQuery::CUSTOMER_SORT_INDEXES as $sort => $index) {
            $column = substr(DocumentListQuery::SORTS[$sort], strlen('d.'));
            self::assertSame(['id_customer', 'id_shop', $column], Schema::DOCUMENT_INDEXES[$index] ?? null, $sort);
        }
    }

    public function testTheCustomerPageBlockReadsTheNewestHundredWithoutASort(): void
    {
        $id = $this->addCustomer('jean@example.com');
        $this->db->execute('UPDATE PREFIX_customer SET id_customer = :customer WHERE id_customer = :id', ['customer' => self::CUSTOMER, 'id' => $id]);
        $this->addShop(2, 1);
        $expected = array_map('intval', array_column($this->db->fetchAll(
            'SELECT id_document FROM PREFIX_ebpdocuments_document WHERE id_customer = :customer AND id_shop = 1
             ORDER BY document_date DESC, id_document DESC LIMIT 100',
            ['customer' => self::CUSTOMER]
        ), 'id_document'));
        $normalizer = new EmailNormalizer();
        $proofs = new EmailProofs($this->db, $normalizer, new InMemorySettings([]), $this->fixedClock());
        $matcher = new CustomerMatcher($this->db, $normalizer, new OrderResolver($this->db), new CustomerLinkRepository($this->db, $this->fixedClock()), $proofs);
        $block = new PageDocuments($this->db, new PageTargets($this->db, $matcher), new DocumentListQuery($this->db), new DocumentRowPresenter(new HarnessLinks('http://shop.test')), $normalizer);

        $before = $this->rowsSorted();
        $shown = $block->forCustomer(self::CUSTOMER, new ActionContext(1, [1]));
        self::assertSame(0, $this->rowsSorted() - $before, 'one shop: the newest 101 along customer_document_date, every status');
        self::assertSame($expected, array_column($shown['documents'], 'id'));
        self::assertContains('dismissed', array_column($shown['documents'], 'status'));
        self::assertTrue($shown['moreDocuments']);

        // Two shops: each walks its own part of the index (newest 101 at most), then those few are sorted together.
        $shown = $block->forCustomer(self::CUSTOMER, new ActionContext(1, [1, 2]));
        $shopTwo = (int) $this->db->fetchAll("SELECT id_document FROM PREFIX_ebpdocuments_document WHERE reference = 'FB1'")[0]['id_document'];
        self::assertSame(array_merge([$shopTwo], array_slice($expected, 0, 99)), array_column($shown['documents'], 'id'));
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
