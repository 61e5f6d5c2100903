<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Support\SettingKeys;

/**
 * Connector set-up (getSetup, saveSettings, keys) and the overview and activity log, over HTTP.
 */
final class SetupAndOverviewActionsTest extends AdminAjaxTestCase
{
    public function testGetSetup(): void
    {
        $this->insertDocument(['file_size' => 1000]);
        $this->insertDocument(['file_size' => 234]);
        $data = $this->ok('getSetup');
        $this->assertSame($this->url('/receive'), $data['urls']['receive']);
        $this->assertSame($this->url('/api'), $data['urls']['api']);
        $this->assertSame($this->url('/api') . '?route=v1%2Fopenapi', $data['urls']['openApi']);
        $this->assertSame(self::$dir . '/storage', $data['storage']['path']);
        $this->assertTrue($data['storage']['writable']);
        $this->assertSame(1234, $data['storage']['usedBytes']);
        $this->assertSame(20 * 1048576, $data['limits']['maxPdfBytes']);
        $this->assertIsBool($data['limits']['phpLimitTooLow']);
        $this->assertSame([
            'acceptWebserviceKeys' => true, 'unmatchedNon200' => false, 'maxPdfMb' => 20, 'storageDir' => '',
            'autoAttachOnAccount' => false, 'requireEmailProof' => true, 'notifyTypes' => [], 'mailAttachTypes' => [], 'mailAttachMaxMb' => 5, 'guestMailTypes' => [], 'onCustomerDelete' => 'keep_aside',
            'visibleTypes' => DocumentType::visibleByDefault(), 'purgeWaitingDays' => 0,
            'digestEnabled' => false, 'digestDays' => 7,
        ], $data['settings']);
        $this->assertSame('', $data['contactEmail'], 'the harness shop has no contact address');
    }

    public function testSaveSettingsStoresTheDailySummaryChoice(): void
    {
        $settings = $this->ok('saveSettings', ['settings' => ['digestEnabled' => true, 'digestDays' => 14]])['settings'];
        $this->assertTrue($settings['digestEnabled']);
        $this->assertSame(14, $settings['digestDays']);
        $this->assertSame('1', $this->harness()->settings()->get(SettingKeys::DIGEST_ENABLED));
        $this->assertSame('14', $this->harness()->settings()->get(SettingKeys::DIGEST_DAYS));
        foreach (['digestDays' => 0, 'digestEnabled' => 'yes'] as $field => $value) {
            $this->assertRefused($this->admin('saveSettings', ['settings' => [$field => $value]]), 422, 'validation', $field);
        }
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['digestDays' => 366]]), 422, 'validation', 'digestDays');
        // The stamp of the last summary is the module's own, never the app's.
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['digestLastSent' => 1]]), 422, 'validation', 'digestLastSent');
    }

    public function testSaveSettingsStoresCheckedValues(): void
    {
        $settings = $this->ok('saveSettings', ['settings' => [
            'acceptWebserviceKeys' => false, 'unmatchedNon200' => true, 'maxPdfMb' => 50, 'autoAttachOnAccount' => true,
            'requireEmailProof' => false, 'notifyTypes' => ['invoice', 'quote', 'invoice'], 'onCustomerDelete' => 'delete', 'visibleTypes' => ['invoice'],
            'purgeWaitingDays' => 365,
        ]])['settings'];
        $this->assertFalse($settings['acceptWebserviceKeys']);
        $this->assertTrue($settings['unmatchedNon200']);
        $this->assertFalse($settings['requireEmailProof'], 'the merchant may turn the e-mail proof rule off');
        $this->assertSame(50, $settings['maxPdfMb']);
        $this->assertSame(['quote', 'invoice'], $settings['notifyTypes'], 'deduplicated, canonical order');
        $this->assertSame('delete', $settings['onCustomerDelete']);
        $this->assertSame(365, $settings['purgeWaitingDays']);
        $this->assertSame('["quote","invoice"]', $this->harness()->settings()->get(SettingKeys::NOTIFY_TYPES));
        $this->assertSame('50', $this->harness()->settings()->get(SettingKeys::MAX_PDF_MB));
    }

    public function testSaveSettingsStoresTheMailAttachmentOptions(): void
    {
        $settings = $this->ok('saveSettings', ['settings' => ['mailAttachTypes' => ['credit_note', 'invoice'], 'mailAttachMaxMb' => 2]])['settings'];
        $this->assertSame(['invoice', 'credit_note'], $settings['mailAttachTypes']);
        $this->assertSame(2, $settings['mailAttachMaxMb']);
        $this->assertSame('["invoice","credit_note"]', $this->harness()->settings()->get(SettingKeys::MAIL_ATTACH_TYPES));
        $this->assertSame('2', $this->harness()->settings()->get(SettingKeys::MAIL_ATTACH_MAX_MB));
    }

    public function testSaveSettingsStoresTheGuestOrderMailTypes(): void
    {
        $settings = $this->ok('saveSettings', ['settings' => ['guestMailTypes' => ['credit_note', 'invoice', 'invoice']]])['settings'];
        $this->assertSame(['invoice', 'credit_note'], $settings['guestMailTypes']);
        $this->assertSame('["invoice","credit_note"]', $this->harness()->settings()->get(SettingKeys::GUEST_MAIL_TYPES));
        $this->assertSame([], $this->ok('saveSettings', ['settings' => ['guestMailTypes' => []]])['settings']['guestMailTypes'], 'off again');
    }

    public function testSaveSettingsRefusesBadValuesAndChangesNothing(): void
    {
        $cases = [
            'acceptWebserviceKeys' => 'yes',
            'unmatchedNon200' => 1,
            'maxPdfMb' => 0,
            'purgeWaitingDays' => 3651,
            'notifyTypes' => ['invoice', 'passport'],
            'mailAttachTypes' => ['invoice', 'passport'],
            'mailAttachMaxMb' => 16,
            'guestMailTypes' => ['invoice', 'passport'],
            'visibleTypes' => 'invoice',
            'onCustomerDelete' => 'shred',
            'storageDir' => 'relative/folder',
            'colour' => 'blue',
        ];
        foreach ($cases as $field => $value) {
            $result = $this->admin('saveSettings', ['settings' => ['maxPdfMb' => 99, $field => $value]]);
            $this->assertRefused($result, 422, 'validation', $field);
        }
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['maxPdfMb' => 201]]), 422, 'validation', 'maxPdfMb');
        $this->assertRefused($this->admin('saveSettings', []), 422, 'validation', 'settings');
        $this->assertSame('20', $this->harness()->settings()->get(SettingKeys::MAX_PDF_MB), 'a refused save stores nothing');
    }

    public function testStorageFolderMustBePrivateWritableAndHoldTheFiles(): void
    {
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => '/etc']]), 422, 'validation', 'storageDir');
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => '/tmp/../etc/x']]), 422, 'validation', 'storageDir');
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => 'phar:///tmp/x']]), 422, 'validation', 'storageDir');
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => '/proc/ebp']]), 422, 'validation', 'storageDir');

        $newDir = self::$dir . '/moved-storage';
        $saved = $this->ok('saveSettings', ['settings' => ['storageDir' => $newDir]])['settings'];
        $this->assertSame($newDir, $saved['storageDir'], 'no document yet: any private writable folder');
        $this->assertDirectoryExists($newDir);

        $this->insertDocument([], true);
        $elsewhere = self::$dir . '/empty-storage';
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => $elsewhere]]), 422, 'validation', 'storageDir');
    }

    public function testKeysCreateListRevoke(): void
    {
        $created = $this->ok('createKey', ['label' => 'EBP bureau']);
        $this->assertStringStartsWith('ebp_', $created['secret']);
        $this->assertSame('EBP bureau', $created['key']['label']);
        $this->assertTrue($created['key']['active']);
        $this->assertStringStartsWith($created['key']['hint'], $created['secret']);

        $keys = $this->ok('listKeys')['keys'];
        $this->assertCount(1, $keys);
        $this->assertArrayNotHasKey('secret', $keys[0]);
        $this->assertStringNotContainsString($created['secret'], json_encode($keys));

        $revoked = $this->ok('revokeKey', ['id' => $created['key']['id']])['key'];
        $this->assertFalse($revoked['active']);
        $this->assertNotNull($revoked['revokedAt']);

        $this->assertRefused($this->admin('createKey', ['label' => '']), 422, 'validation', 'label');
        $this->assertRefused($this->admin('createKey', ['label' => str_repeat('x', 65)]), 422, 'validation', 'label');
        $this->assertRefused($this->admin('createKey', ['label' => "bad\nlabel"]), 422, 'validation', 'label');
        $this->assertRefused($this->admin('revokeKey', ['id' => 9999]), 404, 'not_found', 'id');
        $this->assertRefused($this->admin('revokeKey', ['id' => 'x']), 422, 'validation', 'id');
    }

    /**
     * @return array<string, array{0: string}>
     */
    public static function overviewDays(): array
    {
        // The first and last day of a month and a leap day: "today" and "this month" must not depend on the date.
        return [
            'first of the month' => ['2026-12-01 10:00:00'],
            'mid-month' => ['2026-12-06 10:00:00'],
            'last of the month' => ['2026-12-31 10:00:00'],
            'leap day' => ['2028-02-29 10:00:00'],
        ];
    }

    /**
     * @dataProvider overviewDays
     */
    public function testOverview(string $now): void
    {
        $this->fixTime($now);
        $today = substr($now, 0, 10);
        $yesterday = (new \DateTimeImmutable($today))->modify('-1 day')->format('Y-m-d');
        $firstOfMonth = substr($now, 0, 8) . '01';
        $this->insertDocument(['status' => 'attached', 'reason' => null, 'date_add' => $today . ' 08:00:00', 'file_size' => 10]);
        // Earlier this month, or the last day of the previous month when today is the 1st.
        $this->insertDocument(['status' => 'attached', 'reason' => null, 'date_add' => $yesterday . ' 09:00:00', 'file_size' => 20]);
        $this->insertDocument(['status' => 'attached', 'reason' => null, 'date_add' => '2001-01-01 00:00:00', 'file_size' => 30]);
        $this->insertDocument(['status' => 'pending', 'reason' => 'NO_ACCOUNT', 'date_add' => '2002-01-01 00:00:00']);
        $this->insertDocument(['status' => 'pending', 'reason' => 'NO_ACCOUNT', 'date_add' => '2002-01-01 00:00:00']);
        $last = $this->insertDocument(['status' => 'pending', 'reason' => 'GUEST_ONLY', 'reference' => 'LAST', 'date_add' => $today . ' 23:00:00', 'key_label' => 'Bureau']);
        $this->insertDocument(['status' => 'dismissed', 'reason' => 'AMBIGUOUS']);
        $this->pdo()->exec("INSERT INTO ps_ebpdocuments_event (id_shop, event, detail, date_add) VALUES
            (1, 'rejected', '{\"code\":\"pdf_invalid\",\"message\":\"Le PDF est invalide\",\"keyLabel\":\"Bureau\"}', '2024-05-01 10:00:00'),
            (1, 'rejected', '{\"code\":\"unauthenticated\",\"message\":\"Clé refusée\",\"keyLabel\":null}', '2024-05-02 10:00:00'),
            (2, 'rejected', '{\"code\":\"other_shop\",\"message\":\"x\"}', '2024-05-03 10:00:00')");

        $data = $this->ok('getOverview');
        $this->assertSame(1, $data['attachedToday']);
        $this->assertSame($yesterday >= $firstOfMonth ? 2 : 1, $data['attachedThisMonth']);
        $this->assertSame(3, $data['waitingTotal']);
        $this->assertSame([['reason' => 'NO_ACCOUNT', 'count' => 2, 'capped' => false], ['reason' => 'GUEST_ONLY', 'count' => 1, 'capped' => false]], $data['waitingByReason']);
        $this->assertFalse($data['noticesWaitingCapped']);
        $this->assertSame($last, $data['lastDocument']['id']);
        $this->assertSame('Bureau', $data['lastDocument']['keyLabel']);
        $this->assertSame(['unauthenticated', 'pdf_invalid'], array_column($data['recentErrors'], 'code'), 'newest first, this shop only');
        $this->assertNull($data['recentErrors'][0]['keyLabel']);
        $this->assertSame('Bureau', $data['recentErrors'][1]['keyLabel']);
        $this->assertSame(['usedBytes' => 10 + 20 + 30 + 4 * 1234, 'writable' => true], $data['storage']);
        $this->assertSame(['attached' => 1, 'waiting' => 1, 'dismissed' => 0, 'capped' => []], $data['receivedToday']);
        $this->assertSame($yesterday >= $firstOfMonth ? 2 : 1, $data['receivedThisMonth']['attached']);
        $this->assertSame(1, $data['receivedThisMonth']['waiting']);
        $this->assertSame(['ok', 'flowing'], [$data['status']['state'], $data['status']['code']], 'the refusals are older than the last document');
    }

    public function testListEvents(): void
    {
        $customer = $this->insertCustomer('lea@example.com', ['firstname' => 'Léa', 'lastname' => 'Roux']);
        $doc = $this->insertDocument(['reference' => 'FA00123', 'billing_email' => 'lea@example.com', 'email_normalized' => 'lea@example.com']);
        $this->pdo()->exec("INSERT INTO ps_ebpdocuments_event (id_shop, id_document, document_type, document_reference, event, detail, id_customer, date_add) VALUES
            (1, $doc, 'invoice', 'FA00123', 'received', NULL, NULL, '2024-05-01 10:00:00'),
            (1, $doc, 'invoice', 'FA00123', 'kept_aside', '{\"reason\":\"NO_ACCOUNT\"}', NULL, '2024-05-01 10:00:00'),
            (1, NULL, 'quote', 'DE_1', 'rejected', '{\"code\":\"x\"}', NULL, '2024-05-02 10:00:00'),
            (1, NULL, 'quote', 'DEX1', 'rejected', NULL, NULL, '2024-05-02 10:00:00'),
            (1, NULL, 'invoice', 'FA9', 'downloaded', NULL, $customer, '2024-05-03 10:00:00'),
            (2, NULL, 'invoice', 'FA00123', 'received', NULL, NULL, '2024-05-03 10:00:00')");
        $all = $this->ok('listEvents');
        $this->assertSame(5, $all['total']);
        $this->assertSame('downloaded', $all['items'][0]['event']);
        $this->assertSame('Léa Roux', $all['items'][0]['customer']['name']);
        $this->assertSame(['kept_aside', 'received'], array_column($this->ok('listEvents', ['search' => 'FA001'])['items'], 'event'));
        $this->assertSame(['kept_aside', 'received'], array_column($this->ok('listEvents', ['search' => 'lea@'])['items'], 'event'));
        $this->assertSame(['DE_1'], array_column($this->ok('listEvents', ['search' => 'DE_'])['items'], 'documentReference'));
        $this->assertSame(2, $this->ok('listEvents', ['event' => 'rejected'])['total']);
        $page = $this->ok('listEvents', ['perPage' => 2, 'page' => 3]);
        $this->assertCount(1, $page['items']);
        $this->assertRefused($this->admin('listEvents', ['event' => 'exploded']), 422, 'validation', 'event');
        // A customer's name or company finds the events of the customer's documents (the module's search terms,
        // never a scan of ps_customer).
        $company = $this->insertCustomer('pro@example.com', ['firstname' => 'Marc', 'lastname' => 'Vidal', 'company' => 'Atelier Vidal']);
        $this->insertDocument(['reference' => 'FA00777', 'id_customer' => $company, 'status' => 'attached', 'reason' => null]);
        $this->pdo()->exec("INSERT INTO ps_ebpdocuments_event (id_shop, id_document, document_type, document_reference, event, detail, id_customer, date_add)
            SELECT 1, id_document, 'invoice', 'FA00777', 'attached', NULL, NULL, '2024-05-04 10:00:00' FROM ps_ebpdocuments_document WHERE reference = 'FA00777'");
        $this->assertSame(['FA00777'], array_column($this->ok('listEvents', ['search' => 'Atelier Vid'])['items'], 'documentReference'));
        $this->assertSame(['FA00777'], array_column($this->ok('listEvents', ['search' => 'Vidal Ma'])['items'], 'documentReference'));
    }
}
