<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard;

/**
 * listDocuments, getDocumentEvents, assignDocument, deleteDocuments, dismissWaiting, retryMatching,
 * searchCustomers, downloadDocument, purgeAll over HTTP on MariaDB.
 */
final class DocumentActionsTest extends AdminAjaxTestCase
{
    public function testListsWithRowsShapedForTheApp(): void
    {
        $customer = $this->insertCustomer('marie@example.com', ['firstname' => 'Marie', 'lastname' => 'Durand']);
        $id = $this->insertDocument(['reference' => 'FA100', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer, 'match_method' => 'email']);
        $data = $this->ok('listDocuments');
        $this->assertSame(1, $data['total']);
        $this->assertFalse($data['totalCapped']);
        $this->assertSame(1, $data['page']);
        $this->assertSame(20, $data['perPage']);
        $row = $data['items'][0];
        $this->assertSame($id, $row['id']);
        $this->assertSame('FA100', $row['reference']);
        $this->assertSame(['id' => $customer, 'name' => 'Marie Durand', 'email' => 'marie@example.com', 'url' => $this->url('/admin/customers/' . $customer)], $row['customer']);
        $this->assertNull($row['order']);
        $this->assertSame('120.000000', $row['totalTaxIncl']);
        $this->assertSame(1234, $row['fileSize']);
        $this->assertStringContainsString('action=downloadDocument', $row['downloadUrl']);
        $this->assertSame('2024-05-02 10:00:00', $row['receivedAt']);
    }

    public function testSearchFindsByNumberEmailCustomerNameAndOrderReference(): void
    {
        $customer = $this->insertCustomer('paul@example.com', ['firstname' => 'Paul', 'lastname' => 'Martin', 'company' => 'Acme Industrie']);
        $this->pdo()->exec("INSERT INTO ps_orders (id_order, reference, id_shop_group, id_shop, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, secure_key, payment, module, recyclable, gift, gift_message, total_discounts, total_paid, total_paid_real, total_products, total_products_wt, total_shipping, conversion_rate, invoice_number, delivery_number, invoice_date, delivery_date, valid, date_add, date_upd) VALUES (77, 'XKBKNABJK', 1, 1, 1, 1, " . $customer . ", 1, 1, 1, 1, 2, 'k', 'x', 'x', 0, 0, '', 0, 0, 0, 0, 0, 0, 1, 0, 0, NOW(), NOW(), 1, NOW(), NOW())");
        $byNumber = $this->insertDocument(['reference' => 'FA2024-001']);
        $byEmail = $this->insertDocument(['reference' => 'BL9', 'type' => 'delivery', 'billing_email' => 'Compta@Acme.fr', 'email_normalized' => 'compta@acme.fr']);
        $byCustomer = $this->insertDocument(['reference' => 'DE5', 'type' => 'quote', 'id_customer' => $customer, 'status' => 'attached', 'reason' => null]);
        $byOrder = $this->insertDocument(['reference' => 'CO7', 'type' => 'order', 'id_order' => 77, 'order_ref' => 'XKBKNABJK']);
        $this->insertDocument(['reference' => 'ZZ1']);

        $this->assertSame([$byNumber], $this->ids($this->ok('listDocuments', ['search' => 'FA2024'])));
        $this->assertSame([$byEmail], $this->ids($this->ok('listDocuments', ['search' => 'COMPTA@acme'])));
        $this->assertSame([$byCustomer], $this->ids($this->ok('listDocuments', ['search' => 'Paul Mar'])));
        $this->assertSame([$byCustomer], $this->ids($this->ok('listDocuments', ['search' => 'Martin'])));
        $this->assertSame([$byCustomer], $this->ids($this->ok('listDocuments', ['search' => 'Acme Ind'])), 'the company');
        $this->assertSame([$byOrder], $this->ids($this->ok('listDocuments', ['search' => 'XKBK'])));
        $this->assertSame([], $this->ids($this->ok('listDocuments', ['search' => 'nothing-like-this'])));
        $order = $this->ok('listDocuments', ['search' => 'CO7'])['items'][0]['order'];
        $this->assertSame(['id' => 77, 'reference' => 'XKBKNABJK', 'url' => $this->url('/admin/orders/77')], $order);
    }

    public function testListsOneCustomersDocumentsAndNamesThatCustomer(): void
    {
        $marie = $this->insertCustomer('marie@example.com', ['firstname' => 'Marie', 'lastname' => 'Durand']);
        $paul = $this->insertCustomer('paul@example.com', ['firstname' => 'Paul', 'lastname' => 'Martin']);
        $first = $this->insertDocument(['reference' => 'FA1', 'status' => 'attached', 'reason' => null, 'id_customer' => $marie, 'date_add' => '2024-05-01 10:00:00']);
        $second = $this->insertDocument(['reference' => 'FA2', 'status' => 'attached', 'reason' => null, 'id_customer' => $marie, 'date_add' => '2024-05-03 10:00:00']);
        $this->insertDocument(['reference' => 'FA3', 'status' => 'attached', 'reason' => null, 'id_customer' => $paul]);
        $this->insertDocument(['reference' => 'FA4', 'billing_email' => 'marie@example.com', 'email_normalized' => 'marie@example.com']);

        $data = $this->ok('listDocuments', ['customerId' => $marie]);
        $this->assertSame([$second, $first], $this->ids($data));
        $this->assertSame(2, $data['total']);
        $this->assertSame(['id' => $marie, 'name' => 'Marie Durand', 'email' => 'marie@example.com'], $data['customer']);
        $this->assertSame([$second], $this->ids($this->ok('listDocuments', ['customerId' => $marie, 'search' => 'FA2'])), 'with a search too');
        $this->assertArrayNotHasKey('customer', $this->ok('listDocuments'));
        $this->assertCount(4, $this->ok('listDocuments', ['customerId' => 0])['items'], '0 is every customer');
    }

    public function testTheCustomerFilterRefusesACustomerTheEmployeeMayNotSeeAsUnknown(): void
    {
        $elsewhere = $this->insertCustomer('other@example.com', ['id_shop' => self::OTHER_SHOP_ID]);
        $this->insertDocument(['reference' => 'FA9', 'status' => 'attached', 'reason' => null, 'id_customer' => $elsewhere]);

        $this->assertRefused($this->admin('listDocuments', ['customerId' => $elsewhere]), 404, 'not_found', 'customerId');
        $this->assertRefused($this->admin('listDocuments', ['customerId' => 999999]), 404, 'not_found', 'customerId');
        $this->assertRefused($this->admin('listDocuments', ['customerId' => 'abc']), 422, 'validation', 'customerId');
    }

    public function testPercentAndUnderscoreAreLiteral(): void
    {
        $underscore = $this->insertDocument(['reference' => 'A_1']);
        $this->insertDocument(['reference' => 'AB1']);
        $percent = $this->insertDocument(['reference' => '50%OFF']);
        $this->insertDocument(['reference' => '50XOFF']);
        $this->assertSame([$underscore], $this->ids($this->ok('listDocuments', ['search' => 'A_'])));
        $this->assertSame([$percent], $this->ids($this->ok('listDocuments', ['search' => '50%'])));
        $this->assertSame([], $this->ids($this->ok('listDocuments', ['search' => '%'])));
    }

    public function testFiltersSortAndPagination(): void
    {
        $a = $this->insertDocument(['reference' => 'A', 'type' => 'invoice', 'status' => 'pending', 'reason' => 'NO_ACCOUNT', 'date_add' => '2024-01-10 08:00:00', 'total_tax_incl' => '30.000000']);
        $b = $this->insertDocument(['reference' => 'B', 'type' => 'quote', 'status' => 'dismissed', 'reason' => 'GUEST_ONLY', 'date_add' => '2024-01-11 23:59:59', 'total_tax_incl' => '10.000000']);
        $c = $this->insertDocument(['reference' => 'C', 'type' => 'invoice', 'status' => 'attached', 'reason' => null, 'date_add' => '2024-01-12 00:00:00', 'total_tax_incl' => '20.000000']);
        $otherShop = $this->insertDocument(['reference' => 'D', 'id_shop' => self::OTHER_SHOP_ID]);

        $this->assertSame([$c, $b, $a], $this->ids($this->ok('listDocuments')), 'newest received first, other shops hidden');
        $this->assertSame([$c, $a], $this->ids($this->ok('listDocuments', ['type' => 'invoice'])));
        $this->assertSame([$b], $this->ids($this->ok('listDocuments', ['status' => 'dismissed'])));
        $this->assertSame([$a], $this->ids($this->ok('listDocuments', ['reason' => 'NO_ACCOUNT'])));
        $this->assertSame([$b, $a], $this->ids($this->ok('listDocuments', ['dateFrom' => '2024-01-10', 'dateTo' => '2024-01-11'])), 'dateTo is inclusive');
        $this->assertSame([$b, $c], $this->ids($this->ok('listDocuments', ['sort' => 'amount', 'direction' => 'asc', 'dateFrom' => '2024-01-11'])));
        $this->assertSame([$a, $b, $c], $this->ids($this->ok('listDocuments', ['sort' => 'reference', 'direction' => 'asc'])));

        $page2 = $this->ok('listDocuments', ['perPage' => 2, 'page' => 2]);
        $this->assertSame([$a], $this->ids($page2));
        $this->assertSame(3, $page2['total']);
        $this->assertSame(2, $this->ok('listDocuments', ['perPage' => 2, 'page' => 99])['page'], 'page clamped to the last');
        $this->assertSame(100, $this->ok('listDocuments', ['perPage' => 5000])['perPage'], 'perPage clamped');

        $bothShops = [HarnessAdminGuard::SHOPS_HEADER => '1,2'];
        $this->assertSame([$otherShop], $this->ids($this->ok('listDocuments', ['shopId' => 2], $bothShops)));
        $this->assertCount(4, $this->ok('listDocuments', [], $bothShops)['items']);
    }

    public function testBadListParamsAre422WithTheField(): void
    {
        $cases = [
            'sort' => ['sort' => 'id_document; DROP TABLE ps_customer'],
            'direction' => ['direction' => 'sideways'],
            'type' => ['type' => 'passport'],
            'status' => ['status' => 'deleted'],
            'reason' => ['reason' => 'BECAUSE'],
            'dateFrom' => ['dateFrom' => '2024-02-30'],
            'dateTo' => ['dateTo' => '12/01/2024'],
            'shopId' => ['shopId' => 2],
            'page' => ['page' => 'two'],
            'search' => ['search' => ['array']],
        ];
        foreach ($cases as $field => $params) {
            $this->assertRefused($this->admin('listDocuments', $params), 422, 'validation', $field);
        }
    }

    public function testDocumentEvents(): void
    {
        $id = $this->insertDocument();
        $this->pdo()->exec("INSERT INTO ps_ebpdocuments_event (id_shop, id_document, document_type, document_reference, event, detail, date_add) VALUES
            (1, $id, 'invoice', 'FA1', 'received', NULL, '2024-05-02 10:00:00'),
            (1, $id, 'invoice', 'FA1', 'kept_aside', '{\"reason\":\"NO_ACCOUNT\"}', '2024-05-02 10:00:00')");
        $items = $this->ok('getDocumentEvents', ['id' => $id])['items'];
        $this->assertSame(['kept_aside', 'received'], array_column($items, 'event'));
        $this->assertSame(['reason' => 'NO_ACCOUNT'], $items[0]['detail']);
        $this->assertRefused($this->admin('getDocumentEvents', ['id' => $id + 100]), 404, 'not_found', 'id');
        $this->assertRefused($this->admin('getDocumentEvents', ['id' => -3]), 422, 'validation', 'id');
        $foreign = $this->insertDocument(['id_shop' => self::OTHER_SHOP_ID]);
        $this->assertRefused($this->admin('getDocumentEvents', ['id' => $foreign]), 404, 'not_found', 'id');
    }

    public function testAssignToARegisteredCustomerRemembersTheCode(): void
    {
        $customer = $this->insertCustomer('zoe@example.com', ['firstname' => 'Zoé', 'lastname' => 'Petit']);
        $id = $this->insertDocument(['ebp_customer_code' => 'CLI042']);
        $document = $this->ok('assignDocument', ['id' => $id, 'customerId' => $customer, 'rememberCode' => true], [HarnessAdminGuard::EMPLOYEE_HEADER => '7'])['document'];
        $this->assertSame('attached', $document['status']);
        $this->assertSame('manual', $document['matchMethod']);
        $this->assertSame($customer, $document['customer']['id']);
        $this->assertNull($document['reason']);
        $this->assertSame(1, $this->countRows('ebpdocuments_customer_link', 'ebp_customer_code = ? AND id_customer = ?', ['CLI042', $customer]));
        $this->assertSame(1, $this->countRows('ebpdocuments_event', "event = 'assigned' AND id_document = ? AND id_employee = 7", [$id]));
    }

    public function testAssignRefusesGuestsDeletedOtherShopsAndUnknownCustomers(): void
    {
        $id = $this->insertDocument();
        $guest = $this->insertCustomer('guest@example.com', ['is_guest' => 1]);
        $deleted = $this->insertCustomer('gone@example.com', ['deleted' => 1]);
        $elsewhere = $this->insertCustomer('other@example.com', ['id_shop' => self::OTHER_SHOP_ID]);
        foreach ([$guest, $deleted, $elsewhere, 999999] as $customer) {
            $this->assertRefused($this->admin('assignDocument', ['id' => $id, 'customerId' => $customer]), 422, 'validation', 'customerId');
        }
        $this->assertRefused($this->admin('assignDocument', ['id' => $id, 'customerId' => 'abc']), 422, 'validation', 'customerId');
        $this->assertRefused($this->admin('assignDocument', ['id' => $id]), 422, 'validation', 'customerId');
        $this->assertRefused($this->admin('assignDocument', ['id' => $id + 50, 'customerId' => $guest]), 404, 'not_found', 'id');
        $this->assertSame('pending', $this->documentById($id)['status']);
    }

    public function testDismissAndRestoreNotices(): void
    {
        $notice = $this->insertDocument();
        $attached = $this->insertDocument(['status' => 'attached', 'reason' => null]);
        $this->assertSame(['updated' => 1], $this->ok('dismissWaiting', ['ids' => [$notice, $attached], 'dismissed' => true]));
        $this->assertSame('dismissed', $this->documentById($notice)['status']);
        $this->assertSame('attached', $this->documentById($attached)['status']);
        $this->assertSame(['updated' => 1], $this->ok('dismissWaiting', ['ids' => [$notice], 'dismissed' => false]));
        $this->assertSame('pending', $this->documentById($notice)['status']);
        $this->assertRefused($this->admin('dismissWaiting', ['ids' => [$notice]]), 422, 'validation', 'dismissed');
        $this->assertRefused($this->admin('dismissWaiting', ['ids' => [], 'dismissed' => true]), 422, 'validation', 'ids');
        $this->assertRefused($this->admin('dismissWaiting', ['ids' => ['1 OR 1=1'], 'dismissed' => true]), 422, 'validation', 'ids');
    }

    public function testRetryMatchingAttachesNoticesWhoseCustomerRegistered(): void
    {
        $waiting = $this->insertDocument(['billing_email' => 'late@example.com', 'email_normalized' => 'late@example.com']);
        $stillWaiting = $this->insertDocument(['billing_email' => 'never@example.com', 'email_normalized' => 'never@example.com']);
        $this->assertSame(['attached' => 0, 'stillWaiting' => 2], $this->retried(['all' => true]));
        $customer = $this->insertCustomer('late@example.com');
        $this->assertSame(['attached' => 0, 'stillWaiting' => 1], $this->retried(['ids' => [$waiting]]), 'the new account has not confirmed the address');
        $this->assertSame('UNPROVEN_EMAIL', $this->documentById($waiting)['reason']);
        $this->assertSame([$waiting], $this->ids($this->ok('listDocuments', ['reason' => 'UNPROVEN_EMAIL'])), 'the notices list filters them as their own reason');
        $this->setting(SettingKeys::REQUIRE_EMAIL_PROOF, '0');
        $this->assertSame(['attached' => 1, 'stillWaiting' => 0], $this->retried(['ids' => [$waiting]]));
        $this->assertSame((string) $customer, $this->documentById($waiting)['id_customer']);
        $this->assertSame(['attached' => 0, 'stillWaiting' => 1], $this->retried(['all' => true]), 'idempotent');
        $this->assertSame('pending', $this->documentById($stillWaiting)['status']);
        $this->assertRefused($this->admin('retryMatching', []), 422, 'validation', 'ids');
        $this->assertRefused($this->admin('retryMatching', ['all' => 'yes']), 422, 'validation', 'all');
    }

    public function testAssigningADocumentProvesTheAccountsAddressForTheOthers(): void
    {
        $customer = $this->insertCustomer('buyer@example.com');
        $first = $this->insertDocument(['billing_email' => 'buyer@example.com', 'email_normalized' => 'buyer@example.com', 'reason' => 'UNPROVEN_EMAIL']);
        $second = $this->insertDocument(['billing_email' => 'buyer@example.com', 'email_normalized' => 'buyer@example.com', 'reason' => 'UNPROVEN_EMAIL']);
        $this->assertSame(['attached' => 0, 'stillWaiting' => 2], $this->retried(['all' => true]));

        $this->ok('assignDocument', ['id' => $first, 'customerId' => $customer, 'rememberCode' => false]);

        $this->assertSame(['attached' => 0, 'stillWaiting' => 0], $this->retried(['all' => true]), 'the other one followed at once');
        $this->assertSame([(string) $customer, 'email'], [$this->documentById($second)['id_customer'], $this->documentById($second)['match_method']]);
    }

    public function testDeleteDocumentsRemovesRowsAndFiles(): void
    {
        $one = $this->insertDocument([], true);
        $two = $this->insertDocument([], true);
        $keep = $this->insertDocument([], true);
        $this->assertCount(3, $this->storedFiles());
        $this->assertSame(['deleted' => 2], $this->ok('deleteDocuments', ['ids' => [$one, $two, 424242]]));
        $this->assertSame(1, $this->countRows('ebpdocuments_document'));
        $this->assertCount(1, $this->storedFiles());
        $this->assertSame(2, $this->countRows('ebpdocuments_event', "event = 'deleted'"));
        $this->assertSame($keep, (int) $this->documentById($keep)['id_document']);
        $this->assertRefused($this->admin('deleteDocuments', ['ids' => range(1, 501)]), 422, 'validation', 'ids');
    }

    public function testSearchCustomers(): void
    {
        $registered = $this->insertCustomer('anne.dupont@example.com', ['firstname' => 'Anne', 'lastname' => 'Dupont', 'company' => 'Acme SARL']);
        $guest = $this->insertCustomer('anne.guest@example.com', ['firstname' => 'Anne', 'lastname' => 'Guest', 'is_guest' => 1]);
        $this->insertCustomer('anne.deleted@example.com', ['firstname' => 'Anne', 'lastname' => 'Deleted', 'deleted' => 1]);
        $this->insertCustomer('anne.elsewhere@example.com', ['firstname' => 'Anne', 'id_shop' => self::OTHER_SHOP_ID]);
        $this->insertCustomer('an_ne@example.com', ['firstname' => 'X']);

        $items = $this->ok('searchCustomers', ['query' => 'anne'])['items'];
        $this->assertSame([$registered, $guest], array_column($items, 'id'), 'registered first, deleted and other shops excluded');
        $this->assertSame(['id' => $registered, 'firstname' => 'Anne', 'lastname' => 'Dupont', 'email' => 'anne.dupont@example.com', 'company' => 'Acme SARL', 'isGuest' => false, 'url' => $this->url('/admin/customers/' . $registered)], $items[0]);
        $this->assertTrue($items[1]['isGuest']);
        $this->assertSame([$registered], array_column($this->ok('searchCustomers', ['query' => 'Acme'])['items'], 'id'));
        $this->assertSame([$registered], array_column($this->ok('searchCustomers', ['query' => 'Anne Dup'])['items'], 'id'));
        $this->assertSame(['X'], array_column($this->ok('searchCustomers', ['query' => 'an_'])['items'], 'firstname'), '_ is literal');
        $this->assertSame([], $this->ok('searchCustomers', ['query' => 'a'])['items']);
        for ($i = 0; $i < 25; ++$i) {
            $this->insertCustomer('bulk' . $i . '@example.com', ['firstname' => 'Bulk']);
        }
        $this->assertCount(20, $this->ok('searchCustomers', ['query' => 'Bulk'])['items']);
        $this->assertRefused($this->admin('searchCustomers', ['query' => ['x']]), 422, 'validation', 'query');
    }

    public function testAdminDownloadStreamsThePdf(): void
    {
        $id = $this->insertDocument(['reference' => 'FA/2024/001'], true);
        $url = $this->ok('listDocuments')['items'][0]['downloadUrl'];
        $result = $this->send('GET', (string) substr($url, strlen($this->url(''))));
        $this->assertSame(200, $result->status, $result->describe());
        $this->assertSame('application/pdf', $result->header('content-type'));
        $this->assertStringStartsWith('attachment', (string) $result->header('content-disposition'));
        $this->assertStringContainsString('FA-2024-001', (string) $result->header('content-disposition'));
        $this->assertSame('nosniff', $result->header('x-content-type-options'));
        $this->assertStringContainsString('no-store', (string) $result->header('cache-control'));
        $this->assertStringStartsWith('%PDF-', $result->body);
        $this->assertSame(0, $this->countRows('ebpdocuments_event', "event = 'downloaded'"), 'an admin download is not the customer\'s');

        $wrongToken = $this->send('GET', '/admin-ajax?' . http_build_query(['action' => 'downloadDocument', 'id' => $id, 'token' => 'nope']));
        $this->assertRefused($wrongToken, 401, 'unauthenticated');
        $noRight = $this->send('GET', (string) substr($url, strlen($this->url(''))), null, [HarnessAdminGuard::PERMISSIONS_HEADER => 'edit,delete']);
        $this->assertRefused($noRight, 403, 'forbidden');
        $missing = $this->send('GET', '/admin-ajax?' . http_build_query(['action' => 'downloadDocument', 'id' => $id + 9, 'token' => HarnessAdminGuard::TOKEN]));
        $this->assertRefused($missing, 404, 'not_found', 'id');
        $bad = $this->send('GET', '/admin-ajax?' . http_build_query(['action' => 'downloadDocument', 'id' => '../../etc/passwd', 'token' => HarnessAdminGuard::TOKEN]));
        $this->assertRefused($bad, 422, 'validation', 'id');
    }

    public function testPurgeNeedsTheWordAndIsAudited(): void
    {
        $this->insertDocument([], true);
        $second = $this->insertDocument([], true);
        $this->insertDocument(['id_shop' => self::OTHER_SHOP_ID]);
        foreach ([[], ['confirmation' => 'purge'], ['confirmation' => 'yes'], ['confirmation' => true]] as $params) {
            $this->assertRefused($this->admin('purgeAll', $params), 422, 'validation', 'confirmation');
        }
        $this->assertSame(3, $this->countRows('ebpdocuments_document'));
        $this->assertSame(
            ['deletedDocuments' => 2, 'processed' => 2, 'remaining' => 0, 'cursor' => $second, 'done' => true],
            $this->ok('purgeAll', ['confirmation' => 'PURGE'], [HarnessAdminGuard::EMPLOYEE_HEADER => '5'])
        );
        $this->assertSame(1, $this->countRows('ebpdocuments_document'), 'the other shop is not the employee\'s');
        $this->assertSame([], $this->storedFiles());
        $this->assertSame(1, $this->countRows('ebpdocuments_event', "event = 'deleted' AND id_employee = 5 AND detail LIKE '%purge%'"));
    }

    /**
     * The counts of a retryMatching call (one batch: these tests hold fewer waiting documents than a batch).
     *
     * @param array<string, mixed> $params
     *
     * @return array{attached: int, stillWaiting: int}
     */
    private function retried(array $params): array
    {
        $data = $this->ok('retryMatching', $params);
        $this->assertTrue($data['done'], 'one batch');

        return ['attached' => $data['attached'], 'stillWaiting' => $data['stillWaiting']];
    }

    /**
     * @param array<string, mixed> $data
     *
     * @return int[]
     */
    private function ids(array $data): array
    {
        return array_column($data['items'], 'id');
    }
}
