<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Front;

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Http\HttpResult;
use Ebpdocuments\Tests\Http\HttpTestCase;
use Ebpdocuments\Tests\Support\Harness\RecordingMailer;

/**
 * Guest orders (issue 12) over HTTP on MariaDB: a document whose oid names a guest order shows on the guest
 * tracking page once the order is proven, downloads only with that session's proof, and follows the orders when the
 * guest becomes a registered customer.
 */
final class GuestOrderDocumentsTest extends HttpTestCase
{
    /** @var string */
    private $key;

    protected function setUp(): void
    {
        parent::setUp();
        $this->key = $this->createModuleKey('E-connecteur');
    }

    public function testTheGuestOrdersInvoiceShowsAfterTheProofAndDownloadsOnlyWithIt(): void
    {
        $guest = $this->addCustomer('guest@example.com', true);
        $other = $this->addCustomer('other.guest@example.com', true);
        $order = $this->addOrderRow(91, 'GUESTREF1', $guest);
        $otherOrder = $this->addOrderRow(92, 'GUESTREF2', $other);
        $pdf = self::pdf('guest invoice');
        $row = $this->push('Guest@Example.com', 'FA-G1', 'guestref1', $pdf);
        $this->push('guest@example.com', 'FA-G2', '', self::pdf('no order'));
        $this->push('someone.else@example.com', 'FA-G3', 'GUESTREF1', self::pdf('other e-mail'));
        $this->push('other.guest@example.com', 'FA-G4', '92', self::pdf('other guest'));
        $this->assertSame('pending', $row['status']);
        $this->assertSame('GUEST_ONLY', $row['reason']);

        $page = $this->send('GET', '/hook/guest-tracking?id_order=' . $order);
        $block = $page->json()['block'];
        $this->assertSame(['FA-G1'], array_column($block['documents'], 'reference'), 'only the document naming this order with the guest\'s e-mail');
        $cookie = (string) $page->header('set-cookie');
        $this->assertStringContainsString('harness_guest_orders=' . $order, $cookie);
        $url = (string) parse_url($block['documents'][0]['downloadUrl'], PHP_URL_PATH) . '?' . (string) parse_url($block['documents'][0]['downloadUrl'], PHP_URL_QUERY);

        $download = $this->send('GET', $url, null, ['Cookie' => 'harness_guest_orders=' . $order]);
        $this->assertSame(200, $download->status, $download->describe());
        $this->assertSame($pdf, $download->body, 'the exact bytes');
        $this->assertSame('application/pdf', $download->header('content-type'));
        $this->assertNotNull($this->documentRow('FA-G1')['first_downloaded_at']);

        $this->assertNotFound($this->send('GET', $url), 'no tracking session');
        $this->assertNotFound($this->send('GET', $url, null, ['Cookie' => 'harness_guest_orders=' . $otherOrder]), 'another guest\'s proven order');
        $this->assertNotFound($this->send('GET', str_replace($row['access_token'], str_repeat('a', 64), $url), null, ['Cookie' => 'harness_guest_orders=' . $order]), 'a wrong token');

        $this->assertSame(['FA-G4'], array_column($this->send('GET', '/hook/guest-tracking?id_order=' . $otherOrder)->json()['block']['documents'], 'reference'), 'the other guest sees only theirs');
        $this->assertNull($this->send('GET', '/hook/guest-tracking?id_order=999')->json()['block']);
    }

    public function testTheGuestOrderMailGoesOncePerVersionOverTheRealDoor(): void
    {
        $this->setting(SettingKeys::GUEST_MAIL_TYPES, '["invoice"]');
        $guest = $this->addCustomer('mailed.guest@example.com', true);
        $this->addOrderRow(96, 'MAILGUEST', $guest);
        $pdf = self::pdf('mailed guest invoice');

        $row = $this->push('mailed.guest@example.com', 'FA-MG1', 'MAILGUEST', $pdf);
        $this->push('mailed.guest@example.com', 'FA-MG1', 'MAILGUEST', $pdf);

        $mails = RecordingMailer::read($this->harness()->path('mails.jsonl'));
        $this->assertCount(1, $mails, 'the re-send of the same bytes mails nothing');
        $this->assertSame('ebpdocuments_guest_document', $mails[0]['template']);
        $this->assertSame('mailed.guest@example.com', $mails[0]['toEmail']);
        $this->assertSame('Invoice FA-MG1 for your order MAILGUEST', $mails[0]['subject']);
        $this->assertSame(['name' => 'Invoice-FA-MG1.pdf', 'mime' => 'application/pdf', 'sha256' => hash('sha256', $pdf)], $mails[0]['attachment']);
        $this->assertSame(1, $this->countRows('ebpdocuments_event', 'event = \'mailed\' AND id_document = :id', ['id' => $row['id_document']]));

        $this->push('mailed.guest@example.com', 'FA-MG1', 'MAILGUEST', self::pdf('mailed guest invoice v2'));
        $this->assertCount(2, RecordingMailer::read($this->harness()->path('mails.jsonl')), 'the new version is mailed');
    }

    public function testARegisteredCustomersOrderShowsNothingOnGuestTracking(): void
    {
        $registered = $this->addCustomer('member@example.com');
        $order = $this->addOrderRow(93, 'MEMBERREF', $registered);
        $this->push('member@example.com', 'FA-M1', 'MEMBERREF', self::pdf('member'));
        $this->assertNull($this->send('GET', '/hook/guest-tracking?id_order=' . $order)->json()['block']);
    }

    public function testConvertedGuestGetsTheDocumentsOfTheirOrders(): void
    {
        $guest = $this->addCustomer('convert@example.com', true);
        $order = $this->addOrderRow(94, 'CONVREF', $guest);
        $this->push('convert@example.com', 'FA-C1', 'CONVREF', self::pdf('c1'));
        $this->push('convert@example.com', 'FA-C2', '', self::pdf('c2'));
        $this->pdo()->exec('UPDATE ps_customer SET is_guest = 0, passwd = \'hash\' WHERE id_customer = ' . $guest);

        $moved = $this->harness()->app()->customer()->guestConverted()->handle($guest);

        $this->assertSame(1, $moved);
        $this->assertSame('attached', $this->documentRow('FA-C1')['status']);
        $this->assertSame((string) $guest, $this->documentRow('FA-C1')['id_customer']);
        $this->assertSame('pending', $this->documentRow('FA-C2')['status'], 'a document without the order stays aside');
        $this->assertNull($this->send('GET', '/hook/guest-tracking?id_order=' . $order)->json()['block'], 'no longer a guest order');
    }

    // ---- helpers ----

    private function assertNotFound(HttpResult $result, string $why): void
    {
        $this->assertSame(404, $result->status, $why . ': ' . $result->describe());
        $this->assertStringNotContainsString('%PDF', $result->body, $why);
    }

    /**
     * @return array<string, string|null>
     */
    private function push(string $email, string $reference, string $oid, string $pdf): array
    {
        $result = $this->postForm('/receive', ['key' => $this->key, 'email' => $email, 'type' => 'Facture', 'reference' => $reference, 'oid' => $oid, 'pdf' => base64_encode($pdf)]);
        self::assertSame(200, $result->status, $result->describe());
        $row = $this->documentRow($reference);
        self::assertNotNull($row);

        return $row;
    }

    private function addOrderRow(int $id, string $reference, int $customerId): int
    {
        $this->pdo()->prepare(
            "INSERT INTO ps_orders (id_order, reference, id_shop_group, id_shop, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, secure_key, payment, module, recyclable, gift, gift_message, total_discounts, total_paid, total_paid_real, total_products, total_products_wt, total_shipping, conversion_rate, invoice_number, delivery_number, invoice_date, delivery_date, valid, date_add, date_upd) VALUES (?, ?, 1, 1, 1, 1, ?, 1, 1, 1, 1, 2, 'k', 'x', 'x', 0, 0, '', 0, 0, 0, 0, 0, 0, 1, 0, 0, '2024-05-01 10:00:00', '2024-05-01 10:00:00', 1, '2024-05-01 10:00:00', '2024-05-01 10:00:00')"
        )->execute([$id, $reference, $customerId]);

        return $id;
    }
}
