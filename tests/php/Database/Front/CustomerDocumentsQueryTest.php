<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Front;

use Ebpdocuments\Customer\CustomerDocumentsQuery;
use Ebpdocuments\Customer\CustomerIdentity;
use Ebpdocuments\Customer\DocumentListFilters;
use Ebpdocuments\Customer\ShopWordings;
use Ebpdocuments\Customer\TypeVisibility;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;
use Ebpdocuments\Tests\Support\Harness\HarnessLinks;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;
use Ebpdocuments\Tests\Support\InterceptingConnection;

/**
 * The My documents list on MariaDB: who sees what, in which order, filters and paging.
 */
final class CustomerDocumentsQueryTest extends FrontDatabaseTestCase
{
    public function testListsOnlyTheCustomersAttachedDocumentsOfThisShop(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $this->addShop(2, 1);
        $mine = $this->addDocument(['id_customer' => $alice, 'reference' => 'FA-MINE']);
        $this->addDocument(['id_customer' => $bob, 'reference' => 'FA-BOB']);
        $this->addDocument(['id_customer' => $alice, 'id_shop' => 2, 'reference' => 'FA-SHOP2']);
        $this->addDocument(['id_customer' => $alice, 'status' => DocumentStatus::WAITING, 'reference' => 'FA-PENDING']);
        $this->addDocument(['id_customer' => $alice, 'status' => DocumentStatus::DISMISSED, 'reference' => 'FA-DISMISSED']);
        $this->addDocument(['id_customer' => null, 'status' => DocumentStatus::WAITING, 'reason' => 'NO_ACCOUNT', 'email_normalized' => 'alice@example.com', 'reference' => 'FA-NOTICE']);

        $page = $this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters());

        self::assertSame(['FA-MINE'], array_column($page->items, 'reference'));
        self::assertSame(1, $page->total);
        self::assertSame($mine['id_document'], $page->items[0]['id']);
        self::assertSame('http://shop.test/download?id=' . $mine['id_document'] . '&token=' . $mine['access_token'], $page->items[0]['downloadUrl']);
        self::assertSame(['FA-SHOP2'], array_column($this->app(2)->customer()->customerDocuments()->page($alice, 2, new DocumentListFilters())->items, 'reference'));
    }

    public function testNobodyLoggedInSeesNothingEvenDocumentsWithoutCustomer(): void
    {
        $this->addDocument(['id_customer' => null]);
        $this->addDocument(['id_customer' => 0]);

        self::assertSame(0, $this->app()->customer()->customerDocuments()->page(0, 1, new DocumentListFilters())->total);
        self::assertSame(0, $this->app()->customer()->customerDocuments()->newCount(0, 1));
    }

    public function testOnlyVisibleTypesAreListedAndOffered(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->addDocument(['id_customer' => $alice, 'type' => 'invoice', 'reference' => 'FA1']);
        $this->addDocument(['id_customer' => $alice, 'type' => 'quote', 'reference' => 'DE1']);
        $this->settings->set(SettingKeys::TYPE_VISIBILITY, TypeVisibility::store(['invoice', 'credit_note']));

        $page = $this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters());
        self::assertSame(['FA1'], array_column($page->items, 'reference'));
        self::assertSame(['invoice', 'credit_note'], array_column($page->types, 'code'));
        self::assertSame(['Invoice', 'Credit note'], array_column($page->types, 'label'));

        $this->settings->set(SettingKeys::TYPE_VISIBILITY, TypeVisibility::store([]));
        self::assertFalse($this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters())->hasDocuments);
        $this->settings->set(SettingKeys::TYPE_VISIBILITY, 'not json');
        self::assertFalse($this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters())->hasDocuments);
    }

    public function testAShopUpgradedFrom100KeepsItsListOfShownTypesUntilTheMerchantSavesAgain(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->addDocument(['id_customer' => $alice, 'type' => 'invoice', 'reference' => 'FA1']);
        $this->addDocument(['id_customer' => $alice, 'type' => 'quote', 'reference' => 'DE1']);
        $this->settings->set(SettingKeys::VISIBLE_TYPES, '["invoice"]');

        self::assertSame(['FA1'], array_column($this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters())->items, 'reference'));
        $this->settings->set(SettingKeys::VISIBLE_TYPES, 'not json');
        self::assertFalse($this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters())->hasDocuments, 'a broken list hides');

        $this->settings->set(SettingKeys::TYPE_VISIBILITY, TypeVisibility::store(['quote']));
        self::assertSame(['DE1'], array_column($this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters())->items, 'reference'), 'the saved choice wins');
    }

    public function testNewestFirstByDocumentDateThenIdWithUndatedLast(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->addDocument(['id_customer' => $alice, 'reference' => 'OLD', 'document_date' => '2023-05-01']);
        $this->addDocument(['id_customer' => $alice, 'reference' => 'UNDATED', 'document_date' => null]);
        $this->addDocument(['id_customer' => $alice, 'reference' => 'SAME-A', 'document_date' => '2024-02-02']);
        $this->addDocument(['id_customer' => $alice, 'reference' => 'SAME-B', 'document_date' => '2024-02-02']);
        $this->addDocument(['id_customer' => $alice, 'reference' => 'NEWEST', 'document_date' => '2025-01-01']);

        $page = $this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters());

        self::assertSame(['NEWEST', 'SAME-B', 'SAME-A', 'OLD', 'UNDATED'], array_column($page->items, 'reference'));
        self::assertSame([2025, 2024, 2023], $page->years);
    }

    public function testFiltersByTypeAndYear(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->addDocument(['id_customer' => $alice, 'type' => 'invoice', 'reference' => 'FA24', 'document_date' => '2024-12-31']);
        $this->addDocument(['id_customer' => $alice, 'type' => 'invoice', 'reference' => 'FA25', 'document_date' => '2025-01-01']);
        $this->addDocument(['id_customer' => $alice, 'type' => 'credit_note', 'reference' => 'AV25', 'document_date' => '2025-06-01']);
        $query = $this->app()->customer()->customerDocuments();

        self::assertSame(['FA25', 'FA24'], array_column($query->page($alice, 1, DocumentListFilters::fromQuery(['type' => 'invoice']))->items, 'reference'));
        self::assertSame(['AV25', 'FA25'], array_column($query->page($alice, 1, DocumentListFilters::fromQuery(['year' => '2025']))->items, 'reference'));
        self::assertSame(['FA24'], array_column($query->page($alice, 1, DocumentListFilters::fromQuery(['type' => 'invoice', 'year' => '2024']))->items, 'reference'));
        $filtered = $query->page($alice, 1, DocumentListFilters::fromQuery(['type' => 'credit_note']));
        self::assertSame(1, $filtered->total);
        self::assertTrue($filtered->hasDocuments, 'the empty state depends on all documents, not on the filters');
        $none = $query->page($alice, 1, DocumentListFilters::fromQuery(['year' => '2019']));
        self::assertSame([0, true], [$none->total, $none->hasDocuments], 'no match for the filters is not the empty state');
    }

    /**
     * @return array<string, array{0: array<string, mixed>}>
     */
    public function hostileQueries(): array
    {
        return [
            'sql in type' => [['type' => "invoice' OR 1=1 -- "]],
            'sql in year' => [['year' => '2025 OR 1=1']],
            'array type' => [['type' => ['invoice'], 'year' => ['2025']]],
            'sort injection' => [['sort' => 'id_customer; DROP TABLE ps_customer', 'direction' => 'sideways']],
            'unknown type' => [['type' => 'secret', 'year' => '1800']],
            'path' => [['type' => '../../etc/passwd', 'page' => '../1']],
        ];
    }

    /**
     * @dataProvider hostileQueries
     *
     * @param array<string, mixed> $query
     */
    public function testHostileParametersAreIgnoredNotObeyed(array $query): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $this->addDocument(['id_customer' => $alice, 'reference' => 'A1']);
        $this->addDocument(['id_customer' => $bob, 'reference' => 'B1']);

        $page = $this->app()->customer()->customerDocuments()->page($alice, 1, DocumentListFilters::fromQuery($query));

        self::assertSame(['A1'], array_column($page->items, 'reference'));
        self::assertSame('', $page->filters->type());
        self::assertSame(0, $page->filters->year());
        self::assertSame(1, $page->page);
        self::assertSame(2, (int) $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_customer'));
    }

    public function testPageAndPageSizeAreClamped(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        for ($i = 1; $i <= 7; ++$i) {
            $this->addDocument(['id_customer' => $alice, 'reference' => 'D' . $i, 'document_date' => sprintf('2025-01-%02d', $i)]);
        }
        $query = $this->app()->customer()->customerDocuments();

        $tiny = $query->page($alice, 1, DocumentListFilters::fromQuery(['perPage' => '0', 'page' => '-3']));
        self::assertSame(1, $tiny->perPage);
        self::assertSame(1, $tiny->page);
        self::assertSame(['D7'], array_column($tiny->items, 'reference'));

        $huge = $query->page($alice, 1, DocumentListFilters::fromQuery(['perPage' => '100000']));
        self::assertSame(DocumentListFilters::MAX_PER_PAGE, $huge->perPage);
        self::assertCount(7, $huge->items);

        $beyond = $query->page($alice, 1, DocumentListFilters::fromQuery(['perPage' => '3', 'page' => '999999999']));
        self::assertSame(3, $beyond->page, 'a page past the end shows the last page');
        self::assertSame(3, $beyond->pages);
        self::assertSame(['D1'], array_column($beyond->items, 'reference'));
    }

    public function testTwoThousandDocumentsArePagedCorrectly(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $values = [];
        $start = new \DateTimeImmutable('2019-01-01');
        for ($i = 0; $i < 2000; ++$i) {
            $values[] = sprintf(
                "(1, 'invoice', 'FA%05d', '%s', 'attached', %d, 'f', 0, 'h', 't%059d', 'api', %s, NOW(), NOW())",
                $i,
                $start->modify('+' . $i . ' days')->format('Y-m-d'),
                $i % 10 === 0 ? $bob : $alice,
                $i,
                $i < 1500 ? "'2025-01-01 00:00:00'" : 'NULL'
            );
        }
        $this->db->execute('INSERT INTO PREFIX_ebpdocuments_document
            (id_shop, type, reference, document_date, status, id_customer, file_name, file_size, sha256, access_token, source, first_downloaded_at, date_add, date_upd)
            VALUES ' . implode(', ', $values));
        $query = $this->app()->customer()->customerDocuments();

        $first = $query->page($alice, 1, new DocumentListFilters());
        self::assertSame([80, true, 4], [$first->total, $first->totalCapped, $first->pages], 'read up to three pages ahead, no further');
        self::assertSame('FA01999', $first->items[0]['reference']);
        self::assertCount(20, $first->items);
        self::assertSame(['newCount' => CustomerDocumentsQuery::COUNT_CAP, 'newCountCapped' => true], $this->tileCount($alice), 'documents 1500..1999 of Alice were never downloaded: 450, shown "99+"');
        self::assertSame(CustomerDocumentsQuery::COUNT_CAP + 1, $query->newCount($alice, 1), 'counted up to the cap and one more, no further');
        self::assertTrue($first->items[0]['isNew']);

        $last = $query->page($alice, 1, DocumentListFilters::fromQuery(['page' => '90']));
        self::assertSame([1800, false, 90], [$last->total, $last->totalCapped, $last->pages]);
        $nearEnd = $query->page($alice, 1, DocumentListFilters::fromQuery(['page' => '87']));
        self::assertSame([1800, false, 90], [$nearEnd->total, $nearEnd->totalCapped, $nearEnd->pages], 'the end is within three pages: exact');
        $beforeThat = $query->page($alice, 1, DocumentListFilters::fromQuery(['page' => '86']));
        self::assertSame([1780, true, 89], [$beforeThat->total, $beforeThat->totalCapped, $beforeThat->pages]);
        self::assertSame('FA00001', $last->items[count($last->items) - 1]['reference']);
        self::assertFalse($last->items[0]['isNew']);

        $year = $query->page($alice, 1, DocumentListFilters::fromQuery(['year' => '2020', 'perPage' => '50', 'page' => '5']));
        self::assertSame([329, false, 7], [$year->total, $year->totalCapped, $year->pages], '366 days of 2020 minus every tenth document (Bob\'s)');
        self::assertSame(range(2024, 2019, -1), $first->years);

        $plan = $this->db->fetchRow('EXPLAIN SELECT d.id_document FROM PREFIX_ebpdocuments_document d
            WHERE d.id_customer = :c AND d.id_shop = 1 AND d.status = \'attached\' AND d.type IN (\'invoice\')
            ORDER BY d.document_date DESC, d.id_document DESC LIMIT 20', ['c' => $alice]);
        self::assertNotNull($plan);
        self::assertSame('customer_documents', $plan['key'], 'the list walks the customer_documents index');
        $plan = $this->db->fetchAll('EXPLAIN SELECT COUNT(*) FROM (SELECT 1 FROM PREFIX_ebpdocuments_document d
            WHERE d.id_customer = :c AND d.id_shop = 1 AND d.status = \'attached\' AND d.type IN (\'invoice\', \'quote\')
            AND d.first_downloaded_at IS NULL LIMIT 100) t', ['c' => $alice]);
        self::assertSame('customer_new', $plan[1]['key'], 'the new documents are counted on customer_new (customer, shop, status, first download, type)');
    }

    public function testTheNewCountReadsOnlyVisibleNeverDownloadedDocumentsUpToItsCap(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $this->addDocument(['id_customer' => $alice, 'type' => 'invoice']);
        $this->addDocument(['id_customer' => $alice, 'type' => 'invoice', 'first_downloaded_at' => '2025-01-01 00:00:00']);
        $this->addDocument(['id_customer' => $alice, 'type' => 'quote']);
        $this->addDocument(['id_customer' => $alice, 'type' => 'invoice', 'status' => DocumentStatus::WAITING]);
        $this->addDocument(['id_customer' => $bob, 'type' => 'invoice']);
        $this->settings->set(SettingKeys::TYPE_VISIBILITY, TypeVisibility::store(['invoice']));
        $query = $this->app()->customer()->customerDocuments();

        self::assertSame(1, $query->newCount($alice, 1), 'the quote is hidden, the waiting one is not hers yet');
        self::assertSame(['newCount' => 1, 'newCountCapped' => false], $this->tileCount($alice));

        $this->insertNewInvoices($alice, CustomerDocumentsQuery::COUNT_CAP - 2);
        self::assertSame(CustomerDocumentsQuery::COUNT_CAP - 1, $query->newCount($alice, 1));
        $this->insertNewInvoices($alice, 1, 'FB');
        self::assertSame(['newCount' => CustomerDocumentsQuery::COUNT_CAP, 'newCountCapped' => false], $this->tileCount($alice), 'exactly the cap: no "+"');
        $this->insertNewInvoices($alice, 200, 'FC');
        self::assertSame(CustomerDocumentsQuery::COUNT_CAP + 1, $query->newCount($alice, 1));
        self::assertSame(['newCount' => CustomerDocumentsQuery::COUNT_CAP, 'newCountCapped' => true], $this->tileCount($alice), 'shown "99+"');
    }

    public function testTheListIsNeverCountedOnlyReadThreePagesAhead(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->insertNewInvoices($alice, 30);
        $statements = [];
        $connection = new InterceptingConnection($this->db, function (string $sql) use (&$statements) {
            $statements[] = $sql;

            return null;
        });
        $query = new CustomerDocumentsQuery($connection, $this->settings, new HarnessLinks('http://shop.test'), new ShopWordings(new IdentityTranslator()));
        $counts = function () use (&$statements): array {
            return array_values(array_filter($statements, function (string $sql): bool {
                return stripos($sql, 'COUNT(') !== false;
            }));
        };

        $page = $query->page($alice, 1, DocumentListFilters::fromQuery(['perPage' => '5']));
        self::assertSame([20, true, 4, true], [$page->total, $page->totalCapped, $page->pages, $page->hasDocuments]);
        self::assertSame([], $counts(), 'no count at all: the tile, not the list, counts the new documents');

        $statements = [];
        $filtered = $query->page($alice, 1, DocumentListFilters::fromQuery(['type' => 'quote']));
        self::assertSame([0, false, true], [$filtered->total, $filtered->totalCapped, $filtered->hasDocuments], 'nothing matches, but she has documents');
        self::assertSame([], $counts());

        $statements = [];
        $beyond = $query->page($alice, 1, DocumentListFilters::fromQuery(['perPage' => '7', 'page' => '40']));
        self::assertSame([5, 30, false, 5], [$beyond->page, $beyond->total, $beyond->totalCapped, $beyond->pages], 'past the end: counted, the last page shown');
        self::assertCount(1, $counts(), 'the list, counted once to find its last page');
        self::assertStringNotContainsString('first_downloaded_at', $counts()[0]);
    }

    /**
     * The account tile's count of new documents (the only place that shows it).
     *
     * @return array{newCount: mixed, newCountCapped: mixed}
     */
    private function tileCount(int $customerId): array
    {
        $variables = $this->app()->customer()->customerAccountTile()->variables(new CustomerIdentity($customerId, false), 1);
        self::assertNotNull($variables);

        return ['newCount' => $variables['newCount'], 'newCountCapped' => $variables['newCountCapped']];
    }

    private function insertNewInvoices(int $customerId, int $count, string $prefix = 'FN'): void
    {
        $values = [];
        for ($i = 0; $i < $count; ++$i) {
            $values[] = sprintf("(1, 'invoice', '%s%05d', '2025-01-01', 'attached', %d, 'f', 0, 'h', 't%059d', 'api', NULL, NOW(), NOW())", $prefix, $i, $customerId, $i);
        }
        $this->db->execute('INSERT INTO PREFIX_ebpdocuments_document
            (id_shop, type, reference, document_date, status, id_customer, file_name, file_size, sha256, access_token, source, first_downloaded_at, date_add, date_upd)
            VALUES ' . implode(', ', $values));
    }

    public function testLinksAnOrderOnlyWhenItIsTheCustomersOwn(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $aliceOrder = $this->addOrder($alice, 'ALICEORDR');
        $bobOrder = $this->addOrder($bob, 'BOBORDERX');
        $this->addDocument(['id_customer' => $alice, 'reference' => 'WITH', 'id_order' => $aliceOrder, 'document_date' => '2025-02-01']);
        $this->addDocument(['id_customer' => $alice, 'reference' => 'FOREIGN', 'id_order' => $bobOrder, 'document_date' => '2025-01-01']);

        $items = $this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters())->items;

        self::assertSame(['id' => $aliceOrder, 'reference' => 'ALICEORDR', 'url' => 'http://shop.test/order-detail?id_order=' . $aliceOrder], $items[0]['order']);
        self::assertNull($items[1]['order']);
        self::assertSame(['WITH'], array_column($this->app()->customer()->customerDocuments()->forOrder($alice, 1, $aliceOrder), 'reference'));
    }

    public function testRowsCarryRawValuesForTheController(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->addDocument(['id_customer' => $alice, 'type' => 'credit_note', 'reference' => 'AV/2025/001', 'total_tax_incl' => '-15.500000', 'currency' => 'EUR', 'document_date' => '2025-02-03']);
        $this->addDocument(['id_customer' => $alice, 'reference' => 'NOAMOUNT', 'total_tax_incl' => null, 'currency' => null, 'document_date' => '2025-01-01', 'first_downloaded_at' => '2025-02-01 00:00:00']);

        $items = $this->app()->customer()->customerDocuments()->page($alice, 1, new DocumentListFilters())->items;

        self::assertSame('Credit note', $items[0]['typeLabel']);
        self::assertSame('AV/2025/001', $items[0]['reference']);
        self::assertSame('2025-02-03', $items[0]['date']);
        self::assertSame('-15.500000', $items[0]['totalTaxIncl']);
        self::assertSame('EUR', $items[0]['currency']);
        self::assertTrue($items[0]['isNew']);
        self::assertNull($items[1]['totalTaxIncl']);
        self::assertFalse($items[1]['isNew']);
    }
}
