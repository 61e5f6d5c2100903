<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Maintenance;

use Ebpdocuments\BackOffice\Maintenance\MaintenanceTask;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Database\Ingestion\IngestionTestCase;
use Ebpdocuments\Tests\Support\InMemorySettings;

final class MaintenanceTaskTest extends IngestionTestCase
{
    /** @var InMemorySettings */
    private $settings;

    protected function setUp(): void
    {
        parent::setUp();
        $this->settings = new InMemorySettings([SettingKeys::PURGE_WAITING_DAYS => '30']);
    }

    private function task(string $now = '2025-03-01 10:00:00'): MaintenanceTask
    {
        return new MaintenanceTask($this->db, $this->manager(), $this->storage(), $this->settings, $this->fixedClock($now), 1);
    }

    /** A document received $daysAgo days before the fixed clock (2025-03-01 10:00:00). */
    private function document(string $reference, string $email, int $daysAgo, string $status = ''): int
    {
        $id = $this->ingestion()->ingest($this->incoming(['reference' => $reference, 'email' => $email]), $this->temp($this->pdf($reference)))->documentId();
        $date = (new \DateTimeImmutable('2025-03-01 10:00:00'))->modify('-' . $daysAgo . ' days')->format('Y-m-d H:i:s');
        $this->db->execute('UPDATE PREFIX_ebpdocuments_document SET date_add = :date WHERE id_document = :id', ['date' => $date, 'id' => $id]);
        if ($status !== '') {
            $this->db->execute('UPDATE PREFIX_ebpdocuments_document SET status = :status WHERE id_document = :id', ['status' => $status, 'id' => $id]);
        }

        return $id;
    }

    private function exists(int $id): bool
    {
        return $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $id]) === '1';
    }

    public function testOldNoticesArePurgedWithFilesAndEventsAttachedAndYoungOnesKept(): void
    {
        $this->addCustomer('known@x.fr');
        $oldWaiting = $this->document('FA-1', 'nobody@x.fr', 40);
        $oldDismissed = $this->document('FA-2', 'nobody@x.fr', 31, 'dismissed');
        $youngWaiting = $this->document('FA-3', 'nobody@x.fr', 29);
        $oldAttached = $this->document('FA-4', 'known@x.fr', 400);
        self::assertCount(4, $this->files());

        $report = $this->task()->run();

        self::assertSame(2, $report['purgedWaiting']);
        self::assertFalse($this->exists($oldWaiting));
        self::assertFalse($this->exists($oldDismissed));
        self::assertTrue($this->exists($youngWaiting));
        self::assertTrue($this->exists($oldAttached));
        self::assertCount(2, $this->files());
        self::assertSame(['received', 'kept_aside', 'deleted'], $this->eventsOf($oldWaiting));
        $detail = json_decode((string) $this->db->fetchValue(
            'SELECT detail FROM PREFIX_ebpdocuments_event WHERE id_document = :id AND event = \'deleted\'',
            ['id' => $oldDismissed]
        ), true);
        self::assertSame('purge_notices', $detail['cause']);
        self::assertSame(30, $detail['days']);
        self::assertNull($this->db->fetchValue('SELECT id_employee FROM PREFIX_ebpdocuments_event WHERE id_document = :id AND event = \'deleted\'', ['id' => $oldWaiting]));
    }

    public function testZeroDaysNeverPurges(): void
    {
        $this->settings->set(SettingKeys::PURGE_WAITING_DAYS, '0');
        $id = $this->document('FA-1', 'nobody@x.fr', 3000);

        self::assertSame(0, $this->task()->run()['purgedWaiting']);
        self::assertTrue($this->exists($id));
    }

    public function testTheBatchBoundDeletesTheOldestFirst(): void
    {
        $oldest = $this->document('FA-1', 'nobody@x.fr', 90, 'dismissed');
        $middle = $this->document('FA-2', 'nobody@x.fr', 80);
        $newer = $this->document('FA-3', 'nobody@x.fr', 70);

        self::assertSame(2, $this->task()->run(2)['purgedWaiting']);
        self::assertFalse($this->exists($oldest));
        self::assertFalse($this->exists($middle));
        self::assertTrue($this->exists($newer));
        self::assertSame(1, $this->task()->run(2)['purgedWaiting']);
    }

    public function testTheSweepRemovesOldOrphansAndTempFilesAndKeepsYoungOnes(): void
    {
        $this->settings->set(SettingKeys::PURGE_WAITING_DAYS, '0');
        $kept = $this->document('FA-1', 'nobody@x.fr', 1);
        $this->storage()->ensureReady();
        $oldOrphan = 'ab/ab' . str_repeat('0', 62) . '.pdf';
        $youngOrphan = 'cd/cd' . str_repeat('0', 62) . '.pdf';
        $oldTemp = 'tmp/' . str_repeat('e', 64) . '.part';
        foreach ([$oldOrphan, $youngOrphan, $oldTemp] as $name) {
            @mkdir(dirname($this->root . '/' . $name), 0750, true);
            file_put_contents($this->root . '/' . $name, 'x');
        }
        // Ages by the task's clock (2025-03-01 10:00:00), as the sweep reads them.
        $now = $this->fixedClock()->now()->getTimestamp();
        touch($this->root . '/' . $oldOrphan, $now - 2 * 86400);
        touch($this->root . '/' . $oldTemp, $now - 2 * 86400);
        touch($this->root . '/' . $youngOrphan, $now - 3600);
        // The stored document's own file is old too: it has a row, so it stays.
        $ownFile = (string) $this->db->fetchValue('SELECT file_name FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $kept]);
        touch($this->root . '/' . $ownFile, $now - 2 * 86400);

        $report = $this->task()->run();

        self::assertSame(1, $report['removedOrphans']);
        self::assertSame(1, $report['removedTempFiles']);
        self::assertTrue($report['swept']);
        self::assertFileDoesNotExist($this->root . '/' . $oldOrphan);
        self::assertFileDoesNotExist($this->root . '/' . $oldTemp);
        self::assertFileExists($this->root . '/' . $youngOrphan);
        self::assertFileExists($this->root . '/' . $ownFile);
    }

    public function testRunsAtMostOnceADay(): void
    {
        $first = $this->document('FA-1', 'nobody@x.fr', 40);

        self::assertNotNull($this->task('2025-03-01 10:00:00')->runIfDue());
        self::assertFalse($this->exists($first));
        self::assertSame((string) (new \DateTimeImmutable('2025-03-01 10:00:00'))->getTimestamp(), $this->settings->get(SettingKeys::MAINTENANCE_LAST_RUN));

        $second = $this->document('FA-2', 'nobody@x.fr', 40);
        self::assertNull($this->task('2025-03-02 09:59:59')->runIfDue(), 'less than a day later');
        self::assertTrue($this->exists($second));
        self::assertNotNull($this->task('2025-03-02 10:00:00')->runIfDue(MaintenanceTask::PAGE_LOAD_BATCH, true));
        self::assertFalse($this->exists($second));
    }
}
