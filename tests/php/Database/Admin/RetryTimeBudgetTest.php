<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Admin;

use Ebpdocuments\BackOffice\Action\RetryMatchingAction;
use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\BatchLimits;
use Ebpdocuments\BackOffice\DocumentLoader;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Tests\Database\Ingestion\IngestionTestCase;

/**
 * A retryMatching batch also stops once its time budget is spent (a slow mail server can take seconds per
 * attachment), and says where it stopped: the next call goes on from there.
 */
final class RetryTimeBudgetTest extends IngestionTestCase
{
    public function testABatchStopsAfterTheItemThatSpentTheBudgetAndTheNextGoesOnFromThere(): void
    {
        $ids = [];
        for ($i = 1; $i <= 5; ++$i) {
            $ids[] = $this->ingestion()->ingest($this->incoming(['reference' => 'FA-' . $i, 'email' => 'unknown@x.fr']), $this->temp($this->pdf('FA-' . $i)))->documentId();
        }
        // Each reading of the clock is 4 seconds later: the third notice ends at 12 s, over the budget of 10.
        $clock = new class() implements Clock {
            /** @var int */
            private $seconds = 0;

            public function now(): \DateTimeImmutable
            {
                $now = (new \DateTimeImmutable('2025-03-01 10:00:00'))->modify('+' . $this->seconds . ' seconds');
                $this->seconds += 4;

                return $now;
            }
        };
        $this->assertSame(10, BatchLimits::TIME_BUDGET_SECONDS);
        $action = new RetryMatchingAction(new DocumentLoader($this->db), $this->manager(), $this->db, $clock);
        $context = new ActionContext(1, [1]);

        $first = $action->handle(['all' => true], $context);
        $this->assertSame(['attached' => 0, 'stillWaiting' => 3, 'processed' => 3, 'remaining' => 2, 'cursor' => $ids[2], 'done' => false], $first);
        $second = $action->handle(['all' => true, 'after' => $first['cursor']], $context);
        $this->assertSame(['attached' => 0, 'stillWaiting' => 2, 'processed' => 2, 'remaining' => 0, 'cursor' => $ids[4], 'done' => true], $second);
    }
}
