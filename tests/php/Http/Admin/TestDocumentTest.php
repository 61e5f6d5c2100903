<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\Kernel\Support\SettingKeys;

/**
 * "Send a test document" over real HTTP: the admin action posts to the harness's own /receive door (another request
 * to the same server), shows the door's exact answer, and leaves nothing behind but one `test` event.
 */
final class TestDocumentTest extends AdminAjaxTestCase
{
    public function testATemporaryKeySendsTheSampleAndEverythingIsCleanedUp(): void
    {
        $data = $this->ok('sendTestDocument');

        $this->assertTrue($data['ok'], json_encode($data) ?: '');
        $this->assertSame(200, $data['status']);
        $this->assertNull($data['problem']);
        $this->assertStringStartsWith('Document ' . $data['reference'] . ' (facture) enregistré sur le site, en attente d\'un compte client.', $data['answer']);
        $this->assertSame($this->url('/receive'), $data['url']);
        $this->assertSame('Test document', $data['keyLabel']);
        $this->assertTrue($data['cleanedUp']);
        $this->assertNothingLeftButOneTestEvent($data['reference'], true, 200);
        $this->assertSame(0, $this->countRows('ebpdocuments_api_key'), 'the temporary key is deleted');
        $this->assertSame([], $this->ok('getKeyActivity')['items'], 'the temporary key is no key to watch');
    }

    public function testATestDocumentIsNeverMailedWhateverTheMailOptions(): void
    {
        foreach ([SettingKeys::NOTIFY_TYPES, SettingKeys::MAIL_ATTACH_TYPES, SettingKeys::GUEST_MAIL_TYPES] as $key) {
            $this->setting($key, '["quote","order","delivery","invoice","credit_note","other"]');
        }
        $guest = $this->addCustomer('guest.order@example.com', true);
        $this->pdo()->prepare(
            "INSERT INTO ps_orders (id_order, reference, id_shop_group, id_shop, id_carrier, id_lang, id_customer, id_cart, id_currency, id_address_delivery, id_address_invoice, current_state, secure_key, payment, module, recyclable, gift, gift_message, total_discounts, total_paid, total_paid_real, total_products, total_products_wt, total_shipping, conversion_rate, invoice_number, delivery_number, invoice_date, delivery_date, valid, date_add, date_upd) VALUES (95, 'TESTGUEST', 1, 1, 1, 1, ?, 1, 1, 1, 1, 2, 'k', 'x', 'x', 0, 0, '', 0, 0, 0, 0, 0, 0, 1, 0, 0, '2024-05-01 10:00:00', '2024-05-01 10:00:00', 1, '2024-05-01 10:00:00', '2024-05-01 10:00:00')"
        )->execute([$guest]);

        $data = $this->ok('sendTestDocument');

        $this->assertTrue($data['ok'], json_encode($data) ?: '');
        $this->assertNothingLeftButOneTestEvent($data['reference'], true, 200);
    }

    public function testTheShopsWebserviceKeyIsUsedWhenChosen(): void
    {
        $id = $this->addWebserviceKey('WSKEYTESTDOCUMENT000000000000001', true, [self::SHOP_ID], ['POST']);

        $data = $this->ok('sendTestDocument', ['webserviceKeyId' => $id]);

        $this->assertTrue($data['ok'], json_encode($data) ?: '');
        $this->assertSame('Webservice #' . $id . ' E-connecteur', $data['keyLabel']);
        $this->assertNothingLeftButOneTestEvent($data['reference'], true, 200);
        $activity = $this->ok('getKeyActivity');
        $this->assertSame([['id' => $id, 'label' => 'Webservice #' . $id . ' E-connecteur', 'hint' => 'WSKE']], $activity['webserviceKeys']);
        $this->assertSame('Webservice #' . $id . ' E-connecteur', $activity['items'][0]['keyLabel']);
        $this->assertSame(['at' => $activity['items'][0]['lastCallAt'], 'ok' => true], $activity['items'][0]['lastTest']);
    }

    public function testARefusedKeyShowsTheDoorsExactRefusalAndLeavesNoRejectedEvent(): void
    {
        $id = $this->addWebserviceKey('WSKEYTESTDOCUMENT000000000000002', true, [self::SHOP_ID]);
        $this->setting(SettingKeys::ACCEPT_WEBSERVICE_KEYS, '0');

        $data = $this->ok('sendTestDocument', ['webserviceKeyId' => $id]);

        $this->assertFalse($data['ok']);
        $this->assertSame(401, $data['status']);
        $this->assertSame('refused', $data['problem']);
        $this->assertStringStartsWith('Clé refusée : elle est inconnue, révoquée, inactive ou non autorisée pour cette boutique.', $data['answer']);
        $this->assertNothingLeftButOneTestEvent($data['reference'], false, 401);
    }

    public function testAWaitingAnswerAsAnErrorStillCountsAsReceived(): void
    {
        $this->setting(SettingKeys::UNMATCHED_NON_200, '1');

        $data = $this->ok('sendTestDocument');

        $this->assertTrue($data['ok'], json_encode($data) ?: '');
        $this->assertSame(409, $data['status']);
        $this->assertNothingLeftButOneTestEvent($data['reference'], true, 409);
    }

    public function testAnUnknownOrInactiveWebserviceKeyIsRefused(): void
    {
        $inactive = $this->addWebserviceKey('WSKEYTESTDOCUMENT000000000000003', false, [self::SHOP_ID]);
        $otherShop = $this->addWebserviceKey('WSKEYTESTDOCUMENT000000000000004', true, [self::OTHER_SHOP_ID]);
        foreach ([$inactive, $otherShop, 999] as $id) {
            $this->assertRefused($this->admin('sendTestDocument', ['webserviceKeyId' => $id]), 422, 'validation', 'webserviceKeyId');
        }
        $this->assertSame(0, $this->countRows('ebpdocuments_event'));
    }

    public function testSendingNeedsTheEditRight(): void
    {
        $this->assertRefused($this->admin('sendTestDocument', [], ['X-Harness-Permissions' => 'view,delete']), 403, 'forbidden');
        $this->assertSame(0, $this->countRows('ebpdocuments_event'));
    }

    public function testAHashFolderThatExistedBeforeTheTestStays(): void
    {
        // Every possible hash folder exists (empty but for its guards): the test's file lands in one of them, which
        // must still be there afterwards (it was not the test's to remove), guards included.
        $all = [];
        for ($i = 0; $i < 256; ++$i) {
            $name = sprintf('%02x', $i);
            mkdir($this->storagePath($name), 0777, true);
            file_put_contents($this->storagePath($name . '/.htaccess'), 'Require all denied');
            file_put_contents($this->storagePath($name . '/index.php'), '<?php');
            $all[] = $name;
        }

        $data = $this->ok('sendTestDocument');

        $this->assertTrue($data['ok'], json_encode($data) ?: '');
        $this->assertSame([], $this->storedFiles());
        $this->assertSame($all, $this->hashFoldersLeft());
        foreach ($all as $name) {
            $this->assertFileExists($this->storagePath($name . '/.htaccess'));
        }
    }

    /**
     * @return string[] the two-hex-digit folders in the storage folder
     */
    private function hashFoldersLeft(): array
    {
        $left = array_values(array_filter(scandir($this->storagePath('')) ?: [], function (string $name): bool {
            return preg_match('/^[0-9a-f]{2}$/', $name) === 1 && is_dir($this->storagePath($name));
        }));
        sort($left);

        return $left;
    }

    private function assertNothingLeftButOneTestEvent(string $reference, bool $ok, int $status): void
    {
        $this->assertStringStartsWith('TEST-EBPDOCS-', $reference);
        $this->assertSame(0, $this->countRows('ebpdocuments_document'), 'no document row');
        $this->assertSame([], $this->storedFiles(), 'no file in the storage folder, temp files included');
        $this->assertSame([], $this->hashFoldersLeft(), 'no empty hash folder left behind by the test document');
        $this->assertSame(1, $this->countRows('ebpdocuments_event'), 'one event only');
        $event = $this->pdo()->query('SELECT * FROM ps_ebpdocuments_event')->fetch(\PDO::FETCH_ASSOC);
        $this->assertSame('test', $event['event']);
        $this->assertSame($reference, $event['document_reference']);
        $this->assertNull($event['id_document']);
        $detail = json_decode((string) $event['detail'], true);
        $this->assertSame($ok, $detail['ok']);
        $this->assertSame($status, $detail['status']);
        $this->assertNotSame('', $detail['message']);
        $this->assertSame(0, $this->countRows('ebpdocuments_customer_link'));
        $mails = self::$dir . '/mails.jsonl';
        $this->assertFalse(is_file($mails) && trim((string) file_get_contents($mails)) !== '', 'no mail');
    }
}
