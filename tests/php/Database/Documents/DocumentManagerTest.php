<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Documents;

use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Matching\CustomerLinkRepository;
use Ebpdocuments\Storage\Documents\DocumentManager;
use Ebpdocuments\Storage\SweepReport;
use Ebpdocuments\Tests\Database\Ingestion\IngestionTestCase;

final class DocumentManagerTest extends IngestionTestCase
{
    private function notice(string $reference = 'FA-0001', string $email = 'unknown@x.fr', array $extra = []): int
    {
        return $this->ingestion()->ingest($this->incoming(['reference' => $reference, 'email' => $email] + $extra), $this->temp($this->pdf($reference)))->documentId();
    }

    public function testAssignAttachesRotatesTheTokenLinksTheOrderAndRemembersTheCode(): void
    {
        $customer = $this->addCustomer('chosen@x.fr');
        $order = $this->addOrder($customer, 'ORDERREFX');
        // A guest-only e-mail stays waiting even though the order names a registered customer.
        $this->addCustomer('guest@x.fr', ['guest' => true]);
        $id = $this->notice('FA-0001', 'guest@x.fr', ['customer_code' => 'CLI7', 'oid' => 'ORDERREFX']);
        self::assertSame('pending', $this->db->fetchValue('SELECT status FROM PREFIX_ebpdocuments_document'));
        $token = $this->db->fetchValue('SELECT access_token FROM PREFIX_ebpdocuments_document');

        $row = $this->manager()->assign($id, $customer, 9, true);

        self::assertSame('attached', $row['status']);
        self::assertSame((string) $customer, $row['id_customer']);
        self::assertSame('manual', $row['match_method']);
        self::assertNull($row['reason']);
        self::assertSame((string) $order, $row['id_order']);
        self::assertNotSame($token, $row['access_token']);
        self::assertSame($customer, (new CustomerLinkRepository($this->db, $this->fixedClock()))->find(1, 'CLI7'));
        self::assertSame('9', $this->db->fetchValue('SELECT id_employee FROM PREFIX_ebpdocuments_event WHERE event = \'assigned\''));
        self::assertSame([[$id, false]], $this->notified);

        // The learned link now routes the next document of that code.
        $next = $this->ingestion()->ingest($this->incoming(['reference' => 'FA-0002', 'email' => 'other@x.fr', 'customer_code' => 'CLI7']), $this->temp($this->pdf('2')));
        self::assertSame($customer, $next->customerId());
        self::assertSame('code_link', $next->matchMethod());
    }

    public function testAssignRefusesGuestsDeletedAndMissingDocuments(): void
    {
        $id = $this->notice();
        $guest = $this->addCustomer('g@x.fr', ['guest' => true]);
        try {
            $this->manager()->assign($id, $guest, null, false);
            self::fail('assigned to a guest');
        } catch (Refusal $e) {
            self::assertSame('validation', $e->errorCode());
            self::assertSame('customerId', $e->field());
            self::assertSame(422, $e->status());
        }
        self::assertSame('pending', $this->db->fetchValue('SELECT status FROM PREFIX_ebpdocuments_document'));

        $this->expectExceptionObject(Refusal::notFound(DocumentManager::NOT_FOUND));
        $this->manager()->assign($id + 100, $this->addCustomer('ok@x.fr'), null, false);
    }

    public function testAssignWithAStaleVersionIsAConflict(): void
    {
        $id = $this->notice();
        $customer = $this->addCustomer('ok@x.fr');

        $this->expectExceptionObject(Refusal::conflict(DocumentManager::CHANGED));
        $this->manager()->assign($id, $customer, null, false, 2);
    }

    public function testRetryMatchingAttachesWhatNowMatchesAndCounts(): void
    {
        $now = $this->notice('FA-1', 'later@x.fr');
        $still = $this->notice('FA-2', 'never@x.fr');
        $this->addCustomer('later@x.fr');

        $counts = $this->manager()->retryMatching(null, 1);

        self::assertSame(['attached' => 1, 'stillWaiting' => 1], $counts);
        self::assertSame('attached', $this->db->fetchValue('SELECT status FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $now]));
        self::assertSame('2', $this->db->fetchValue('SELECT match_attempts FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $still]));
        self::assertSame(['attached' => 0, 'stillWaiting' => 1], $this->manager()->retryMatching(null), 'idempotent');
        self::assertSame(['attached' => 0, 'stillWaiting' => 0], $this->manager()->retryMatching([$now]));
    }

    public function testDismissAndRestoreOnlyTouchNotices(): void
    {
        $notice = $this->notice('FA-1');
        $this->addCustomer('known@x.fr');
        $attached = $this->notice('FA-2', 'known@x.fr');

        self::assertSame(1, $this->manager()->dismiss([$notice, $attached], true));
        self::assertSame('dismissed', $this->db->fetchValue('SELECT status FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $notice]));
        self::assertSame(1, $this->manager()->dismiss([$notice], false));
        self::assertSame(['received', 'kept_aside', 'dismissed', 'restored'], $this->eventsOf($notice));
    }

    public function testDeleteRemovesRowAndFileAndKeepsTheEvent(): void
    {
        $id = $this->notice();

        self::assertSame(1, $this->manager()->delete([$id, $id + 50], 3));

        self::assertSame(0, $this->documentCount());
        self::assertSame([], $this->files());
        self::assertSame(['received', 'kept_aside', 'deleted'], $this->eventsOf($id));
    }

    public function testWithdrawDeletesWithAWithdrawnEvent(): void
    {
        $id = $this->notice();

        self::assertTrue($this->manager()->withdraw($id, 'API'));
        self::assertFalse($this->manager()->withdraw($id, 'API'));
        self::assertSame(['received', 'kept_aside', 'withdrawn'], $this->eventsOf($id));
        self::assertSame([], $this->files());
    }

    public function testDetachCustomerKeepsDocumentsAsideWithAFreshToken(): void
    {
        $customer = $this->addCustomer('leaving@x.fr');
        $id = $this->notice('FA-1', 'leaving@x.fr');
        $token = $this->db->fetchValue('SELECT access_token FROM PREFIX_ebpdocuments_document');

        self::assertSame(1, $this->manager()->detachCustomer($customer, 'keep_aside'));

        $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document');
        self::assertNull($row['id_customer']);
        self::assertSame('pending', $row['status']);
        self::assertSame(WaitingReason::NO_ACCOUNT, $row['reason']);
        self::assertNotSame($token, $row['access_token']);
        self::assertSame(['received', 'attached', 'detached'], $this->eventsOf($id));

        $other = $this->addCustomer('second@x.fr');
        $this->notice('FA-2', 'second@x.fr');
        self::assertSame(1, $this->manager()->detachCustomer($other, 'delete'));
        self::assertSame(1, $this->documentCount());
    }

    public function testSweepReportsMissingAndAlteredFiles(): void
    {
        $missing = $this->notice('FA-1');
        $altered = $this->notice('FA-2');
        $resized = $this->notice('FA-3');
        $names = [];
        foreach ($this->db->fetchAll('SELECT id_document, file_name FROM PREFIX_ebpdocuments_document') as $row) {
            $names[(int) $row['id_document']] = $this->root . '/' . $row['file_name'];
        }
        unlink($names[$missing]);
        $bytes = (string) file_get_contents($names[$altered]);
        file_put_contents($names[$altered], strtoupper($bytes));
        file_put_contents($names[$resized], 'x', FILE_APPEND);

        $clock = $this->fixedClock('@' . ((int) filemtime($names[$altered]) + 60));
        $report = $this->storage()->sweep($this->db, $clock, 3600);

        self::assertSame(0, $report->removedOrphans, 'young files are never swept');
        $problems = [];
        foreach ($report->damaged as $damaged) {
            $problems[$damaged['id_document']] = $damaged['problem'];
        }
        self::assertSame([$missing => SweepReport::FILE_MISSING, $altered => SweepReport::HASH_MISMATCH, $resized => SweepReport::SIZE_MISMATCH], $problems);
    }
}
