<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Admin;

use Ebpdocuments\BackOffice\Query\OverviewQuery;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;
use Ebpdocuments\Tests\Support\InterceptingConnection;

/**
 * The overview's documents received since a moment, by status (issue 14): each status counted up to a cap in one
 * statement (OverviewQuery::RECEIVED_CAP by default), so a big shop's month is not counted entry by entry on every
 * visit; a figure at its cap is named in `capped` (the app shows "2,000+").
 */
final class OverviewReceivedCountsTest extends FrontDatabaseTestCase
{
    public function testEachStatusIsCountedUpToTheCapInOneStatement(): void
    {
        foreach (['attached', 'attached', 'attached', 'pending', 'dismissed', 'dismissed'] as $status) {
            $this->addDocument(['status' => $status, 'reason' => $status === 'attached' ? null : 'NO_ACCOUNT', 'date_add' => '2025-03-10 08:00:00', 'noFile' => true]);
        }
        $this->addDocument(['status' => 'attached', 'date_add' => '2025-02-28 23:59:59', 'noFile' => true]);
        $this->addDocument(['status' => 'attached', 'id_shop' => 2, 'date_add' => '2025-03-10 08:00:00', 'noFile' => true]);
        $statements = [];
        $query = new OverviewQuery(new InterceptingConnection($this->db, function (string $sql) use (&$statements) {
            $statements[] = $sql;

            return null;
        }));
        $march = new \DateTimeImmutable('2025-03-01 00:00:00');

        self::assertSame(['attached' => 2, 'waiting' => 1, 'dismissed' => 2, 'capped' => ['attached']], $query->receivedSince([1], $march, 2));
        self::assertCount(1, $statements);
        self::assertSame(['attached' => 3, 'waiting' => 1, 'dismissed' => 2, 'capped' => []], $query->receivedSince([1], $march));
        self::assertSame(['attached' => 5, 'waiting' => 1, 'dismissed' => 2, 'capped' => []], $query->receivedSince([1, 2], new \DateTimeImmutable('2025-02-01')));
    }
}
