<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Http\HttpResult;
use Ebpdocuments\Tests\Support\Front\MovableClock;
use Ebpdocuments\Tests\Support\ImportFixture;

/**
 * Issue 13, import of older documents, over HTTP through the real dispatcher on MariaDB: the fixture set (200 PDFs,
 * EBP's Windows-1252 CSV) is uploaded in chunks, dry-run, imported in bounded steps, then imported again (all
 * unchanged); no new-document mail unless the import asks for it.
 */
final class ImportActionsTest extends AdminAjaxTestCase
{
    const CHUNK = 65536;

    /** @var string */
    private $zip = '';

    protected static function serverIni(): array
    {
        // A shop with small PHP limits: the app's chunks are what gets through.
        return ['post_max_size' => '1M', 'upload_max_filesize' => '512K'];
    }

    protected function setUp(): void
    {
        parent::setUp();
        // Customers who confirmed their address: imported documents matched by their e-mail reach them at once
        // (the e-mail proof rule applies to imports like to every e-mail-only match).
        for ($n = 1; $n <= ImportFixture::KNOWN_CUSTOMERS; ++$n) {
            $this->addProvenCustomer('client' . $n . '@example.com');
        }
        // Mails for new invoices are on: an import must still send none unless ticked.
        $this->setting(SettingKeys::NOTIFY_TYPES, '["invoice"]');
        $this->zip = tempnam(sys_get_temp_dir(), 'ebpzip');
        ImportFixture::zip($this->zip);
    }

    protected function tearDown(): void
    {
        @unlink($this->zip);
        parent::tearDown();
    }

    public function testTheFixtureImportsWithTheExpectedCountsThenAgainAllUnchanged(): void
    {
        $import = $this->upload((string) file_get_contents($this->zip), ImportFixture::csv());
        $this->assertSame('analyzing', $import['status']);
        $import = $this->stepUntil($import, 'ready');

        $this->assertSame('Windows-1252', $import['encoding']);
        $this->assertSame('N° pièce', $import['mapping']['reference'], 'mapping guessed from French names');
        $this->assertSame('Type de pièce', $import['mapping']['type']);
        $this->assertSame('E-mail de facturation', $import['mapping']['email']);
        $this->assertSame('Code client', $import['mapping']['customer_code']);
        $this->assertSame('Total HT', $import['mapping']['total_tax_excl']);
        $this->assertSame('Total TTC', $import['mapping']['total_tax_incl']);
        $this->assertSame('* {number}.pdf', $import['pattern'], 'the pattern that pairs the PDFs was found');
        $this->assertSame(['file' => 'Facture FA2023-00001.pdf', 'number' => 'FA2023-00001'], $import['example']);
        $this->assertSame(202, $import['total']);
        $this->assertSame(['attached' => 49, 'kept_aside' => 150, 'unchanged' => 0, 'replaced' => 0, 'refused' => 3], $import['counts'], 'dry run');
        $this->assertSame(0, $this->countRows('ebpdocuments_document'), 'a dry run stores nothing');
        $this->assertSame(
            [['duplicate_row', ImportFixture::number(ImportFixture::DUPLICATE)], ['no_pdf', ImportFixture::number(ImportFixture::WITHOUT_PDF)], ['no_row', ImportFixture::number(ImportFixture::WITHOUT_ROW)]],
            $this->refusals($import)
        );
        $this->assertReasons(['kept_aside' => ['NO_ACCOUNT' => 149, 'INVALID_EMAIL' => 1], 'refused' => ['no_pdf' => 1, 'duplicate_row' => 1, 'no_row' => 1]], $import);

        $import = $this->ok('startImport', ['id' => $import['id']])['import'];
        $this->assertSame('running', $import['status']);
        $import = $this->ok('stepImport', ['id' => $import['id']])['import'];
        $this->assertSame('running', $import['status'], 'bounded batches: one step does not do everything');
        $this->assertGreaterThan(0, $import['processed']);
        $this->assertLessThan(202, $import['processed']);
        // The tab is closed: the next visit finds the unfinished import and goes on from there.
        $found = $this->ok('getImport')['import'];
        $this->assertSame($import['id'], $found['id']);
        $this->assertSame($import['processed'], $found['processed']);
        $import = $this->stepUntil($found, 'done');

        $this->assertSame(['attached' => 49, 'kept_aside' => 150, 'unchanged' => 0, 'replaced' => 0, 'refused' => 3], $import['counts'], 'import');
        $this->assertSame(199, $this->countRows('ebpdocuments_document', "source = 'import'"));
        $this->assertSame(49, $this->countRows('ebpdocuments_document', "status = 'attached' AND match_method = 'email'"));
        $this->assertSame(1, $this->countRows('ebpdocuments_document', "reason = 'INVALID_EMAIL'"));
        $row = $this->documentRow(ImportFixture::number(12));
        $this->assertNotNull($row);
        $this->assertSame('invoice', $row['type']);
        $this->assertSame('2023-03-13', $row['document_date'], 'dd/mm/yyyy read');
        $this->assertSame('1012.500000', $row['total_tax_excl'], 'decimal comma read');
        $this->assertSame('1215.000000', $row['total_tax_incl'], 'space as thousands separator read');
        $this->assertSame('C0012', $row['ebp_customer_code']);
        $this->assertSame(ImportFixture::pdf(12), (string) file_get_contents($this->storagePath((string) $row['file_name'])));
        $this->assertSame(199, $this->countRows('ebpdocuments_event', "event = 'received' AND detail LIKE '%\"source\":\"import\"%'"), 'same event log as the connectors');
        $this->assertSame([], $this->mails(), 'no new-document mail for imported documents unless ticked');
        $this->assertSame([], glob($this->storagePath('tmp') . '/*.part') ?: [], 'uploads deleted once done');
        $this->assertNull($this->ok('getImport')['import'], 'nothing left to resume');
        $this->assertSame(0, $this->countRows('ebpdocuments_import_row', 'fields IS NOT NULL'), 'billing e-mails of the CSV are not kept once done');

        $result = $this->send('GET', (string) substr($import['resultUrl'], strlen($this->url(''))));
        $this->assertSame(200, $result->status, $result->describe());
        $this->assertStringStartsWith("\xEF\xBB\xBFLine;File;Type;Number;Outcome;Reason\r\n", $result->body);
        $lines = explode("\r\n", trim($result->body));
        $this->assertCount(203, $lines);
        $this->assertContains('7;;Invoice;FA2023-00005;Refused;Same number twice in the CSV', $lines);
        $this->assertContains('9;Factures 2023/Facture FA2023-00007.pdf;Invoice;FA2023-00007;Now waiting;Missing or invalid e-mail', $lines);

        // The same files again: nothing changes.
        $again = $this->stepUntil($this->upload((string) file_get_contents($this->zip), ImportFixture::csv()), 'ready');
        $this->assertSame(['attached' => 0, 'kept_aside' => 0, 'unchanged' => 199, 'replaced' => 0, 'refused' => 3], $again['counts'], 'second dry run');
        $this->ok('startImport', ['id' => $again['id']]);
        $again = $this->stepUntil($this->ok('getImport', ['id' => $again['id']])['import'], 'done');
        $this->assertSame(['attached' => 0, 'kept_aside' => 0, 'unchanged' => 199, 'replaced' => 0, 'refused' => 3], $again['counts'], 'second import');
        $this->assertSame(199, $this->countRows('ebpdocuments_document'));
        $this->assertSame(199, $this->countRows('ebpdocuments_document', 'version = 1'));
        $this->assertSame(199, count($this->storedFiles()), 'no second copy of any PDF');
    }

    public function testNewDocumentMailsOnlyWhenTickedAndBadRowsDoNotStopTheOthers(): void
    {
        $zipPath = tempnam(sys_get_temp_dir(), 'ebpzip');
        ImportFixture::zip($zipPath, 3);
        $zip = new \ZipArchive();
        $zip->open($zipPath);
        $zip->addFromString('Facture FA2023-00004.pdf', 'not a pdf at all');
        $zip->close();
        $csv = ImportFixture::csv(3) . mb_convert_encoding(ImportFixture::number(4) . ";Facture;01/03/2023;;client4@example.com;1,00;1,20\r\n" . "FA2023-00009;Facture;31/02/2023;;client9@example.com;1,00;1,20\r\n", 'Windows-1252', 'UTF-8');
        $import = $this->stepUntil($this->upload((string) file_get_contents($zipPath), $csv, true), 'ready');
        @unlink($zipPath);
        $this->assertTrue($import['notify']);
        $this->ok('startImport', ['id' => $import['id']]);
        $import = $this->stepUntil($this->ok('getImport', ['id' => $import['id']])['import'], 'done');

        $this->assertSame(['attached' => 3, 'kept_aside' => 0, 'unchanged' => 0, 'replaced' => 0, 'refused' => 2], $import['counts']);
        $this->assertReasons(['refused' => ['pdf_not_pdf' => 1, 'no_pdf' => 1]], $import);
        $this->assertCount(3, $this->mails(), 'ticked: the attached invoices are mailed like the connectors\' ones');
    }

    public function testChunksMustFollowEachOtherAndRightsAreChecked(): void
    {
        $csv = ImportFixture::csv(2);
        $import = $this->ok('createImport', ['zipName' => 'a.zip', 'zipSize' => 10, 'csvName' => 'a.csv', 'csvSize' => strlen($csv)])['import'];
        $this->assertSame('uploading', $import['status']);
        $this->assertSame(1048576 - 65536, $import['chunkBytes'], 'chunks fit post_max_size');
        $this->assertSame(200, $this->chunk($import, 'zip', 0, '12345')->status);
        $again = $this->chunk($import, 'zip', 0, '12345');
        $this->assertRefused($again, 409, 'conflict', 'offset');
        $this->assertSame(5, $this->ok('getImport', ['id' => $import['id']])['import']['zip']['received'], 'a resumed upload reads where it stopped');
        $this->assertRefused($this->chunk($import, 'zip', 5, '1234567'), 422, 'validation', 'zip');

        $this->assertRefused($this->admin('createImport', ['zipName' => 'a.zip', 'zipSize' => 10, 'csvName' => 'a.csv', 'csvSize' => 10], [\Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard::PERMISSIONS_HEADER => 'view']), 403, 'forbidden');
        $this->assertRefused($this->admin('getImport', ['id' => $import['id']], [\Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard::SHOPS_HEADER => '2']), 404, 'not_found', 'id');
        $this->assertRefused($this->send('POST', '/admin-ajax?' . http_build_query(['action' => 'uploadImportChunk', 'id' => $import['id'], 'file' => 'zip', 'offset' => 5, 'token' => 'bad']), 'x'), 401, 'unauthenticated');

        $cancelled = $this->ok('cancelImport', ['id' => $import['id']])['import'];
        $this->assertSame('cancelled', $cancelled['status']);
        $this->assertSame([], glob($this->storagePath('tmp') . '/*.part') ?: [], 'a cancelled import leaves no file');
    }

    public function testAnAbandonedUploadIsRemovedByTheDailySweep(): void
    {
        $import = $this->ok('createImport', ['zipName' => 'a.zip', 'zipSize' => 100, 'csvName' => 'a.csv', 'csvSize' => 100])['import'];
        $this->assertSame(200, $this->chunk($import, 'zip', 0, str_repeat('z', 40))->status);
        $parts = glob($this->storagePath('tmp') . '/*.part') ?: [];
        $this->assertCount(2, $parts);
        $app = $this->harness()->app();
        $clock = new MovableClock('@' . ((int) filemtime($parts[0]) + 3600));   // an hour after the last chunk
        $this->assertSame(0, $app->core()->storage()->sweep($app->core()->connection(), $clock, 86400, false)->removedTempFiles, 'an upload in progress is kept');

        $clock->advance('+2 days');   // last written long ago: abandoned
        $this->assertSame(2, $app->core()->storage()->sweep($app->core()->connection(), $clock, 86400, false)->removedTempFiles);
        $this->assertRefused($this->chunk($import, 'zip', 40, 'more'), 422, 'validation', 'zip');
    }

    /**
     * createImport + every chunk of both files (CHUNK bytes each, under the server's post_max_size).
     *
     * @return array<string, mixed> the import once both files are in
     */
    private function upload(string $zip, string $csv, bool $notify = false): array
    {
        $import = $this->ok('createImport', ['zipName' => 'factures-2023.zip', 'zipSize' => strlen($zip), 'csvName' => 'factures-2023.csv', 'csvSize' => strlen($csv), 'notify' => $notify])['import'];
        foreach (['zip' => $zip, 'csv' => $csv] as $which => $bytes) {
            for ($offset = 0; $offset < strlen($bytes); $offset += self::CHUNK) {
                $result = $this->chunk($import, $which, $offset, substr($bytes, $offset, self::CHUNK));
                $this->assertSame(200, $result->status, $result->describe());
                $this->assertSame(min(strlen($bytes), $offset + self::CHUNK), $result->json()['data']['received']);
            }
        }

        return $this->ok('getImport', ['id' => $import['id']])['import'];
    }

    /**
     * @param array<string, mixed> $import
     */
    private function chunk(array $import, string $which, int $offset, string $bytes): HttpResult
    {
        $url = (string) $import['uploadUrl'] . '&' . http_build_query(['file' => $which, 'offset' => $offset]);

        return $this->send('POST', (string) substr($url, strlen($this->url(''))), $bytes, ['Content-Type' => 'application/octet-stream']);
    }

    /**
     * @param array<string, mixed> $import
     *
     * @return array<string, mixed>
     */
    private function stepUntil(array $import, string $status): array
    {
        for ($i = 0; $i < 50 && $import['status'] !== $status; ++$i) {
            $import = $this->ok('stepImport', ['id' => $import['id']])['import'];
        }
        $this->assertSame($status, $import['status']);

        return $import;
    }

    /**
     * @param array<string, mixed> $import
     *
     * @return array<int, array{0: string, 1: string}>
     */
    private function refusals(array $import): array
    {
        return array_map(function (array $refusal): array {
            return [$refusal['reason'], $refusal['number']];
        }, $import['refusals']);
    }

    /**
     * @param array<string, array<string, int>> $expected
     * @param array<string, mixed> $import
     */
    private function assertReasons(array $expected, array $import): void
    {
        $actual = [];
        foreach ($import['reasons'] as $line) {
            $actual[$line['outcome']][$line['reason']] = $line['count'];
        }
        foreach ($expected as $outcome => $reasons) {
            ksort($reasons);
            $this->assertArrayHasKey($outcome, $actual);
            ksort($actual[$outcome]);
            $this->assertSame($reasons, $actual[$outcome], $outcome);
        }
    }

    /**
     * @return array<int, array<string, mixed>>
     */
    private function mails(): array
    {
        $file = $this->harness()->path('mails.jsonl');
        if (!is_file($file)) {
            return [];
        }

        return array_map(function (string $line): array {
            return (array) json_decode($line, true);
        }, array_filter(explode("\n", (string) file_get_contents($file))));
    }
}
