<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Admin;

use Ebpdocuments\BackOffice\Query\OverviewQuery;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;
use Ebpdocuments\Tests\Support\InterceptingConnection;

/**
 * The overview's waiting documents per reason (issue 14): each reason counted up to a cap in one statement, so a
 * shop with hundreds of thousands of waiting documents does not count them all on every visit.
 */
final class OverviewPendingByReasonTest extends FrontDatabaseTestCase
{
    public function testEachReasonIsCountedUpToTheCapInOneStatement(): void
    {
        foreach (['NO_ACCOUNT', 'NO_ACCOUNT', 'NO_ACCOUNT', 'GUEST_ONLY', 'UNPROVEN_EMAIL', 'UNPROVEN_EMAIL'] as $reason) {
            $this->addDocument(['status' => 'pending', 'reason' => $reason, 'id_customer' => null, 'noFile' => true]);
        }
        $this->addDocument(['status' => 'dismissed', 'reason' => 'AMBIGUOUS', 'id_customer' => null, 'noFile' => true]);
        $this->addDocument(['status' => 'pending', 'reason' => 'NO_ACCOUNT', 'id_shop' => 2, 'id_customer' => null, 'noFile' => true]);
        $statements = [];
        $query = new OverviewQuery(new InterceptingConnection($this->db, function (string $sql) use (&$statements) {
            $statements[] = $sql;

            return null;
        }));

        self::assertSame([
            ['reason' => 'NO_ACCOUNT', 'count' => 2, 'capped' => true],
            ['reason' => 'UNPROVEN_EMAIL', 'count' => 2, 'capped' => false],
            ['reason' => 'GUEST_ONLY', 'count' => 1, 'capped' => false],
        ], $query->waitingByReason([1], 2));
        self::assertCount(1, $statements);
        self::assertSame([['reason' => 'NO_ACCOUNT', 'count' => 3, 'capped' => false], ['reason' => 'UNPROVEN_EMAIL', 'count' => 2, 'capped' => false], ['reason' => 'GUEST_ONLY', 'count' => 1, 'capped' => false]], $query->waitingByReason([1]));
        self::assertSame([['reason' => 'NO_ACCOUNT', 'count' => 4, 'capped' => false], ['reason' => 'UNPROVEN_EMAIL', 'count' => 2, 'capped' => false], ['reason' => 'GUEST_ONLY', 'count' => 1, 'capped' => false]], $query->waitingByReason([1, 2]), 'both shops');
    }
}
