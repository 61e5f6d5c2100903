<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\Tests\Support\OpenApiContract;

/**
 * Issue 8, "batches never lose files silently", over real HTTP with a server whose PHP keeps 3 file parts per request
 * (max_file_uploads = 3): the batch limit is 3 and health says so; a batch of which PHP dropped file parts is refused
 * whole with one error naming max_file_uploads, and none of its documents is stored.
 */
final class BatchFileLimitTest extends HttpTestCase
{
    /** @var string */
    private $key = '';

    protected static function serverIni(): array
    {
        return ['max_file_uploads' => '3'];
    }

    protected function setUp(): void
    {
        parent::setUp();
        $this->key = $this->createModuleKey('ERP sync');
        $this->addCustomer('client@example.com');
    }

    public function testHealthShowsTheBatchLimitThatPhpSets(): void
    {
        $result = $this->send('GET', '/api?route=v1/health', null, ['Authorization' => 'Bearer ' . $this->key]);
        $this->assertSame(200, $result->status, $result->describe());
        $this->assertSame([], OpenApiContract::load()->responseErrors('v1/health', 'GET', 200, $result->json()));
        $this->assertSame(3, $result->json()['limits']['maxFileUploads']);
        $this->assertSame(3, $result->json()['limits']['batchMaxItems']);
    }

    public function testABatchWithMoreFilePartsThanPhpKeepsIsRefusedWhole(): void
    {
        $result = $this->batch(5, 5);
        $this->assertSame(400, $result->status, $result->describe());
        $error = $result->json()['error'];
        $this->assertSame('too_many_files', $error['code']);
        $this->assertSame('documents', $error['field']);
        $this->assertStringContainsString('max_file_uploads', $error['message']);
        $this->assertSame([], OpenApiContract::load()->responseErrors('v1/documents/batch', 'POST', 400, $result->json()));
        $this->assertSame(0, $this->countRows('ebpdocuments_document'), 'nothing of the batch is stored');
        $this->assertSame([], $this->storedFiles());
    }

    public function testWithoutPhpsWarningTheMissingPartsStillTellThatPhpDroppedSome(): void
    {
        $result = $this->batch(5, 5, ['X-Harness-Lost-Php-Warning' => '1']);
        $this->assertSame(400, $result->status, $result->describe());
        $this->assertSame('too_many_files', $result->json()['error']['code']);
        $this->assertSame(0, $this->countRows('ebpdocuments_document'));
    }

    public function testExtraFilePartsThatPhpDroppedAreNoticedEvenWhenEveryItemFoundItsFile(): void
    {
        // Two documents, but five file parts: PHP keeps the first three and warns; the request is refused all the same.
        $result = $this->batch(2, 5);
        $this->assertSame(400, $result->status, $result->describe());
        $this->assertSame('too_many_files', $result->json()['error']['code']);
        $this->assertSame(0, $this->countRows('ebpdocuments_document'));
    }

    public function testABatchWithinTheLimitIsStored(): void
    {
        $result = $this->batch(3, 3);
        $this->assertSame(200, $result->status, $result->describe());
        $this->assertSame(['total' => 3, 'ok' => 3, 'failed' => 0], $result->json()['summary']);
        $this->assertSame(3, $this->countRows('ebpdocuments_document'));
    }

    public function testAnItemWithoutItsFileWithinTheLimitStaysAnItemError(): void
    {
        $items = [$this->item(1, 'f1'), $this->item(2, 'absent')];
        $result = $this->postMultipart('/api?route=v1/documents/batch', ['documents' => (string) json_encode($items)], ['f1' => [self::pdf('1')]], ['Authorization' => 'Bearer ' . $this->key]);
        $this->assertSame(200, $result->status, $result->describe());
        $this->assertSame(['total' => 2, 'ok' => 1, 'failed' => 1], $result->json()['summary']);
        $this->assertSame('pdf_missing', $result->json()['results'][1]['error']['code']);
    }

    /**
     * A batch of $items documents (files f1…) sent with $parts file parts.
     *
     * @param array<string, string> $headers
     */
    private function batch(int $items, int $parts, array $headers = []): HttpResult
    {
        $metadata = [];
        for ($index = 1; $index <= $items; ++$index) {
            $metadata[] = $this->item($index, 'f' . $index);
        }
        $files = [];
        for ($index = 1; $index <= $parts; ++$index) {
            $files['f' . $index] = [self::pdf('doc ' . $index)];
        }

        return $this->postMultipart('/api?route=v1/documents/batch', ['documents' => (string) json_encode($metadata)], $files, $headers + ['Authorization' => 'Bearer ' . $this->key]);
    }

    /**
     * @return array<string, string>
     */
    private function item(int $index, string $file): array
    {
        return ['type' => 'invoice', 'number' => 'FA-B' . $index, 'email' => 'client@example.com', 'file' => $file];
    }
}
