<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\Kernel\Support\SettingKeys;

/**
 * Every refusal of the E-connecteur door: the status, a French message saying what to fix, and nothing stored.
 */
final class EconnecteurRefusalTest extends HttpTestCase
{
    const WS_KEY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ123456';

    /** @var string */
    private $key = '';

    protected function setUp(): void
    {
        parent::setUp();
        $this->key = $this->createModuleKey('E-connecteur');
    }

    /**
     * @param array<string, string> $overrides
     *
     * @return array<string, string>
     */
    private function fields(array $overrides = []): array
    {
        return array_merge([
            'key' => $this->key, 'email' => 'client@example.com', 'type' => 'facture', 'reference' => 'FA1',
            'oid' => '', 'pdf' => base64_encode(self::pdf()),
        ], $overrides);
    }

    private function assertRefused(HttpResult $result, int $status, string $fragment): void
    {
        $this->assertSame($status, $result->status, $result->describe());
        $this->assertSame('text/plain; charset=utf-8', $result->header('content-type'));
        $this->assertStringContainsString($fragment, $result->body);
        $this->assertStringNotContainsString('<', $result->body);
        $this->assertStringNotContainsString(self::class, $result->body);
        $this->assertLessThan(400, mb_strlen($result->body, 'UTF-8'));
        $this->assertSame(0, $this->countRows('ebpdocuments_document'), 'nothing stored');
        $this->assertSame([], $this->storedFiles(), 'no file, not even a temp file');
    }

    public function testMissingKey(): void
    {
        $fields = $this->fields();
        unset($fields['key']);
        $this->assertRefused($this->postForm('/receive', $fields), 401, 'Clé manquante');
    }

    public function testArrayValuedKeyIsRefused(): void
    {
        $body = 'key[]=' . rawurlencode($this->key) . '&' . http_build_query(array_diff_key($this->fields(), ['key' => 1]));
        $this->assertRefused($this->postForm('/receive', $body), 400, 'une seule fois');
    }

    public function testWrongKey(): void
    {
        $this->assertRefused($this->postForm('/receive', $this->fields(['key' => 'ebp_wrong'])), 401, 'Clé refusée');
    }

    public function testKeyInQueryStringIsRefusedEvenWhenRight(): void
    {
        $this->assertRefused($this->postForm('/receive?key=' . rawurlencode($this->key), $this->fields()), 400, 'corps de la requête');
    }

    public function testEmptyKeyNeverMatchesAnEmptyStoredSecret(): void
    {
        // An empty Webservice key, active and associated with the shop: an empty key must still be refused.
        $this->pdo()->exec("INSERT INTO ps_webservice_account (`key`, description, active) VALUES ('', 'empty', 1)");
        $this->pdo()->exec('INSERT INTO ps_webservice_account_shop (id_webservice_account, id_shop) VALUES (LAST_INSERT_ID(), 1)');
        $this->assertRefused($this->postForm('/receive', $this->fields(['key' => ''])), 401, 'Clé manquante');
    }

    public function testRevokedKey(): void
    {
        $app = $this->harness()->app();
        $generated = $app->receiving()->apiKeyService()->create('old', self::SHOP_ID);
        $app->receiving()->apiKeyService()->revoke($generated->key()->id());
        $this->assertRefused($this->postForm('/receive', $this->fields(['key' => $generated->secret()])), 401, 'Clé refusée');
    }

    public function testActiveShopWebserviceKeyAllowedToSendIsAccepted(): void
    {
        $this->addWebserviceKey(self::WS_KEY, true, [self::SHOP_ID], ['POST']);
        $result = $this->postForm('/receive', $this->fields(['key' => self::WS_KEY]));
        $this->assertSame(200, $result->status, $result->describe());
        $this->assertStringStartsWith('Webservice #', (string) $this->documentRow('FA1')['key_label']);
    }

    /**
     * Issue 8: a Webservice key the merchant made for something else (a stock-sync partner, no permission at all, or
     * only View (GET) on ebpdocuments) cannot deliver documents; the answer says exactly where to allow it.
     */
    public function testShopWebserviceKeyWithoutTheRightToSendIsRefusedWithWhereToAllowIt(): void
    {
        $id = $this->addWebserviceKey(self::WS_KEY, true, [self::SHOP_ID], []);
        // Rights on core resources are not rights on documents.
        $this->pdo()->exec("INSERT INTO ps_webservice_permission (resource, method, id_webservice_account) VALUES ('products', 'POST', $id), ('stock_availables', 'PUT', $id)");
        $result = $this->postForm('/receive', $this->fields(['key' => self::WS_KEY]));
        $this->assertRefused($result, 401, 'Paramètres avancés › Webservice');
        $this->assertStringContainsString('Ajouter (POST) sur la ligne ebpdocuments', $result->body);

        $this->pdo()->exec("INSERT INTO ps_webservice_permission (resource, method, id_webservice_account) VALUES ('ebpdocuments', 'GET', $id), ('ebpdocuments', 'DELETE', $id)");
        $this->assertRefused($this->postForm('/receive', $this->fields(['key' => self::WS_KEY])), 401, 'Ajouter (POST)');

        // Not counted as a bad key: the merchant's choice, not a guess. Eleven refusals later, ticking the box works.
        for ($i = 0; $i < 10; ++$i) {
            $this->assertSame(401, $this->postForm('/receive', $this->fields(['key' => self::WS_KEY]))->status);
        }
        $this->pdo()->exec("INSERT INTO ps_webservice_permission (resource, method, id_webservice_account) VALUES ('ebpdocuments', 'POST', $id)");
        $this->assertSame(200, $this->postForm('/receive', $this->fields(['key' => self::WS_KEY]))->status);
        $refusals = $this->pdo()->query("SELECT detail FROM ps_ebpdocuments_event WHERE event = 'rejected' ORDER BY id_event")->fetchAll(\PDO::FETCH_COLUMN);
        $this->assertCount(12, $refusals, 'each refusal of a known key is in the activity log');
        $this->assertStringContainsString('webservice_right_missing', (string) $refusals[0]);
        $this->assertStringContainsString('Webservice #' . $id, (string) $refusals[0]);
    }

    public function testWebserviceKeyIsComparedCaseSensitively(): void
    {
        $this->addWebserviceKey(self::WS_KEY, true, [self::SHOP_ID], ['POST']);
        $this->assertRefused($this->postForm('/receive', $this->fields(['key' => strtolower(self::WS_KEY)])), 401, 'Clé refusée');
    }

    public function testInactiveWebserviceKeyIsRefused(): void
    {
        $this->addWebserviceKey(self::WS_KEY, false, [self::SHOP_ID], ['POST']);
        $this->assertRefused($this->postForm('/receive', $this->fields(['key' => self::WS_KEY])), 401, 'Clé refusée');
    }

    public function testOtherShopWebserviceKeyIsRefused(): void
    {
        $this->addWebserviceKey(self::WS_KEY, true, [self::OTHER_SHOP_ID], ['POST']);
        $this->assertRefused($this->postForm('/receive', $this->fields(['key' => self::WS_KEY])), 401, 'Clé refusée');
    }

    public function testWebserviceKeysRefusedWhenTheSettingIsOff(): void
    {
        $this->addWebserviceKey(self::WS_KEY, true, [self::SHOP_ID], ['POST']);
        $this->setting(SettingKeys::ACCEPT_WEBSERVICE_KEYS, '0');
        $this->assertRefused($this->postForm('/receive', $this->fields(['key' => self::WS_KEY])), 401, 'Clé refusée');
    }

    public function testRepeatedBadKeysAreThrottledWith429(): void
    {
        for ($i = 0; $i < 10; ++$i) {
            $this->assertSame(401, $this->postForm('/receive', $this->fields(['key' => 'ebp_bad' . $i]))->status);
        }
        $result = $this->postForm('/receive', $this->fields(['key' => 'ebp_bad_again']));
        $this->assertRefused($result, 429, 'Trop de tentatives');
        $this->assertGreaterThan(0, (int) $result->header('retry-after'));
        $missing = $this->fields();
        unset($missing['key']);
        $this->assertRefused($this->postForm('/receive', $missing), 429, 'Trop de tentatives');
    }

    public function testGetAndPutAre405WithAllow(): void
    {
        foreach (['GET', 'PUT'] as $method) {
            $result = $this->send($method, '/receive');
            $this->assertRefused($result, 405, 'POST');
            $this->assertSame('POST', $result->header('allow'));
        }
    }

    public function testNotAFormIs400(): void
    {
        $result = $this->send('POST', '/receive', (string) json_encode($this->fields()), ['Content-Type' => 'application/json']);
        $this->assertRefused($result, 400, 'formulaire');
    }

    public function testInvalidBase64Is422OnPdf(): void
    {
        $this->assertRefused($this->postForm('/receive', $this->fields(['pdf' => 'not*base64!'])), 422, 'base64');
    }

    public function testMissingPdf(): void
    {
        $this->assertRefused($this->postForm('/receive', $this->fields(['pdf' => ''])), 422, 'PDF');
    }

    /**
     * @return array<string, array{0: string, 1: string}>
     */
    public function notPdfProvider(): array
    {
        return [
            'png' => ["\x89PNG\r\n\x1a\n" . str_repeat('x', 100), '%PDF-'],
            'html' => ['<html><body>Facture</body></html>', '%PDF-'],
            'php' => ['<?php echo "owned"; ?>', '%PDF-'],
            'junk before %PDF-' => ['junk' . self::pdf(), '%PDF-'],
            'no %%EOF' => [str_replace('%%EOF', '', self::pdf()), '%%EOF'],
        ];
    }

    /**
     * @dataProvider notPdfProvider
     */
    public function testNotAPdfIs422(string $bytes, string $fragment): void
    {
        $this->assertRefused($this->postForm('/receive', $this->fields(['pdf' => base64_encode($bytes)])), 422, $fragment);
    }

    public function testPlusSignsTurnedIntoSpacesAreRepairedAndStoredByteIdentical(): void
    {
        // Bytes whose base64 holds "+" and "/": sent unescaped, form decoding turns every "+" into a space.
        $pdf = self::pdf("\xfb\xef\xbe\xfb\xff\xff");
        $base64 = base64_encode($pdf);
        $this->assertStringContainsString('+', $base64);
        $body = http_build_query(array_diff_key($this->fields(), ['pdf' => 1])) . '&pdf=' . chunk_split($base64, 76, "\r\n");
        $result = $this->postForm('/receive', str_replace("\r\n", '%0D%0A', $body));

        $this->assertSame(200, $result->status, $result->describe());
        $row = $this->documentRow('FA1');
        $this->assertSame($pdf, file_get_contents($this->storagePath((string) $row['file_name'])));
        $this->assertSame(hash('sha256', $pdf), $row['sha256']);
    }

    /**
     * @return array<string, array{0: string, 1: string}>
     */
    public function hostileReferenceProvider(): array
    {
        return [
            'traversal' => ['../../etc/passwd', 'numéro du document'],
            'phar' => ['phar://x.pdf', 'numéro du document'],
            'nul' => ["FA\x001", 'numéro du document'],
            'overlong' => [str_repeat('A', 65), 'numéro du document'],
            'invalid utf-8' => ["FA\xC3\x28", 'UTF-8'],
        ];
    }

    /**
     * @dataProvider hostileReferenceProvider
     */
    public function testHostileReferencesAreRefusedNeverUsedAsPath(string $reference, string $fragment): void
    {
        $this->assertRefused($this->postForm('/receive', $this->fields(['reference' => $reference])), 422, $fragment);
    }

    public function testSqlPayloadsAreStoredLiterally(): void
    {
        $this->addCustomer('client@example.com');
        $type = "facture'; DROP TABLE ps_customer; --";
        $oid = "1' OR '1'='1";
        $result = $this->postForm('/receive', $this->fields(['type' => $type, 'oid' => $oid]));

        $this->assertSame(200, $result->status, $result->describe());
        $row = $this->documentRow('FA1');
        $this->assertSame($type, $row['type_raw']);
        $this->assertSame($oid, $row['order_ref']);
        $this->assertSame('other', $row['type']);
        $this->assertSame(1, $this->countRows('customer'));
    }

    public function testOverlongAndBinaryFieldsAre422(): void
    {
        $this->assertRefused($this->postForm('/receive', $this->fields(['email' => str_repeat('a', 300) . '@example.com'])), 422, 'e-mail');
        $this->assertRefused($this->postForm('/receive', $this->fields(['type' => "fac\x00ture"])), 422, 'type');
        $this->assertRefused($this->postForm('/receive', $this->fields(['oid' => str_repeat('9', 65)])), 422, 'oid');
    }

    public function testOverTheModuleCapIs413AndLeavesNoTempFile(): void
    {
        $this->setting(SettingKeys::MAX_PDF_MB, '1');
        $big = str_replace('%%EOF', str_repeat('%', 1200000) . "\n%%EOF", self::pdf());
        $result = $this->postForm('/receive', $this->fields(['pdf' => base64_encode($big)]));
        $this->assertRefused($result, 413, 'taille maximale');
    }

    public function testInternalErrorsAreGeneric500WithTheDetailLoggedOnly(): void
    {
        $this->addCustomer('client@example.com');
        $this->injectFaults([['on' => '/INSERT INTO \w+ebpdocuments_document/', 'times' => 1, 'action' => 'throw']]);
        $result = $this->postForm('/receive', $this->fields());

        $this->assertRefused($result, 500, 'Erreur interne');
        $this->assertStringNotContainsString('No space left', $result->body);
        $logged = $this->loggedErrors();
        $this->assertCount(1, $logged);
        $this->assertStringContainsString('Injected fault', $logged[0]['message']);
    }

    public function testRefusalsAfterAuthenticationAreLoggedAsRejectedEvents(): void
    {
        $this->postForm('/receive', $this->fields(['pdf' => base64_encode('<html>')]));
        $row = $this->pdo()->query("SELECT * FROM ps_ebpdocuments_event WHERE event = 'rejected'")->fetch(\PDO::FETCH_ASSOC);
        $this->assertNotFalse($row);
        $detail = json_decode((string) $row['detail'], true);
        $this->assertSame('pdf_not_pdf', $detail['code']);
        $this->assertSame('E-connecteur', $detail['keyLabel']);
        $this->assertSame('FA1', $row['document_reference']);
    }
}
