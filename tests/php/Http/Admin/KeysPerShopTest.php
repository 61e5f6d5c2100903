<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard;

/**
 * Issue 8, "module keys belong to one shop" and the Connector view's list of shop Webservice keys: an employee sees,
 * creates and revokes only keys of the shops of their back-office context; a key of shop 2 is refused on shop 1 (the
 * harness serves shop 1).
 */
final class KeysPerShopTest extends AdminAjaxTestCase
{
    const WS_KEY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ123456';

    /**
     * @param int[] $shops
     *
     * @return array<string, string>
     */
    private static function shops(array $shops): array
    {
        return [HarnessAdminGuard::SHOPS_HEADER => implode(',', $shops)];
    }

    /**
     * @return array<string, string>
     */
    private function fields(string $key): array
    {
        return ['key' => $key, 'email' => 'client@example.com', 'type' => 'facture', 'reference' => 'FA1', 'oid' => '', 'pdf' => base64_encode(self::pdf())];
    }

    public function testAKeyOfShopTwoIsRefusedOnShopOne(): void
    {
        $shop2 = $this->ok('createKey', ['label' => 'Shop 2 connector'], self::shops([2]));
        $this->assertSame(2, $shop2['key']['shopId']);
        $refused = $this->postForm('/receive', $this->fields($shop2['secret']));
        $this->assertSame(401, $refused->status, $refused->describe());
        $this->assertStringContainsString('Clé refusée', $refused->body);
        $this->assertSame(401, $this->send('GET', '/api?route=v1/health', null, ['Authorization' => 'Bearer ' . $shop2['secret']])->status);

        $shop1 = $this->ok('createKey', ['label' => 'Shop 1 connector'], self::shops([1]));
        $this->assertSame(1, $shop1['key']['shopId']);
        $this->assertSame(200, $this->postForm('/receive', $this->fields($shop1['secret']))->status);
    }

    public function testAnEmployeeSeesCreatesAndRevokesOnlyKeysOfTheShopsOfTheirContext(): void
    {
        $shop1 = $this->ok('createKey', ['label' => 'One'], self::shops([1]))['key'];
        $shop2 = $this->ok('createKey', ['label' => 'Two'], self::shops([2]))['key'];

        $this->assertSame(['One'], array_column($this->ok('listKeys', [], self::shops([1]))['keys'], 'label'));
        $this->assertSame(['Two'], array_column($this->ok('listKeys', [], self::shops([2]))['keys'], 'label'));
        $this->assertSame(['Two', 'One'], array_column($this->ok('listKeys', [], self::shops([1, 2]))['keys'], 'label'));

        // Revoking another shop's key: not found, and it stays active.
        $this->assertRefused($this->admin('revokeKey', ['id' => $shop2['id']], self::shops([1])), 404, 'not_found', 'id');
        $this->assertTrue($this->ok('listKeys', [], self::shops([2]))['keys'][0]['active']);
        $this->assertFalse($this->ok('revokeKey', ['id' => $shop2['id']], self::shops([1, 2]))['key']['active']);

        // Creating: with several shops in the context the shop must be chosen among them.
        $this->assertRefused($this->admin('createKey', ['label' => 'Which?'], self::shops([1, 2])), 422, 'validation', 'shopId');
        $this->assertRefused($this->admin('createKey', ['label' => 'Not mine', 'shopId' => 2], self::shops([1])), 422, 'validation', 'shopId');
        $this->assertSame(2, $this->ok('createKey', ['label' => 'Chosen', 'shopId' => 2], self::shops([1, 2]))['key']['shopId']);
        $this->assertSame(1, $shop1['shopId']);
    }

    public function testTheConnectorViewListsTheShopsWebserviceKeysAndWhatEachMayDo(): void
    {
        $allowed = $this->addWebserviceKey(self::WS_KEY, true, [1], ['POST', 'GET']);
        $stock = $this->addWebserviceKey('STOCKSYNC0000000000000000000000X', true, [1, 2]);
        $this->pdo()->exec("INSERT INTO ps_webservice_permission (resource, method, id_webservice_account) VALUES ('products', 'POST', $stock)");
        $this->addWebserviceKey('OTHERSHOP000000000000000000000XY', false, [2], ['POST']);
        $this->pdo()->exec("INSERT INTO ps_ebpdocuments_webservice_grant (id_webservice_account, methods, date_add) VALUES ($allowed, 'POST,GET', '2026-01-15 10:00:00')");

        $data = $this->ok('listWebserviceKeys', [], self::shops([1]));
        $this->assertTrue($data['acceptWebserviceKeys']);
        $this->assertSame('http://127.0.0.1:' . parse_url($this->url(''), PHP_URL_PORT) . '/admin/webservice', $data['webservicePageUrl']);
        $this->assertCount(2, $data['keys'], 'only keys associated with the employee\'s shops');
        $this->assertSame([
            'id' => $allowed, 'description' => 'E-connecteur', 'label' => 'Webservice #' . $allowed . ' E-connecteur', 'hint' => 'ABCDEF', 'active' => true, 'shopIds' => [1],
            'canSend' => true, 'canWithdraw' => false, 'canReadStatus' => true,
            'grantedByUpgrade' => ['methods' => ['POST', 'GET'], 'at' => '2026-01-15 10:00:00'],
            'editUrl' => $this->url('/admin/webservice/' . $allowed . '/edit'),
        ], $data['keys'][0]);
        $this->assertSame([false, false, false, null], [$data['keys'][1]['canSend'], $data['keys'][1]['canWithdraw'], $data['keys'][1]['canReadStatus'], $data['keys'][1]['grantedByUpgrade']]);
        $this->assertStringNotContainsString(self::WS_KEY, json_encode($data), 'never the whole key');
        $this->assertCount(3, $this->ok('listWebserviceKeys', [], self::shops([1, 2]))['keys']);
    }
}
