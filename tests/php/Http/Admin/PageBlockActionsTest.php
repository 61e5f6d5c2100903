<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Http\HttpResult;
use Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard;
use Ebpdocuments\Tests\Support\Harness\RecordingMailer;

/**
 * The actions behind the "EBP documents" blocks of PrestaShop's Customer and Order pages (issue 12):
 * getCustomerDocuments, getOrderDocuments, uploadDocument (multipart, through the connectors' ingestion),
 * resendDocumentMail; over HTTP on MariaDB, with the employee's permissions and shops from the harness guard.
 */
final class PageBlockActionsTest extends AdminAjaxTestCase
{
    public function testCustomerBlockListsTheirDocumentsAndTheNoticesWaitingForTheirEmail(): void
    {
        $customer = $this->insertCustomer('Marie@Example.com', ['firstname' => 'Marie', 'lastname' => 'Durand']);
        $other = $this->insertCustomer('paul@example.com');
        $order = $this->addOrderRow(81, 'ORDREF081', $customer);
        $older = $this->insertDocument(['reference' => 'FA1', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer, 'document_date' => '2024-01-01']);
        $newer = $this->insertDocument(['reference' => 'FA2', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer, 'document_date' => '2024-06-01', 'id_order' => $order, 'order_ref' => 'ORDREF081']);
        $this->insertDocument(['reference' => 'FA3', 'status' => 'attached', 'reason' => null, 'id_customer' => $other]);
        $this->insertDocument(['reference' => 'FA4', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer, 'id_shop' => self::OTHER_SHOP_ID]);
        $undated = $this->insertDocument(['reference' => 'FA7', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer, 'document_date' => null]);
        $set = $this->insertDocument(['reference' => 'FA8', 'status' => 'dismissed', 'reason' => 'AMBIGUOUS', 'id_customer' => $customer, 'document_date' => '2024-03-01']);
        $waiting = $this->insertDocument(['reference' => 'FA5', 'billing_email' => ' MARIE@example.com', 'email_normalized' => 'marie@example.com']);
        $this->insertDocument(['reference' => 'FA6', 'billing_email' => 'marie@example.com', 'email_normalized' => 'marie@example.com', 'status' => 'dismissed']);

        $data = $this->ok('getCustomerDocuments', ['customerId' => $customer]);

        $this->assertSame(['id' => $customer, 'name' => 'Marie Durand', 'email' => 'Marie@Example.com', 'isGuest' => false, 'shopId' => self::SHOP_ID], $data['customer']);
        $this->assertSame([$newer, $set, $older, $undated], array_column($data['documents'], 'id'), 'their documents of the employee\'s shop, every status, newest date first, undated last');
        $this->assertSame(['id' => $order, 'reference' => 'ORDREF081', 'url' => $this->url('/admin/orders/' . $order)], $data['documents'][0]['order']);
        $this->assertStringContainsString('action=downloadDocument', $data['documents'][0]['downloadUrl']);
        $this->assertSame([$waiting], array_column($data['waiting'], 'id'), 'pending notices for the same e-mail only');
        $this->assertSame([['id' => $order, 'reference' => 'ORDREF081']], array_map(function (array $o): array {
            return ['id' => $o['id'], 'reference' => $o['reference']];
        }, $data['orders']));
    }

    public function testABigCustomersBlockShowsTheNewestHundredOfEachListAndSaysThereAreMore(): void
    {
        $customer = $this->insertCustomer('grossiste@example.com');
        // 100 documents in three statuses and 100 waiting for the e-mail: the block shows them all.
        $newest = [];
        for ($index = 0; $index < 100; ++$index) {
            $date = (new \DateTimeImmutable('2024-01-01'))->modify('+' . $index . ' days')->format('Y-m-d');
            $newest[] = $this->insertDocument(['reference' => 'G' . $index, 'status' => ['attached', 'dismissed', 'pending'][$index % 3], 'reason' => $index % 3 === 0 ? null : 'AMBIGUOUS', 'id_customer' => $customer, 'document_date' => $date]);
            $this->insertDocument(['reference' => 'W' . $index, 'billing_email' => 'grossiste@example.com', 'email_normalized' => 'grossiste@example.com']);
        }
        $all = $this->ok('getCustomerDocuments', ['customerId' => $customer]);
        $this->assertSame(array_reverse($newest), array_column($all['documents'], 'id'));
        $this->assertCount(100, $all['waiting']);
        $this->assertFalse($all['moreDocuments']);
        $this->assertFalse($all['moreWaiting']);

        // One more of each, the document the oldest of all: the newest 100 of each list, and "more".
        $oldest = $this->insertDocument(['reference' => 'G-OLD', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer, 'document_date' => '2023-06-01']);
        $this->insertDocument(['reference' => 'W-NEW', 'billing_email' => 'grossiste@example.com', 'email_normalized' => 'grossiste@example.com']);
        $capped = $this->ok('getCustomerDocuments', ['customerId' => $customer]);
        $this->assertSame(array_reverse($newest), array_column($capped['documents'], 'id'), 'the oldest is left out');
        $this->assertNotContains($oldest, array_column($capped['documents'], 'id'));
        $this->assertCount(100, $capped['waiting']);
        $this->assertSame('W-NEW', $capped['waiting'][0]['reference'], 'the newest waiting document first');
        $this->assertTrue($capped['moreDocuments']);
        $this->assertTrue($capped['moreWaiting']);
    }

    public function testCustomerAndOrderOfAShopTheEmployeeDoesNotSeeAreNotFound(): void
    {
        $customer = $this->insertCustomer('far@example.com', ['id_shop' => self::OTHER_SHOP_ID]);
        $order = $this->addOrderRow(82, 'ORDREF082', $customer, self::OTHER_SHOP_ID);
        $this->assertRefused($this->admin('getCustomerDocuments', ['customerId' => $customer]), 404, 'not_found', 'customerId');
        $this->assertRefused($this->admin('getOrderDocuments', ['orderId' => $order]), 404, 'not_found', 'orderId');
        $this->assertRefused($this->admin('getCustomerDocuments', ['customerId' => 999999]), 404, 'not_found', 'customerId');
        $this->assertRefused($this->upload(['customerId' => (string) $customer, 'type' => 'invoice', 'reference' => 'X1']), 404, 'not_found', 'customerId');

        $seen = $this->ok('getOrderDocuments', ['orderId' => $order], [HarnessAdminGuard::SHOPS_HEADER => '1,2']);
        $this->assertSame($order, $seen['order']['id']);
    }

    public function testOrderBlockListsTheOrdersDocuments(): void
    {
        $customer = $this->insertCustomer('ord@example.com');
        $order = $this->addOrderRow(83, 'ORDREF083', $customer);
        $linked = $this->insertDocument(['reference' => 'FA83', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer, 'id_order' => $order]);
        $this->insertDocument(['reference' => 'FA84', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer]);

        $data = $this->ok('getOrderDocuments', ['orderId' => $order]);
        $this->assertSame(['id' => $order, 'reference' => 'ORDREF083', 'customerId' => $customer, 'shopId' => self::SHOP_ID], $data['order']);
        $this->assertSame([$linked], array_column($data['documents'], 'id'));
    }

    public function testUploadStoresThroughTheIngestionAsManualAndIsIdempotentByTypeAndNumber(): void
    {
        $customer = $this->insertCustomer('up@example.com');
        $pdf = self::pdf('upload 1');
        $first = $this->uploadOk(['customerId' => (string) $customer, 'type' => 'invoice', 'reference' => 'FA-UP-1', 'date' => '2024-07-01', 'totalTaxExcl' => '100', 'totalTaxIncl' => '120,50', 'currency' => 'EUR'], $pdf);

        $this->assertSame('created', $first['outcome']);
        $document = $first['document'];
        $this->assertSame('attached', $document['status']);
        $this->assertSame($customer, $document['customer']['id']);
        $this->assertSame('manual', $document['source']);
        $this->assertSame('2024-07-01', $document['documentDate']);
        $this->assertSame('120.500000', $document['totalTaxIncl']);
        $row = $this->documentById($document['id']);
        $this->assertSame(hash('sha256', $pdf), $row['sha256']);
        $this->assertSame($pdf, (string) file_get_contents($this->storagePath((string) $row['file_name'])), 'the exact bytes are stored');
        // The e-mail proof rule keeps a document matched by e-mail alone aside; the employee's upload for this
        // customer then assigns it (which also records that the account proved its address).
        $this->assertSame(['received', 'kept_aside', 'assigned'], $this->events($document['id']));

        $again = $this->uploadOk(['customerId' => (string) $customer, 'type' => 'invoice', 'reference' => 'FA-UP-1'], $pdf);
        $this->assertSame('unchanged', $again['outcome']);
        $this->assertSame($document['id'], $again['document']['id']);

        $replaced = $this->uploadOk(['customerId' => (string) $customer, 'type' => 'invoice', 'reference' => 'FA-UP-1'], self::pdf('upload 2'));
        $this->assertSame('replaced', $replaced['outcome']);
        $this->assertSame(2, $replaced['document']['version']);
        $this->assertSame(1, $this->countRows('ebpdocuments_document', "reference = 'FA-UP-1'"));

        $credit = $this->uploadOk(['customerId' => (string) $customer, 'type' => 'credit_note', 'reference' => 'FA-UP-1'], $pdf);
        $this->assertSame('created', $credit['outcome'], 'another type is another document');
    }

    public function testUploadForAnOrderLinksItAndAttachesToTheOrdersCustomer(): void
    {
        $customer = $this->insertCustomer('buyer@example.com');
        $twin = $this->insertCustomer('buyer@example.com');
        $order = $this->addOrderRow(85, 'ORDREF085', $customer);

        $data = $this->uploadOk(['orderId' => (string) $order, 'type' => 'delivery', 'reference' => 'BL85'], self::pdf('bl'));

        $this->assertSame($customer, $data['document']['customer']['id'], 'two accounts share the e-mail: the order decides');
        $this->assertNotSame($twin, $data['document']['customer']['id']);
        $this->assertSame($order, $data['document']['order']['id']);
        $this->assertSame([$data['document']['id']], array_column($this->ok('getOrderDocuments', ['orderId' => $order])['documents'], 'id'));

        $other = $this->insertCustomer('else@example.com');
        $this->assertRefused($this->upload(['customerId' => (string) $other, 'orderId' => (string) $order, 'type' => 'invoice', 'reference' => 'FA85']), 422, 'validation', 'orderId');
    }

    public function testUploadRefusesWhatTheConnectorsRefuseAndStoresNothing(): void
    {
        $customer = $this->insertCustomer('bad@example.com');
        $fields = ['customerId' => (string) $customer, 'type' => 'invoice', 'reference' => 'FA-BAD'];
        $this->assertRefused($this->upload($fields, 'not a pdf at all'), 422, 'validation', 'pdf');
        $this->assertRefused($this->upload($fields, null), 422, 'validation', 'pdf');
        $this->assertRefused($this->upload(['reference' => 'bad/../ref'] + $fields), 422, 'validation', 'reference');
        $this->assertRefused($this->upload(['type' => 'poem'] + $fields), 422, 'validation', 'type');
        $this->assertRefused($this->upload(['date' => '2024-02-30'] + $fields), 422, 'validation', 'date');
        $this->assertRefused($this->upload(['totalTaxIncl' => 'a lot'] + $fields), 422, 'validation', 'totalTaxIncl');
        $this->assertRefused($this->upload(['type' => 'invoice', 'reference' => 'FA-BAD']), 422, 'validation', 'customerId');

        $this->setting(SettingKeys::MAX_PDF_MB, '1');
        $big = self::pdf('big') . str_repeat('%', 1048576);
        $this->assertRefused($this->upload($fields, $big), 413, 'too_large', 'pdf');

        $this->assertSame(0, $this->countRows('ebpdocuments_document', "reference = 'FA-BAD'"));
        $this->assertSame([], $this->storedFiles());
    }

    public function testPermissionsOnTheModuleTab(): void
    {
        $customer = $this->insertCustomer('perm@example.com');
        $viewOnly = [HarnessAdminGuard::PERMISSIONS_HEADER => 'view'];
        $this->ok('getCustomerDocuments', ['customerId' => $customer], $viewOnly);
        $this->assertRefused($this->upload(['customerId' => (string) $customer, 'type' => 'invoice', 'reference' => 'FA-P'], self::pdf(), $viewOnly), 403, 'forbidden');
        $id = $this->insertDocument(['status' => 'attached', 'reason' => null, 'id_customer' => $customer], true);
        $this->assertRefused($this->admin('resendDocumentMail', ['id' => $id], $viewOnly), 403, 'forbidden');
        $this->assertRefused($this->admin('getCustomerDocuments', ['customerId' => $customer], [HarnessAdminGuard::PERMISSIONS_HEADER => 'none']), 403, 'forbidden');
        $this->assertSame(0, $this->countRows('ebpdocuments_document', "reference = 'FA-P'"));
    }

    public function testTheUploadFormCannotReachTheOtherActions(): void
    {
        $customer = $this->insertCustomer('csrf@example.com');
        $id = $this->insertDocument(['status' => 'attached', 'reason' => null, 'id_customer' => $customer]);
        $result = $this->postMultipart($this->ajaxPath(), ['action' => 'deleteDocuments', 'ids' => (string) $id]);
        $this->assertRefused($result, 400, 'bad_request');
        $this->assertSame(1, $this->countRows('ebpdocuments_document', 'id_document = ' . $id));
        $this->assertRefused($this->upload(['customerId' => (string) $customer, 'type' => 'invoice', 'reference' => 'FA-T'], self::pdf(), [], 'wrong-token'), 401, 'unauthenticated');
    }

    public function testSendAgainMailsTheCustomerAndRecordsTheEmployee(): void
    {
        $customer = $this->insertCustomer('again@example.com', ['firstname' => 'Anne', 'lastname' => 'Again']);
        $id = $this->insertDocument(['reference' => 'FA-AGAIN', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer]);

        $data = $this->ok('resendDocumentMail', ['id' => $id], [HarnessAdminGuard::EMPLOYEE_HEADER => '7']);

        $this->assertTrue($data['sent']);
        $mails = RecordingMailer::read($this->harness()->path('mails.jsonl'));
        $this->assertCount(1, $mails);
        $this->assertSame('ebpdocuments_new_document', $mails[0]['template']);
        $this->assertSame('again@example.com', $mails[0]['toEmail']);
        $this->assertSame('FA-AGAIN', $mails[0]['variables']['{document_reference}']);
        $event = $this->pdo()->query("SELECT event, id_employee, id_customer FROM ps_ebpdocuments_event WHERE id_document = " . $id)->fetch(\PDO::FETCH_ASSOC);
        $this->assertSame(['event' => 'mailed', 'id_employee' => '7', 'id_customer' => (string) $customer], array_map('strval', $event));
        $events = $this->ok('getDocumentEvents', ['id' => $id])['items'];
        $this->assertSame('mailed', $events[0]['event']);

        $pending = $this->insertDocument(['reference' => 'FA-WAIT']);
        $this->assertRefused($this->admin('resendDocumentMail', ['id' => $pending]), 422, 'validation', 'id');
        $far = $this->insertDocument(['reference' => 'FA-FAR', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer, 'id_shop' => self::OTHER_SHOP_ID]);
        $this->assertRefused($this->admin('resendDocumentMail', ['id' => $far]), 404, 'not_found', 'id');
        $this->assertCount(1, RecordingMailer::read($this->harness()->path('mails.jsonl')), 'nothing more was sent');
    }

    // ---- helpers ----

    private function ajaxPath(string $token = HarnessAdminGuard::TOKEN): string
    {
        return '/admin-ajax?' . http_build_query(['controller' => 'AdminEbpdocuments', 'ajax' => 1, 'token' => $token]);
    }

    /**
     * @param array<string, string> $fields
     * @param array<string, string> $headers
     */
    private function upload(array $fields, ?string $pdf = 'default', array $headers = [], string $token = HarnessAdminGuard::TOKEN): HttpResult
    {
        $files = [];
        if ($pdf !== null) {
            $files['pdf'] = [$pdf === 'default' ? self::pdf('default') : $pdf, 'document.pdf', 'application/pdf'];
        }

        return $this->postMultipart($this->ajaxPath($token), ['action' => 'uploadDocument'] + $fields, $files, $headers);
    }

    /**
     * @param array<string, string> $fields
     *
     * @return array<string, mixed>
     */
    private function uploadOk(array $fields, string $pdf): array
    {
        $result = $this->upload($fields, $pdf);
        $this->assertSame(200, $result->status, $result->describe());

        return $result->json()['data'];
    }

    private function addOrderRow(int $id, string $reference, int $customerId, int $shopId = self::SHOP_ID): int
    {
        $this->pdo()->prepare(
            "INSERT INTO ps_orders (id_order, reference, id_shop_group, id_shop, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, secure_key, payment, module, recyclable, gift, gift_message, total_discounts, total_paid, total_paid_real, total_products, total_products_wt, total_shipping, conversion_rate, invoice_number, delivery_number, invoice_date, delivery_date, valid, date_add, date_upd) VALUES (?, ?, 1, ?, 1, 1, ?, 1, 1, 1, 1, 2, 'k', 'x', 'x', 0, 0, '', 0, 0, 0, 0, 0, 0, 1, 0, 0, '2024-05-01 10:00:00', '2024-05-01 10:00:00', 1, '2024-05-01 10:00:00', '2024-05-01 10:00:00')"
        )->execute([$id, $reference, $shopId, $customerId]);

        return $id;
    }

    /**
     * @return string[]
     */
    private function events(int $documentId): array
    {
        $statement = $this->pdo()->prepare('SELECT event FROM ps_ebpdocuments_event WHERE id_document = ? ORDER BY id_event');
        $statement->execute([$documentId]);

        return array_map('strval', $statement->fetchAll(\PDO::FETCH_COLUMN));
    }
}
