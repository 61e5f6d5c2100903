<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;

/**
 * Bytes the stored documents take (overview and connector set-up), without a SUM over the whole table on every page:
 * the sum up to some document id is kept (internal setting STORAGE_USED: bytes, last id counted, when), and a read
 * adds the documents received since (a range of the primary key). The daily maintenance counts everything again
 * (recount()), which also brings in deletions and new versions; a kept sum older than a day is counted again on read.
 */
final class StorageUsage
{
    const MAX_AGE_SECONDS = 86400;

    /** @var Connection */
    private $connection;
    /** @var Settings|null */
    private $settings;
    /** @var Clock|null */
    private $clock;

    public function __construct(Connection $connection, ?Settings $settings = null, ?Clock $clock = null)
    {
        $this->connection = $connection;
        $this->settings = $settings;
        $this->clock = $clock;
    }

    public function usedBytes(): int
    {
        if ($this->settings === null || $this->clock === null) {
            return $this->sumAfter(0)['bytes'];
        }
        $kept = json_decode($this->settings->get(SettingKeys::STORAGE_USED), true);
        $now = $this->clock->now()->getTimestamp();
        if (!is_array($kept) || !isset($kept['bytes'], $kept['lastId'], $kept['at']) || $now - (int) $kept['at'] >= self::MAX_AGE_SECONDS || (int) $kept['at'] > $now) {
            return $this->recount();
        }

        return (int) $kept['bytes'] + $this->sumAfter((int) $kept['lastId'])['bytes'];
    }

    /**
     * Counts every stored document again and keeps the result. Answers the bytes.
     */
    public function recount(): int
    {
        $sum = $this->sumAfter(0);
        if ($this->settings !== null && $this->clock !== null) {
            $this->settings->set(SettingKeys::STORAGE_USED, (string) json_encode([
                'bytes' => $sum['bytes'], 'lastId' => $sum['lastId'], 'at' => $this->clock->now()->getTimestamp(),
            ]));
        }

        return $sum['bytes'];
    }

    /**
     * @return array{bytes: int, lastId: int}
     */
    private function sumAfter(int $lastId): array
    {
        if ($lastId === 0) {
            // Everything: the covering index (id_shop, file_size) serves the sum (id_shop > 0 lets it), MAX(id) is read
            // at the end of the primary key. The id first, so a document stored in between is counted later, not lost.
            $last = (int) $this->connection->fetchValue('SELECT COALESCE(MAX(id_document), 0) FROM PREFIX_ebpdocuments_document');
            $bytes = (int) $this->connection->fetchValue(
                'SELECT COALESCE(SUM(file_size), 0) FROM PREFIX_ebpdocuments_document WHERE id_shop > 0 AND id_document <= :last',
                ['last' => $last]
            );

            return ['bytes' => $bytes, 'lastId' => $last];
        }
        $row = $this->connection->fetchRow(
            'SELECT COALESCE(SUM(file_size), 0) AS bytes, COALESCE(MAX(id_document), :last) AS last_id
             FROM PREFIX_ebpdocuments_document WHERE id_document > :after',
            ['after' => $lastId, 'last' => $lastId]
        );

        return ['bytes' => $row === null ? 0 : (int) $row['bytes'], 'lastId' => $row === null ? $lastId : (int) $row['last_id']];
    }
}
