<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Admin;

use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\BackOffice\Query\EventListQuery;
use Ebpdocuments\Storage\Repository\CustomerTermRepository;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

/**
 * A search's page in received order (the list's default) on MariaDB (issue 14): the candidates are read along the
 * primary key, in slices shorter than the IN lists MariaDB turns into a temporary table, and never sorted; the page
 * is the one the list without a search gives for the same documents. A source with more documents than its cap keeps
 * the newest, in the documents list and in the activity log.
 */
final class DocumentSearchOrderTest extends CoreDatabaseTestCase
{
    /** @var array<int, array{id: int, type: string}> every document, in the order they were received */
    private $documents = [];

    protected function setUp(): void
    {
        parent::setUp();
        // 1,200 candidates for "ord" (no source over its cap of 1,000): 900 by number, 300 by billing e-mail; every
        // third one a quote; received one minute apart, in the order of their ids.
        // First, an older document that no search for "ord" finds.
        $rows = [['type' => 'invoice', 'reference' => 'ZZZ', 'email' => 'other@example.com', 'date_add' => '2024-12-01 00:00:00']];
        for ($index = 0; $index < 1200; ++$index) {
            $byNumber = $index % 4 !== 3;
            $rows[] = [
                'type' => $index % 3 === 0 ? 'quote' : 'invoice',
                'reference' => ($byNumber ? 'ORD' : 'X') . str_pad((string) $index, 5, '0', STR_PAD_LEFT),
                'email' => $byNumber ? 'client@example.com' : 'ord' . $index . '@example.com',
                'date_add' => (new \DateTimeImmutable('2025-01-01 00:00:00'))->modify('+' . $index . ' minutes')->format('Y-m-d H:i:s'),
            ];
        }
        foreach (array_chunk($rows, 200) as $chunk) {
            $values = [];
            foreach ($chunk as $row) {
                $values[] = "(1, '" . $row['type'] . "', '" . $row['reference'] . "', '" . $row['email'] . "', '" . $row['email'] . "', 'attached', "
                    . "'f.pdf', 10, REPEAT('0', 64), REPEAT('1', 64), 'api', '" . $row['date_add'] . "', '" . $row['date_add'] . "')";
            }
            $this->db->execute(
                'INSERT INTO PREFIX_ebpdocuments_document (id_shop, type, reference, billing_email, email_normalized, status, file_name, file_size, sha256, access_token, source, date_add, date_upd) VALUES '
                . implode(', ', $values)
            );
        }
        foreach ($this->db->fetchAll("SELECT id_document, type FROM PREFIX_ebpdocuments_document WHERE reference <> 'ZZZ' ORDER BY date_add, id_document") as $row) {
            $this->documents[] = ['id' => (int) $row['id_document'], 'type' => (string) $row['type']];
        }
    }

    public function testTheSearchPageIsTheListsPageInBothDirectionsAcrossTheSlices(): void
    {
        $query = new DocumentListQuery($this->db);
        $newestFirst = array_reverse(array_column($this->documents, 'id'));
        $invoicesNewestFirst = array_reverse(array_column(array_filter($this->documents, function (array $document): bool {
            return $document['type'] === 'invoice';
        }), 'id'));

        self::assertSame(1200, $query->page([1], ['search' => 'ord'], 'received', 'desc', 1, 25)['total']);
        // Page 1; the page that crosses the first slice of 999 ids (rows 975 to 999, then 1,000); the last page.
        foreach ([1, 40, 41, 48] as $page) {
            self::assertSame(array_slice($newestFirst, ($page - 1) * 25, 25), $this->ids($query->page([1], ['search' => 'ord'], 'received', 'desc', $page, 25)), 'page ' . $page);
            self::assertSame($this->ids($query->page([1], [], 'received', 'desc', $page, 25)), $this->ids($query->page([1], ['search' => 'ord'], 'received', 'desc', $page, 25)), 'as the list without a search, page ' . $page);
        }
        self::assertSame(array_slice(array_reverse($newestFirst), 950, 50), $this->ids($query->page([1], ['search' => 'ord'], 'received', 'asc', 20, 50)), 'oldest first, across the slices');
        // A filter the slices do not know about: the invoices only (800), page 33 of 25 ends past the first slice.
        self::assertSame(array_slice($invoicesNewestFirst, 775, 25), $this->ids($query->page([1], ['search' => 'ord', 'type' => 'invoice'], 'received', 'desc', 32, 25)));
        self::assertSame(800, $query->page([1], ['search' => 'ord', 'type' => 'invoice'], 'received', 'desc', 32, 25)['total']);
        self::assertSame([], $this->ids($query->page([1], ['search' => 'nothing-like-this'], 'received', 'desc', 1, 25)));
    }

    public function testNothingIsSortedInReceivedOrderButAnotherOrderSortsTheCandidates(): void
    {
        $query = new DocumentListQuery($this->db);

        $before = $this->rowsSorted();
        $query->page([1], ['search' => 'ord'], 'received', 'desc', 3, 25);
        $query->page([1], ['search' => 'ord', 'type' => 'invoice'], 'received', 'asc', 1, 25);
        self::assertSame(0, $this->rowsSorted() - $before);

        $before = $this->rowsSorted();
        $query->page([1], ['search' => 'ord'], 'reference', 'asc', 1, 25);
        self::assertGreaterThan(0, $this->rowsSorted() - $before, 'the measure sees a sort');
    }

    public function testASourceWithMoreThanItsCapKeepsTheNewestDocuments(): void
    {
        // A wholesaler: 1,100 invoices in its account, billed to its e-mail, numbered and dated in the order received.
        $customer = $this->addCustomer('big@example.com');
        (new CustomerTermRepository($this->db))->replace($customer, CustomerTermRepository::termsOf('Grand', 'Compte', 'big@example.com', 'Grossiste SA'));
        $values = [];
        for ($index = 1; $index <= 1100; ++$index) {
            $moment = (new \DateTimeImmutable('2025-06-01 00:00:00'))->modify('+' . $index . ' minutes');
            $values[] = "(1, 'invoice', 'BIG" . str_pad((string) $index, 5, '0', STR_PAD_LEFT) . "', 'big@example.com', 'big@example.com', " . $customer . ", 'attached', '"
                . $moment->format('Y-m-d') . "', 'f.pdf', 10, REPEAT('0', 64), REPEAT('2', 64), 'api', '" . $moment->format('Y-m-d H:i:s') . "', '" . $moment->format('Y-m-d H:i:s') . "')";
        }
        foreach (array_chunk($values, 200) as $chunk) {
            $this->db->execute(
                'INSERT INTO PREFIX_ebpdocuments_document (id_shop, type, reference, billing_email, email_normalized, id_customer, status, document_date, file_name, file_size, sha256, access_token, source, date_add, date_upd) VALUES '
                . implode(', ', $chunk)
            );
        }
        $newest = array_map('intval', array_column($this->db->fetchAll("SELECT id_document FROM PREFIX_ebpdocuments_document WHERE reference LIKE 'BIG%' ORDER BY id_document DESC LIMIT 20"), 'id_document'));
        $query = new DocumentListQuery($this->db);

        // By its e-mail (billing e-mail and account), by number, by company: each source finds 1,100 and keeps 1,000.
        foreach (['big@' => 'e-mail', 'BIG0' => 'number', 'Grossiste' => 'company'] as $search => $source) {
            $page = $query->page([1], ['search' => $search], 'received', 'desc', 1, 20);
            self::assertSame($newest, $this->ids($page), 'the newest first, by ' . $source);
            self::assertTrue($page['totalCapped'], $source);
        }

        // The activity log's search, over one "received" event per document: the newest events too.
        $this->db->execute(
            "INSERT INTO PREFIX_ebpdocuments_event (id_shop, id_document, document_type, document_reference, event, date_add)
             SELECT id_shop, id_document, type, reference, 'received', date_add FROM PREFIX_ebpdocuments_document WHERE reference LIKE 'BIG%' ORDER BY id_document"
        );
        $events = new EventListQuery($this->db);
        foreach (['big@' => 'e-mail', 'BIG0' => 'number', 'Grossiste' => 'company'] as $search => $source) {
            $page = $events->page([1], $search, '', 1, 20);
            self::assertSame($newest, array_map('intval', array_column($page['rows'], 'id_document')), 'the newest events first, by ' . $source);
            self::assertTrue($page['totalCapped'], $source);
        }
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

    /** Rows this session's statements have sorted (a filesort, in memory or on disk). */
    private function rowsSorted(): int
    {
        return (int) $this->db->fetchAll("SHOW SESSION STATUS LIKE 'Sort_rows'")[0]['Value'];
    }
}
