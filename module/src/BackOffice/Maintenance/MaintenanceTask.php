<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Maintenance;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\Query\StorageUsage;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Storage\Documents\DocumentManager;
use Ebpdocuments\Storage\DocumentStorage;

/**
 * The daily housekeeping of one shop: deletes waiting documents older than PURGE_WAITING_DAYS (bounded batch, oldest first,
 * through DocumentManager so files go and `deleted` events stay) and sweeps the storage folder of old temp files and
 * orphans (no hash check: cheap), then sends the optional daily summary e-mail (DailyDigest). Run by the cronjobs
 * module (actionCronJob) or lazily when the back-office tab opens.
 */
final class MaintenanceTask
{
    const BATCH = 1000;
    /** The lazy run on a page load stays small so the page stays fast. */
    const PAGE_LOAD_BATCH = 100;
    /** Above this many stored documents, the page-load run leaves the storage sweep (a stat per file) to the cron. */
    const PAGE_LOAD_SWEEP_MAX_DOCUMENTS = 20000;
    const INTERVAL_SECONDS = 86400;
    /**
     * Temp files and orphans younger than this may belong to an ingestion in flight, or be the file of a version
     * replaced a moment ago that a download is still about to read (DocumentStorage::retire()).
     */
    const SWEEP_MIN_AGE_SECONDS = 86400;

    /** @var Connection */
    private $connection;
    /** @var DocumentManager */
    private $manager;
    /** @var DocumentStorage */
    private $storage;
    /** @var Settings */
    private $settings;
    /** @var Clock */
    private $clock;
    /** @var int */
    private $shopId;

    /** @var StorageUsage|null */
    private $usage;
    /** @var DailyDigest|null */
    private $digest;

    public function __construct(Connection $connection, DocumentManager $manager, DocumentStorage $storage, Settings $settings, Clock $clock, int $shopId, ?StorageUsage $usage = null, ?DailyDigest $digest = null)
    {
        $this->usage = $usage;
        $this->digest = $digest;
        $this->connection = $connection;
        $this->manager = $manager;
        $this->storage = $storage;
        $this->settings = $settings;
        $this->clock = $clock;
        $this->shopId = $shopId;
    }

    /** Whether the last run of this shop is older than a day. */
    public function isDue(): bool
    {
        $lastRun = (int) $this->settings->get(SettingKeys::MAINTENANCE_LAST_RUN);

        return $this->clock->now()->getTimestamp() - $lastRun >= self::INTERVAL_SECONDS;
    }

    /**
     * Runs at most once a day. The time is recorded first, so a run that fails is not retried on every page load.
     *
     * @return array{purgedWaiting: int, removedTempFiles: int, removedOrphans: int, swept: bool, digest: string}|null null when not due
     */
    public function runIfDue(int $batchSize = self::BATCH, bool $pageLoad = false): ?array
    {
        if (!$this->isDue()) {
            return null;
        }
        $this->settings->set(SettingKeys::MAINTENANCE_LAST_RUN, (string) $this->clock->now()->getTimestamp());

        return $this->run($batchSize, !$pageLoad || $this->storedDocuments() <= self::PAGE_LOAD_SWEEP_MAX_DOCUMENTS);
    }

    /**
     * `digest`: what the daily summary e-mail did (DailyDigest::SENT, OFF, ALREADY_SENT…; OFF without one).
     *
     * @return array{purgedWaiting: int, removedTempFiles: int, removedOrphans: int, swept: bool, digest: string}
     */
    public function run(int $batchSize = self::BATCH, bool $sweep = true): array
    {
        $report = ['purgedWaiting' => $this->purgeOldWaiting(max(1, $batchSize)), 'removedTempFiles' => 0, 'removedOrphans' => 0, 'swept' => false, 'digest' => DailyDigest::OFF];
        if ($sweep) {
            $sweepReport = $this->storage->sweep($this->connection, $this->clock, self::SWEEP_MIN_AGE_SECONDS, false);
            $report['removedTempFiles'] = $sweepReport->removedTempFiles;
            $report['removedOrphans'] = $sweepReport->removedOrphans;
            $report['swept'] = true;
        }
        if ($this->usage !== null) {
            // The overview's "storage used" is kept between these counts (BackOffice\Query\StorageUsage).
            $this->usage->recount();
        }
        if ($this->digest !== null) {
            // After the purge, so the summary counts what is still waiting. A failing mail never fails the run.
            try {
                $report['digest'] = $this->digest->sendIfDue();
            } catch (\Throwable $e) {
                $report['digest'] = DailyDigest::FAILED;
            }
        }

        return $report;
    }

    private function purgeOldWaiting(int $batchSize): int
    {
        $days = (int) $this->settings->get(SettingKeys::PURGE_WAITING_DAYS);
        if ($days <= 0) {
            return 0;
        }
        $cutoff = $this->clock->now()->modify('-' . $days . ' days')->format('Y-m-d H:i:s');
        $ids = [];
        // One query per status: each reads the shop_status index (id_shop, status, date_add) in order.
        foreach ([DocumentStatus::WAITING, DocumentStatus::DISMISSED] as $status) {
            $rows = $this->connection->fetchAll(
                'SELECT id_document, date_add FROM PREFIX_ebpdocuments_document
                 WHERE id_shop = :shop AND status = :status AND date_add < :cutoff
                 ORDER BY date_add, id_document LIMIT ' . $batchSize,
                ['shop' => $this->shopId, 'status' => $status, 'cutoff' => $cutoff]
            );
            foreach ($rows as $row) {
                $ids[] = ['id' => (int) $row['id_document'], 'date' => (string) $row['date_add']];
            }
        }
        usort($ids, function (array $a, array $b): int {
            return [$a['date'], $a['id']] <=> [$b['date'], $b['id']];
        });
        $ids = array_column(array_slice($ids, 0, $batchSize), 'id');

        return $this->manager->delete(
            $ids,
            null,
            ['cause' => 'purge_notices', 'days' => $days],
            [DocumentStatus::WAITING, DocumentStatus::DISMISSED]
        );
    }

    private function storedDocuments(): int
    {
        return (int) $this->connection->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_document');
    }
}
