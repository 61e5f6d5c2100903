<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\Tests\Support\OpenApiContract;

/**
 * API v1 over real HTTP; every JSON answer is also checked against module/openapi.yaml.
 */
final class ApiV1Test extends HttpTestCase
{
    /** @var string */
    private $key = '';
    /** @var OpenApiContract|null */
    private static $contract;

    protected function setUp(): void
    {
        parent::setUp();
        $this->key = $this->createModuleKey('ERP sync');
        if (self::$contract === null) {
            self::$contract = OpenApiContract::load();
        }
    }

    /**
     * @param array<string, string> $headers
     */
    private function call(string $method, string $route, array $query = [], ?string $body = null, array $headers = []): HttpResult
    {
        $path = '/api?' . http_build_query(['route' => $route] + $query);

        return $this->send($method, $path, $body, $headers + ['Authorization' => 'Bearer ' . $this->key]);
    }

    /**
     * @param array<string, string> $fields
     * @param array<string, array{0: string, 1?: string, 2?: string}> $files
     */
    private function upload(string $route, array $fields, array $files, ?string $key = null): HttpResult
    {
        return $this->postMultipart('/api?route=' . $route, $fields, $files, ['Authorization' => 'Bearer ' . ($key === null ? $this->key : $key)]);
    }

    /**
     * @return array<string, mixed>
     */
    private function assertDocumented(HttpResult $result, string $route, string $method, int $status): array
    {
        $this->assertSame($status, $result->status, $result->describe());
        $this->assertStringStartsWith('application/json', (string) $result->header('content-type'));
        $data = $result->json();
        $this->assertSame([], self::$contract->responseErrors($route, $method, $status, $data), $result->describe());

        return $data;
    }

    /**
     * @return array<string, string>
     */
    private function metadata(array $overrides = []): array
    {
        return array_merge([
            'type' => 'invoice', 'number' => 'FA2024-001', 'date' => '2024-03-01', 'email' => 'client@example.com',
            'customer_code' => 'CL0001', 'order_reference' => '', 'total_tax_excl' => '100.00', 'total_tax_incl' => '120.00',
            'currency' => 'EUR',
        ], $overrides);
    }

    public function testCreateThenUnchangedThenReplaced(): void
    {
        $this->addProvenCustomer('client@example.com');
        $created = $this->assertDocumented($this->upload('v1/documents', $this->metadata(), ['pdf' => [self::pdf()]]), 'v1/documents', 'POST', 201);
        $this->assertSame('created', $created['outcome']);
        $this->assertSame('attached', $created['document']['status']);
        $this->assertTrue($created['document']['customerAttached']);
        $this->assertNull($created['notice']);

        $same = $this->assertDocumented($this->upload('v1/documents', $this->metadata(), ['pdf' => [self::pdf()]]), 'v1/documents', 'POST', 200);
        $this->assertSame('unchanged', $same['outcome']);
        $this->assertSame($created['document']['id'], $same['document']['id']);

        $replaced = $this->assertDocumented($this->upload('v1/documents', $this->metadata(), ['pdf' => [self::pdf('v2')]]), 'v1/documents', 'POST', 200);
        $this->assertSame('replaced', $replaced['outcome']);
        $this->assertSame(2, $replaced['document']['version']);

        $row = $this->documentRow('FA2024-001');
        $this->assertSame('2024-03-01', $row['document_date']);
        $this->assertSame('CL0001', $row['ebp_customer_code']);
        $this->assertSame('120.000000', $row['total_tax_incl']);
        $this->assertSame('EUR', $row['currency']);
        $this->assertSame('api', $row['source']);
        $this->assertSame(1, $this->countRows('ebpdocuments_document'));
    }

    public function testUnmatchedDocumentCarriesItsNotice(): void
    {
        $data = $this->assertDocumented($this->upload('v1/documents', $this->metadata(['email' => 'nobody@example.com']), ['pdf' => [self::pdf()]]), 'v1/documents', 'POST', 201);
        $this->assertSame('pending', $data['document']['status']);
        $this->assertSame('NO_ACCOUNT', $data['notice']['reason']);
        $this->assertStringContainsString('aucun compte client', $data['notice']['messageFr']);
    }

    public function testValidationErrorsNameTheApiField(): void
    {
        $data = $this->assertDocumented($this->upload('v1/documents', $this->metadata(['number' => '../x']), ['pdf' => [self::pdf()]]), 'v1/documents', 'POST', 422);
        $this->assertSame('number', $data['error']['field']);
        $this->assertSame('reference_invalid', $data['error']['code']);

        $data = $this->assertDocumented($this->upload('v1/documents', $this->metadata(['date' => '01/03/2024']), ['pdf' => [self::pdf()]]), 'v1/documents', 'POST', 422);
        $this->assertSame('date', $data['error']['field']);

        $data = $this->assertDocumented($this->upload('v1/documents', $this->metadata(), ['pdf' => ['<html>', 'x.pdf', 'application/pdf']]), 'v1/documents', 'POST', 422);
        $this->assertSame('pdf', $data['error']['field']);

        $data = $this->assertDocumented($this->upload('v1/documents', $this->metadata(), []), 'v1/documents', 'POST', 422);
        $this->assertSame('pdf', $data['error']['field']);

        $data = $this->assertDocumented($this->upload('v1/documents', $this->metadata(['shop_id' => '2']), ['pdf' => [self::pdf()]]), 'v1/documents', 'POST', 422);
        $this->assertSame('shop_id', $data['error']['field']);
        $this->assertSame(0, $this->countRows('ebpdocuments_document'));
        $this->assertSame([], $this->storedFiles());
    }

    public function testCurrentShopIdIsAccepted(): void
    {
        $this->assertDocumented($this->upload('v1/documents', $this->metadata(['shop_id' => '1']), ['pdf' => [self::pdf()]]), 'v1/documents', 'POST', 201);
    }

    public function testAuthentication(): void
    {
        $missing = $this->send('GET', '/api?route=v1/health');
        $data = $this->assertDocumented($missing, 'v1/health', 'GET', 401);
        $this->assertSame('unauthenticated', $data['error']['code']);
        $this->assertStringStartsWith('Bearer', (string) $missing->header('www-authenticate'));

        $this->assertDocumented($this->send('GET', '/api?route=v1/health', null, ['Authorization' => 'Bearer ebp_nope']), 'v1/health', 'GET', 401);
        // The key is never read from the query string.
        $this->assertDocumented($this->send('GET', '/api?route=v1/health&key=' . rawurlencode($this->key)), 'v1/health', 'GET', 401);

        $this->addWebserviceKey('ABCDEFGHIJKLMNOPQRSTUVWXYZ123456', true, [self::SHOP_ID], ['POST']);
        $health = $this->assertDocumented($this->send('GET', '/api?route=v1/health', null, ['Authorization' => 'Bearer ABCDEFGHIJKLMNOPQRSTUVWXYZ123456']), 'v1/health', 'GET', 200);
        $this->assertSame('webservice', $health['client']['kind']);
    }

    public function testUnknownRouteMethodAndMediaType(): void
    {
        $notFound = $this->call('GET', 'v1/nothing');
        $this->assertSame(404, $notFound->status);
        $this->assertSame('not_found', $notFound->json()['error']['code']);

        $wrongMethod = $this->call('PUT', 'v1/documents');
        $this->assertDocumented($wrongMethod, 'v1/health', 'GET', 405);
        $this->assertSame('POST, DELETE', $wrongMethod->header('allow'));

        $json = $this->call('POST', 'v1/documents', [], '{}', ['Content-Type' => 'application/json']);
        $this->assertDocumented($json, 'v1/documents', 'POST', 415);
    }

    public function testBatchStoresTheGoodDocumentsDespiteABadOne(): void
    {
        $this->addProvenCustomer('client@example.com');
        $items = [
            $this->metadata(['number' => 'FA1', 'file' => 'a']),
            $this->metadata(['number' => 'FA2', 'file' => 'b']),
            $this->metadata(['number' => 'FA3', 'file' => 'c']),
            $this->metadata(['number' => 'FA4', 'file' => 'missing']),
        ];
        $result = $this->upload('v1/documents/batch', ['documents' => (string) json_encode($items)], [
            'a' => [self::pdf('a')], 'b' => ['not a pdf'], 'c' => [self::pdf('c')],
        ]);
        $data = $this->assertDocumented($result, 'v1/documents/batch', 'POST', 200);

        $this->assertSame(['total' => 4, 'ok' => 2, 'failed' => 2], $data['summary']);
        $this->assertTrue($data['results'][0]['ok']);
        $this->assertFalse($data['results'][1]['ok']);
        $this->assertSame(422, $data['results'][1]['status']);
        $this->assertSame('b', $data['results'][1]['error']['field']);
        $this->assertTrue($data['results'][2]['ok']);
        $this->assertSame('missing', $data['results'][3]['error']['field']);
        $this->assertSame(2, $this->countRows('ebpdocuments_document'));
        $this->assertNotNull($this->documentRow('FA1'));
        $this->assertNotNull($this->documentRow('FA3'));
    }

    public function testUnreadableBatchIs400(): void
    {
        $data = $this->assertDocumented($this->upload('v1/documents/batch', ['documents' => '{not json'], []), 'v1/documents/batch', 'POST', 400);
        $this->assertSame('documents', $data['error']['field']);
    }

    public function testStatusForReconciliation(): void
    {
        $this->addProvenCustomer('client@example.com');
        $this->upload('v1/documents', $this->metadata(), ['pdf' => [self::pdf()]]);

        $data = $this->assertDocumented($this->call('GET', 'v1/documents/status', ['type' => 'facture', 'number' => 'FA2024-001']), 'v1/documents/status', 'GET', 200);
        $this->assertSame('invoice', $data['document']['type']);
        $this->assertSame(hash('sha256', self::pdf()), $data['document']['sha256']);
        $this->assertTrue($data['document']['customerAttached']);
        $this->assertStringNotContainsString('client@example.com', (string) json_encode($data));

        $this->assertDocumented($this->call('GET', 'v1/documents/status', ['type' => 'invoice', 'number' => 'NOPE']), 'v1/documents/status', 'GET', 404);
        $this->assertDocumented($this->call('GET', 'v1/documents/status', ['type' => 'invoice']), 'v1/documents/status', 'GET', 422);
    }

    public function testWithdraw(): void
    {
        $this->upload('v1/documents', $this->metadata(), ['pdf' => [self::pdf()]]);
        $this->assertCount(1, $this->storedFiles());

        $data = $this->assertDocumented($this->call('DELETE', 'v1/documents', ['type' => 'invoice', 'number' => 'FA2024-001']), 'v1/documents', 'DELETE', 200);
        $this->assertTrue($data['withdrawn']);
        $this->assertSame(0, $this->countRows('ebpdocuments_document'));
        $this->assertSame([], $this->storedFiles());
        $this->assertSame(1, $this->countRows('ebpdocuments_event', "event = 'withdrawn'"));

        $this->assertDocumented($this->call('DELETE', 'v1/documents', ['type' => 'invoice', 'number' => 'FA2024-001']), 'v1/documents', 'DELETE', 404);
    }

    public function testHealth(): void
    {
        $data = $this->assertDocumented($this->call('GET', 'v1/health'), 'v1/health', 'GET', 200);
        $this->assertSame('ok', $data['status']);
        $this->assertTrue($data['storage']['writable']);
        $this->assertSame(20 * 1048576, $data['limits']['maxPdfBytes']);
        $this->assertSame('ERP sync', $data['client']['label']);
    }

    public function testTheDescriptionIsServedWithoutAKey(): void
    {
        $answer = $this->send('GET', '/api?route=v1/openapi');
        $this->assertSame(200, $answer->status);
        $this->assertStringStartsWith('application/yaml', (string) $answer->header('Content-Type'));
        $this->assertSame(file_get_contents(dirname(__DIR__, 3) . '/module/openapi.yaml'), $answer->body);

        $this->assertSame(405, $this->send('POST', '/api?route=v1/documents/status')->status, 'other routes still need their method');
        $this->assertSame(401, $this->send('GET', '/api?route=v1/health')->status, 'other routes still need a key');
    }
}
