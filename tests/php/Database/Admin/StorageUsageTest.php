<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Admin;

use Ebpdocuments\BackOffice\Query\StorageUsage;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;
use Ebpdocuments\Tests\Support\InterceptingConnection;

/**
 * "Storage used" without a SUM over the whole table on each overview (issue 14): a kept sum plus the documents
 * received since; the daily maintenance counts again.
 */
final class StorageUsageTest extends FrontDatabaseTestCase
{
    public function testNewDocumentsAreAddedToTheKeptSumAndTheMaintenanceCountsAgain(): void
    {
        $first = $this->addDocument(['bytes' => str_repeat('a', 1000)]);
        $this->addDocument(['bytes' => str_repeat('b', 500)]);
        $statements = [];
        $usage = new StorageUsage(new InterceptingConnection($this->db, function (string $sql) use (&$statements) {
            $statements[] = $sql;

            return null;
        }), $this->settings, $this->clock);

        self::assertSame(1500, $usage->usedBytes(), 'first read: counted and kept');
        $this->addDocument(['bytes' => str_repeat('c', 250)]);
        $statements = [];
        self::assertSame(1750, $usage->usedBytes());
        self::assertCount(1, $statements);
        self::assertStringContainsString('WHERE id_document > :after', $statements[0], 'only the documents received since');

        $this->db->execute('DELETE FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $first['id_document']]);
        self::assertSame(1750, $usage->usedBytes(), 'a deletion shows at the next count');
        $this->app()->backOffice()->maintenance()->run();
        self::assertSame(750, $usage->usedBytes());

        $this->db->execute('DELETE FROM PREFIX_ebpdocuments_document');
        $this->clock->advance('+1 day');
        self::assertSame(0, $usage->usedBytes(), 'a sum older than a day is counted again');
    }
}
