<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Ingestion;

use Ebpdocuments\Kernel\Database\DatabaseException;
use Ebpdocuments\Kernel\Database\RetryableDatabaseException;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\MatchMethod;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Receiving\Ingestion\IngestionResult;
use Ebpdocuments\Storage\Repository\EventRepository;
use Ebpdocuments\Tests\Support\InMemorySettings;
use Ebpdocuments\Tests\Support\InterceptingConnection;
use Ebpdocuments\Tests\Support\PdfFactory;
use Ebpdocuments\Tests\Support\PdoConnection;

final class IngestionServiceTest extends IngestionTestCase
{
    public function testCreatesAnAttachedDocumentWithItsFileAndEvents(): void
    {
        $customer = $this->addCustomer('client@x.fr');
        $order = $this->addOrder($customer, 'ORDERREFA');
        $pdf = $this->pdf();

        $result = $this->ingestion()->ingest($this->incoming(['oid' => 'ORDERREFA', 'date' => '2025-02-01', 'total_tax_incl' => '120.5']), $this->temp($pdf));

        self::assertSame(IngestionResult::CREATED, $result->outcome());
        self::assertSame('attached', $result->status());
        self::assertSame($customer, $result->customerId());
        self::assertSame($order, $result->orderId());
        self::assertSame(1, $result->version());
        $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $result->documentId()]);
        self::assertSame('invoice', $row['type']);
        self::assertSame('facture', $row['type_raw']);
        self::assertSame(MatchMethod::EMAIL, $row['match_method']);
        self::assertSame(hash('sha256', $pdf), $row['sha256']);
        self::assertSame((string) strlen($pdf), $row['file_size']);
        self::assertSame('120.500000', $row['total_tax_incl']);
        self::assertMatchesRegularExpression('/^[0-9a-f]{64}$/', (string) $row['access_token']);
        self::assertSame($pdf, file_get_contents($this->root . '/' . $row['file_name']));
        self::assertSame([(string) $row['file_name']], $this->files(), 'no temp file left');
        self::assertSame(['received', 'attached'], $this->eventsOf($result->documentId()));
        self::assertSame([[$result->documentId(), false]], $this->notified);
    }

    public function testUnknownEmailIsWaitingWithItsReasonAndNoNotification(): void
    {
        $result = $this->ingestion()->ingest($this->incoming(['email' => 'nobody@x.fr']), $this->temp($this->pdf()));

        self::assertSame('pending', $result->status());
        self::assertSame(WaitingReason::NO_ACCOUNT, $result->reason());
        self::assertNull($result->customerId());
        self::assertSame(['received', 'kept_aside'], $this->eventsOf($result->documentId()));
        $detail = $this->db->fetchValue('SELECT detail FROM PREFIX_ebpdocuments_event WHERE event = \'kept_aside\'');
        self::assertSame(['reason' => 'NO_ACCOUNT'], json_decode((string) $detail, true));
        self::assertSame([], $this->notified);
        self::assertSame([$result->documentId()], $this->waiting, 'told as kept aside (the guest order mail)');
    }

    public function testAWaitingDocumentIsToldOncePerStoredVersionNeverForAReplay(): void
    {
        $first = $this->ingestion()->ingest($this->incoming(['email' => 'nobody@x.fr']), $this->temp($this->pdf('v1')));
        $this->ingestion()->ingest($this->incoming(['email' => 'nobody@x.fr']), $this->temp($this->pdf('v1')));
        self::assertSame([$first->documentId()], $this->waiting, 'an unchanged replay is not told');

        $this->ingestion()->ingest($this->incoming(['email' => 'nobody@x.fr']), $this->temp($this->pdf('v2')));
        self::assertSame([$first->documentId(), $first->documentId()], $this->waiting, 'a new version still aside is told');

        $this->addCustomer('client@x.fr');
        $this->ingestion()->ingest($this->incoming(), $this->temp($this->pdf('v3')));
        self::assertSame([$first->documentId(), $first->documentId()], $this->waiting, 'attached now: not kept aside');
        self::assertSame([[$first->documentId(), false]], $this->notified, 'the customer listener instead');
    }

    public function testSameBytesAgainAreUnchanged(): void
    {
        $this->addCustomer('client@x.fr');
        $first = $this->ingestion()->ingest($this->incoming(), $this->temp($this->pdf()));
        $token = $this->db->fetchValue('SELECT access_token FROM PREFIX_ebpdocuments_document');

        $again = $this->ingestion()->ingest($this->incoming(), $this->temp($this->pdf()));

        self::assertSame(IngestionResult::UNCHANGED, $again->outcome());
        self::assertSame($first->documentId(), $again->documentId());
        self::assertSame(1, $again->version());
        self::assertSame(1, $this->documentCount());
        self::assertCount(1, $this->files(), 'one file, the temp of the replay is discarded');
        self::assertSame($token, $this->db->fetchValue('SELECT access_token FROM PREFIX_ebpdocuments_document'));
        self::assertSame(['received', 'attached', 'unchanged'], $this->eventsOf($first->documentId()));
        self::assertCount(1, $this->notified, 'a replay never notifies twice');
    }

    public function testNewBytesMakeANewVersionAndTheOldFileIsRetiredNotDeleted(): void
    {
        $customer = $this->addCustomer('client@x.fr');
        $first = $this->ingestion()->ingest($this->incoming(), $this->temp($this->pdf('v1')));
        $oldFile = (string) $this->db->fetchValue('SELECT file_name FROM PREFIX_ebpdocuments_document');
        $token = $this->db->fetchValue('SELECT access_token FROM PREFIX_ebpdocuments_document');

        $second = $this->ingestion()->ingest($this->incoming(), $this->temp($this->pdf('v2')));

        self::assertSame(IngestionResult::REPLACED, $second->outcome());
        self::assertSame($first->documentId(), $second->documentId());
        self::assertSame(2, $second->version());
        self::assertSame($customer, $second->customerId());
        $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document');
        self::assertNotSame($oldFile, $row['file_name']);
        $expected = [(string) $row['file_name'], $oldFile];
        sort($expected);
        self::assertSame($expected, $this->files(), 'the old file stays for a download that read the old row');
        clearstatcache();
        self::assertSame($this->fixedClock()->now()->getTimestamp(), filemtime($this->root . '/' . $oldFile), 'retired at the replacement');
        self::assertSame(hash('sha256', $this->pdf('v2')), $row['sha256']);
        self::assertSame($token, $row['access_token'], 'same customer keeps the download token');
        self::assertSame(['received', 'attached', 'replaced'], $this->eventsOf($first->documentId()));
        self::assertSame([[$first->documentId(), false], [$first->documentId(), true]], $this->notified);
    }

    public function testANewVersionWithTheSameEmailKeepsAManualAssignment(): void
    {
        $chosen = $this->addCustomer('chosen@x.fr');
        $created = $this->ingestion()->ingest($this->incoming(['email' => 'unknown@x.fr']), $this->temp($this->pdf('v1')));
        $this->manager()->assign($created->documentId(), $chosen, 5, false);
        // Someone registers the billing e-mail meanwhile: a re-match would move the document to them.
        $this->addCustomer('unknown@x.fr');

        $replaced = $this->ingestion()->ingest($this->incoming(['email' => 'UNKNOWN@x.fr ']), $this->temp($this->pdf('v2')));

        self::assertSame($chosen, $replaced->customerId());
        self::assertSame(MatchMethod::MANUAL, $replaced->matchMethod());
        self::assertNull($replaced->previousCustomerId());
    }

    public function testANewEmailReMatchesAndRotatesTheToken(): void
    {
        $first = $this->addCustomer('first@x.fr');
        $second = $this->addCustomer('second@x.fr');
        $created = $this->ingestion()->ingest($this->incoming(['email' => 'first@x.fr']), $this->temp($this->pdf('v1')));
        $token = $this->db->fetchValue('SELECT access_token FROM PREFIX_ebpdocuments_document');

        $replaced = $this->ingestion()->ingest($this->incoming(['email' => 'second@x.fr']), $this->temp($this->pdf('v2')));

        self::assertSame($second, $replaced->customerId());
        self::assertSame($first, $replaced->previousCustomerId());
        self::assertNotSame($token, $this->db->fetchValue('SELECT access_token FROM PREFIX_ebpdocuments_document'));
        self::assertSame('2', $this->db->fetchValue('SELECT match_attempts FROM PREFIX_ebpdocuments_document'));
        self::assertSame(['received', 'attached', 'replaced', 'attached'], $this->eventsOf($created->documentId()));
        self::assertSame([$created->documentId(), false], end($this->notified), 'new to this customer');
    }

    public function testARefusedPdfStoresNothing(): void
    {
        foreach ([PdfFactory::truncated(), PdfFactory::withJavaScript(), PdfFactory::png()] as $bytes) {
            try {
                $this->ingestion()->ingest($this->incoming(), $this->temp($bytes));
                self::fail('accepted');
            } catch (Refusal $e) {
                self::assertSame(422, $e->status());
            }
        }
        self::assertSame(0, $this->documentCount());
        self::assertSame([], $this->files());
    }

    public function testFailureAfterTheFileWasPromotedLeavesNoFileAndNoRow(): void
    {
        $events = new class($this->db, $this->fixedClock()) extends EventRepository {
            public function recordAll(array $events): int
            {
                throw new DatabaseException('disk full', 1021);
            }
        };

        try {
            $this->ingestion(null, $events)->ingest($this->incoming(), $this->temp($this->pdf()));
            self::fail('no error');
        } catch (DatabaseException $e) {
            self::assertSame('disk full', $e->getMessage());
        }
        self::assertSame(0, $this->documentCount());
        self::assertSame([], $this->files());
        self::assertSame([], $this->notified);
    }

    public function testFailureWhileReplacingKeepsTheOldVersionAndItsFile(): void
    {
        $first = $this->ingestion()->ingest($this->incoming(), $this->temp($this->pdf('v1')));
        $oldFiles = $this->files();
        $failing = new InterceptingConnection($this->db, function (string $sql): void {
            if ($sql === 'COMMIT') {
                throw new DatabaseException('server gone', 2006);
            }
        });

        try {
            $this->ingestion($failing)->ingest($this->incoming(), $this->temp($this->pdf('v2')));
            self::fail('no error');
        } catch (DatabaseException $e) {
            self::assertSame(2006, $e->getCode());
        }
        self::assertSame('1', $this->db->fetchValue('SELECT version FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $first->documentId()]));
        self::assertSame($oldFiles, $this->files());
    }

    public function testDeadlocksAreRetriedThenGiveUpCleanly(): void
    {
        $failures = 2;
        $flaky = new InterceptingConnection($this->db, function (string $sql) use (&$failures): void {
            if (strpos($sql, 'INSERT INTO PREFIX_ebpdocuments_document') === 0 && $failures-- > 0) {
                throw new RetryableDatabaseException('Deadlock found', 1213);
            }
        });
        $result = $this->ingestion($flaky)->ingest($this->incoming(), $this->temp($this->pdf()));
        self::assertSame(IngestionResult::CREATED, $result->outcome());
        self::assertCount(1, $this->files());

        $always = new InterceptingConnection($this->db, function (string $sql): void {
            if (strpos($sql, 'INSERT INTO PREFIX_ebpdocuments_document') === 0) {
                throw new RetryableDatabaseException('Deadlock found', 1213);
            }
        });
        try {
            $this->ingestion($always)->ingest($this->incoming(['reference' => 'FA-0002']), $this->temp($this->pdf()));
            self::fail('no error');
        } catch (RetryableDatabaseException $e) {
            self::assertSame(1213, $e->getCode());
        }
        self::assertSame(1, $this->documentCount());
        self::assertCount(1, $this->files(), 'no file of the failed document left');
    }

    public function testTwinCommittedByAnotherConnectionIsFoundOnRetryAsUnchanged(): void
    {
        $this->addCustomer('client@x.fr');
        $twinResult = null;
        $raced = false;
        $other = PdoConnection::fromEnvironment(self::databaseName());
        $racing = new InterceptingConnection($this->db, function (string $sql) use (&$raced, &$twinResult, $other) {
            if (!$raced && strpos($sql, 'INSERT INTO PREFIX_ebpdocuments_document') === 0) {
                $raced = true;
                // The twin request stores the same document through its own connection, after our read found
                // nothing and just before our INSERT: the unique key refuses ours.
                $twinResult = $this->ingestion($other)->ingest($this->incoming(), $this->temp($this->pdf()));
            }

            return null;
        });

        $result = $this->ingestion($racing)->ingest($this->incoming(), $this->temp($this->pdf()));

        self::assertInstanceOf(IngestionResult::class, $twinResult);
        self::assertSame(IngestionResult::CREATED, $twinResult->outcome());
        self::assertSame(IngestionResult::UNCHANGED, $result->outcome());
        self::assertSame($twinResult->documentId(), $result->documentId());
        self::assertSame(1, $this->documentCount());
        self::assertCount(1, $this->files(), 'our promoted copy was taken back and discarded');
        self::assertCount(1, $this->notified);
    }

    public function testCrashBetweenRenameAndCommitLeavesOnlyAnOrphanThatSweepRemoves(): void
    {
        $pid = pcntl_fork();
        self::assertNotSame(-1, $pid);
        if ($pid === 0) {
            // Child: its own connection; dies without any cleanup right after the file took its final name.
            $connection = new InterceptingConnection(PdoConnection::fromEnvironment(self::databaseName()), function (string $sql): void {
                if (strpos($sql, 'INSERT INTO PREFIX_ebpdocuments_document') === 0) {
                    posix_kill(posix_getpid(), SIGKILL);
                }
            });
            try {
                $this->ingestion($connection)->ingest($this->incoming(), $this->temp($this->pdf()));
            } finally {
                posix_kill(posix_getpid(), SIGKILL);
            }
        }
        pcntl_waitpid($pid, $status);
        self::assertTrue(pcntl_wifsignaled($status));

        self::assertSame(0, $this->documentCount(), 'no row without its file');
        $files = $this->files();
        self::assertCount(1, $files);
        self::assertMatchesRegularExpression('#^[0-9a-f]{2}/[0-9a-f]{64}\.pdf$#', $files[0]);

        // Two minutes after the orphan was written, by a fixed clock set from the file's own time.
        $clock = $this->fixedClock('@' . ((int) filemtime($this->root . '/' . $files[0]) + 120));
        self::assertSame(0, $this->storage()->sweep($this->db, $clock, 600)->removedOrphans, 'a young orphan may still be an ingestion in flight');

        $report = $this->storage()->sweep($this->db, $clock, 60);

        self::assertSame(1, $report->removedOrphans);
        self::assertSame([], $this->files());
    }

    public function testADocumentSentWithoutADateIsDatedTheDayItArrivesAndKeepsThatDateAcrossVersions(): void
    {
        $this->addCustomer('client@x.fr');

        $first = $this->ingestion()->ingest($this->incoming(), $this->temp($this->pdf()));
        self::assertSame('2025-03-01', $this->db->fetchValue('SELECT document_date FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $first->documentId()]));

        $this->db->execute('UPDATE PREFIX_ebpdocuments_document SET document_date = :d', ['d' => '2025-01-31']);
        $this->ingestion()->ingest($this->incoming(), $this->temp($this->pdf('second version')));
        self::assertSame('2025-01-31', $this->db->fetchValue('SELECT document_date FROM PREFIX_ebpdocuments_document'), 'a new version without a date keeps the date');

        $this->ingestion()->ingest($this->incoming(['date' => '2025-02-14']), $this->temp($this->pdf('third version')));
        self::assertSame('2025-02-14', $this->db->fetchValue('SELECT document_date FROM PREFIX_ebpdocuments_document'), 'a sent date always wins');
    }

    public function testANewDocumentTakesThreeStatementsAndAnUnchangedReSendTwo(): void
    {
        $this->addCustomer('client@x.fr');
        $statements = [];
        $counting = new InterceptingConnection($this->db, function (string $sql) use (&$statements) {
            $statements[] = strtok(ltrim($sql), " \n");

            return null;
        });

        $this->ingestion($counting)->ingest($this->incoming(), $this->temp($this->pdf()));
        // Read the number with the e-mail's customers (in the shop's customer scope), the row, its two events in one
        // INSERT.
        self::assertSame(['SELECT', 'INSERT', 'INSERT'], $statements);

        $statements = [];
        $this->ingestion($counting)->ingest($this->incoming(), $this->temp($this->pdf()));
        self::assertSame(['SELECT', 'INSERT'], $statements, 'read the number, record "unchanged"');
        self::assertSame(['received', 'attached', 'unchanged'], $this->eventsOf((int) $this->db->fetchValue('SELECT id_document FROM PREFIX_ebpdocuments_document')));
    }

    public function testWithTheEmailProofRequiredTheProofIsReadInTheMatchingStatement(): void
    {
        $this->proofSettings = new InMemorySettings([SettingKeys::REQUIRE_EMAIL_PROOF => '1']);
        $proven = $this->addCustomer('proven@x.fr');
        $this->addCustomer('unproven@x.fr');
        $this->proofs($this->db)->record($proven, 'proven@x.fr', EmailProofs::METHOD_CODE);
        $statements = [];
        $counting = new InterceptingConnection($this->db, function (string $sql) use (&$statements) {
            $statements[] = strtok(ltrim($sql), " \n");

            return null;
        });

        $attached = $this->ingestion($counting)->ingest($this->incoming(['email' => 'proven@x.fr']), $this->temp($this->pdf()));
        self::assertSame(DocumentStatus::ATTACHED, $attached->status());
        self::assertSame($proven, $attached->customerId());
        self::assertSame(['SELECT', 'INSERT', 'INSERT'], $statements, 'number with the e-mail and its proof, row, events');

        $statements = [];
        $waiting = $this->ingestion($counting)->ingest($this->incoming(['email' => 'unproven@x.fr', 'reference' => 'FA-UNPROVEN']), $this->temp($this->pdf('other')));
        self::assertSame(DocumentStatus::WAITING, $waiting->status());
        self::assertSame(WaitingReason::UNPROVEN_EMAIL, $waiting->reason());
        self::assertSame(['SELECT', 'INSERT', 'INSERT'], $statements);
    }

    public function testNoLockIsHeldOnAMissingNumberWhileANewDocumentIsStored(): void
    {
        $this->addCustomer('client@x.fr');
        $other = PdoConnection::fromEnvironment(self::databaseName());
        $other->execute('SET SESSION innodb_lock_wait_timeout = 1');
        $neighbour = null;
        $hooked = false;
        // Just before our row is stored, another request stores the next number (same gap of the unique index).
        $racing = new InterceptingConnection($this->db, function (string $sql) use (&$neighbour, &$hooked, $other) {
            if (!$hooked && strpos($sql, 'INSERT INTO PREFIX_ebpdocuments_document') === 0) {
                $hooked = true;
                $neighbour = $this->ingestion($other)->ingest($this->incoming(['reference' => 'FA-0002']), $this->temp($this->pdf('FA-0002')));
            }

            return null;
        });

        $ours = $this->ingestion($racing)->ingest($this->incoming(['reference' => 'FA-0001']), $this->temp($this->pdf('FA-0001')));

        self::assertInstanceOf(IngestionResult::class, $neighbour, 'the other request was not blocked by a lock of ours');
        self::assertSame(IngestionResult::CREATED, $neighbour->outcome());
        self::assertSame(IngestionResult::CREATED, $ours->outcome());
        self::assertSame(2, $this->documentCount());
        self::assertCount(2, $this->files());
    }

    public function testAVersionChangedByAnotherRequestMeanwhileIsReadAgain(): void
    {
        $this->addCustomer('client@x.fr');
        $this->ingestion()->ingest($this->incoming(), $this->temp($this->pdf('v1')));
        $other = PdoConnection::fromEnvironment(self::databaseName());
        $raced = false;
        // Between our read of version 1 and our UPDATE, another request stores version 2.
        $racing = new InterceptingConnection($this->db, function (string $sql) use (&$raced, $other) {
            if (!$raced && strpos($sql, 'UPDATE PREFIX_ebpdocuments_document') === 0) {
                $raced = true;
                $this->ingestion($other)->ingest($this->incoming(), $this->temp($this->pdf('v2')));
            }

            return null;
        });

        $result = $this->ingestion($racing)->ingest($this->incoming(), $this->temp($this->pdf('v3')));

        self::assertSame(IngestionResult::REPLACED, $result->outcome());
        self::assertSame(3, $result->version());
        $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document');
        self::assertSame('3', $row['version']);
        self::assertSame(hash('sha256', $this->pdf('v3')), $row['sha256']);
        // v1 and v2 retired (kept for downloads in progress), v3 current; our first promoted copy was taken back.
        self::assertCount(3, $this->files());
        self::assertContains((string) $row['file_name'], $this->files());
    }
}
