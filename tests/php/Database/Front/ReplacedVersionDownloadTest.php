<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Front;

use Ebpdocuments\Application;
use Ebpdocuments\Customer\CustomerIdentity;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Receiving\Ingestion\DocumentValidator;
use Ebpdocuments\Receiving\Ingestion\IncomingDocument;
use Ebpdocuments\Storage\TempFile;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;
use Ebpdocuments\Tests\Support\Harness\HarnessLinks;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;
use Ebpdocuments\Tests\Support\InterceptingConnection;
use Ebpdocuments\Tests\Support\PdfFactory;
use Ebpdocuments\Wiring\CoreServices;

/**
 * Issue 8, "a replaced version never breaks a download in progress": a new version does not delete the old file at
 * once; the maintenance sweep removes it after its grace period (MaintenanceTask::SWEEP_MIN_AGE_SECONDS), by the
 * project's Clock.
 */
final class ReplacedVersionDownloadTest extends FrontDatabaseTestCase
{
    public function testADownloadThatReadTheOldRowStillGetsTheOldFileWhileANewVersionArrives(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        // Alice confirmed her address: the document matched by her e-mail is hers at once.
        $this->app()->core()->emailProofs()->record($alice, 'alice@example.com', EmailProofs::METHOD_CODE);
        $first = $this->app()->core()->ingestion()->ingest($this->incoming(), $this->temp(PdfFactory::valid('version 1')));
        $token = (string) $this->db->fetchValue('SELECT access_token FROM PREFIX_ebpdocuments_document');
        $replaced = false;
        // The download reads the row; version 2 is stored right after, before the download opens the file.
        $racing = new InterceptingConnection($this->db, function (string $sql, array $params) use (&$replaced) {
            if (!$replaced && strpos($sql, 'access_token, first_downloaded_at') !== false) {
                $replaced = true;
                $row = $this->db->fetchRow($sql, $params);
                $this->app()->core()->ingestion()->ingest($this->incoming(), $this->temp(PdfFactory::valid('version 2')));

                return ['result' => $row];
            }

            return null;
        });

        $response = $this->appOn($racing)->customer()->download()->download((string) $first->documentId(), $token, new CustomerIdentity($alice, false), 1);

        self::assertTrue($replaced);
        self::assertSame(200, $response->status());
        self::assertSame(PdfFactory::valid('version 1'), $this->body($response));
        self::assertSame('2', $this->db->fetchValue('SELECT version FROM PREFIX_ebpdocuments_document'));
        self::assertSame([], $this->errorLog->entries, 'no "file missing" alarm');
    }

    public function testTheOldFileGoesThroughTheSweepOnceItsGracePeriodIsOver(): void
    {
        $this->app()->core()->emailProofs()->record($this->addCustomer('alice@example.com'), 'alice@example.com', EmailProofs::METHOD_CODE);
        $this->settings->set(SettingKeys::PURGE_WAITING_DAYS, '0');
        $this->app()->core()->ingestion()->ingest($this->incoming(), $this->temp(PdfFactory::valid('version 1')));
        $oldFile = (string) $this->db->fetchValue('SELECT file_name FROM PREFIX_ebpdocuments_document');
        $this->app()->core()->ingestion()->ingest($this->incoming(), $this->temp(PdfFactory::valid('version 2')));
        $newFile = (string) $this->db->fetchValue('SELECT file_name FROM PREFIX_ebpdocuments_document');
        // The new version's file was just written (real modification time): make it as old as the old one could be.
        touch($this->storageDir . '/' . $newFile, $this->clock->now()->getTimestamp() - 30 * 86400);

        $this->clock->advance('+23 hours');
        $early = $this->app()->backOffice()->maintenance()->run();
        self::assertSame(0, $early['removedOrphans']);
        self::assertFileExists($this->storageDir . '/' . $oldFile, 'still in its grace period');

        $this->clock->advance('+2 hours');
        $late = $this->app()->backOffice()->maintenance()->run();
        self::assertSame(1, $late['removedOrphans']);
        self::assertFileDoesNotExist($this->storageDir . '/' . $oldFile);
        self::assertFileExists($this->storageDir . '/' . $newFile, 'the current version stays');
    }

    private function body(Response $response): string
    {
        ob_start();
        $response->writeStream();

        return (string) ob_get_clean();
    }

    private function appOn(InterceptingConnection $connection): Application
    {
        $app = new Application(new CoreServices($connection, $this->settings, $this->clock, new IdentityTranslator(), new HarnessLinks('http://shop.test'), $this->mailer, 1, $this->storageDir, 'test'));
        $app->core()->setErrorLog($this->errorLog);

        return $app;
    }

    private function incoming(): IncomingDocument
    {
        return (new DocumentValidator(new EmailNormalizer()))->fromFields(
            ['type' => 'facture', 'reference' => 'FA-0001', 'email' => 'alice@example.com'],
            1,
            'econnecteur',
            null,
            'E-connecteur'
        );
    }

    private function temp(string $pdf): TempFile
    {
        return $this->app()->core()->storage()->writeTempFromBase64(base64_encode($pdf), 20 * 1048576);
    }
}
