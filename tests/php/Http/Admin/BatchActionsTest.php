<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\BackOffice\BatchLimits;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard;

/**
 * Issue 11, "long operations show progress": retryMatching and purgeAll do one bounded batch per call (BatchLimits)
 * and answer `{processed, remaining, cursor, done}`; the app calls again with `after` = cursor. Over HTTP on
 * MariaDB, through the real dispatcher (token and permission checked on every batch).
 */
final class BatchActionsTest extends AdminAjaxTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        // The retry's time budget reads the harness clock: fixed, so only the count bounds a batch here.
        $this->fixTime('2025-03-01 10:00:00');
    }

    public function testRetryAllWalksTwoAndAHalfBatchesWithExactTotals(): void
    {
        $n = BatchLimits::RETRY_MATCHING;
        $total = (int) ($n * 2.5);
        $this->setting(SettingKeys::REQUIRE_EMAIL_PROOF, '0');
        $this->insertCustomer('late@example.com');
        $late = [];
        for ($i = 0; $i < $total; ++$i) {
            // Every fifth notice now matches the account registered meanwhile.
            $email = $i % 5 === 0 ? 'late@example.com' : 'nobody@example.com';
            $id = $this->insertDocument(['billing_email' => $email, 'email_normalized' => $email]);
            if ($i % 5 === 0) {
                $late[] = $id;
            }
            if ($i === 10) {
                // Neither an attached document, nor a dismissed notice, nor another shop's notice is part of "all".
                $this->insertDocument(['status' => 'attached', 'reason' => null, 'id_customer' => 1]);
                $this->insertDocument(['status' => 'dismissed', 'billing_email' => 'late@example.com', 'email_normalized' => 'late@example.com']);
                $this->insertDocument(['id_shop' => self::OTHER_SHOP_ID, 'billing_email' => 'late@example.com', 'email_normalized' => 'late@example.com']);
            }
        }

        $calls = [];
        $after = null;
        do {
            $data = $this->ok('retryMatching', $after === null ? ['all' => true] : ['all' => true, 'after' => $after]);
            $this->assertLessThanOrEqual($n, $data['processed'], 'bounded');
            $this->assertGreaterThan($after === null ? 0 : $after, $data['cursor'], 'the cursor moves on');
            $calls[] = $data;
            $after = $data['cursor'];
            $this->assertLessThan(10, count($calls), 'ends');
        } while (!$data['done']);

        $this->assertSame([$n, $n, $total - 2 * $n], array_column($calls, 'processed'));
        $this->assertSame([$total - $n, $total - 2 * $n, 0], array_column($calls, 'remaining'));
        $this->assertSame([false, false, true], array_column($calls, 'done'));
        $this->assertSame(count($late), array_sum(array_column($calls, 'attached')));
        $this->assertSame($total - count($late), array_sum(array_column($calls, 'stillWaiting')));
        $this->assertSame(count($late), $this->countRows('ebpdocuments_document', "status = 'attached' AND match_method = 'email'"));
        $this->assertSame(1, $this->countRows('ebpdocuments_document', "status = 'dismissed'"), 'dismissed notices are not retried by "all"');
        $this->assertSame(1, $this->countRows('ebpdocuments_document', 'id_shop = ' . self::OTHER_SHOP_ID . " AND status = 'pending'"), 'another shop is not the employee\'s');
        $this->assertSame($total - count($late), $this->countRows('ebpdocuments_document', "id_shop = 1 AND status = 'pending'"));

        // Run again from the start: nothing attaches any more (idempotent), still in bounded calls.
        $again = $this->ok('retryMatching', ['all' => true]);
        $this->assertSame([0, $n, $total - count($late) - $n], [$again['attached'], $again['processed'], $again['remaining']]);
    }

    public function testRetryOfASelectionIsBatchedToo(): void
    {
        $n = BatchLimits::RETRY_MATCHING;
        $ids = [];
        for ($i = 0; $i < $n + 10; ++$i) {
            $ids[] = $this->insertDocument();
        }
        $foreign = $this->insertDocument(['id_shop' => self::OTHER_SHOP_ID]);
        $named = array_merge(array_reverse($ids), [$foreign]);
        $first = $this->ok('retryMatching', ['ids' => $named]);
        $this->assertSame([0, $n, $n, 10, $ids[$n - 1], false], [$first['attached'], $first['stillWaiting'], $first['processed'], $first['remaining'], $first['cursor'], $first['done']]);
        $second = $this->ok('retryMatching', ['ids' => $named, 'after' => $first['cursor']]);
        $this->assertSame([10, 10, 0, end($ids), true], [$second['stillWaiting'], $second['processed'], $second['remaining'], $second['cursor'], $second['done']]);
        $this->assertSame(1, (int) $this->pdo()->query('SELECT match_attempts FROM ps_ebpdocuments_document WHERE id_document = ' . $foreign)->fetchColumn(), 'another shop\'s notice is never touched');
    }

    public function testPurgeWalksTwoAndAHalfBatchesAndAuditsEachOne(): void
    {
        $n = BatchLimits::PURGE;
        $total = (int) ($n * 2.5);
        $withFiles = [];
        for ($i = 0; $i < $total; ++$i) {
            $withFile = $i % 250 === 0;
            $id = $this->insertDocument(['reference' => 'FA' . $i, 'status' => $i % 2 === 0 ? 'attached' : 'pending'], $withFile);
            if ($withFile) {
                $withFiles[] = $id;
            }
        }
        $kept = $this->insertDocument(['id_shop' => self::OTHER_SHOP_ID], true);
        $this->pdo()->exec("INSERT INTO ps_ebpdocuments_customer_link (id_shop, ebp_customer_code, id_customer, id_employee, date_add) VALUES (1, 'CLI1', 1, 1, '2024-01-01 00:00:00')");
        $this->assertCount(count($withFiles) + 1, $this->storedFiles());

        $headers = [HarnessAdminGuard::EMPLOYEE_HEADER => '5'];
        $calls = [];
        $after = null;
        do {
            $params = ['confirmation' => 'PURGE'] + ($after === null ? [] : ['after' => $after]);
            $data = $this->ok('purgeAll', $params, $headers);
            $calls[] = $data;
            $after = $data['cursor'];
            if (count($calls) === 1) {
                $this->assertSame($total - $n, $this->countRows('ebpdocuments_document', 'id_shop = 1'), 'a batch is done for good');
                $this->assertSame(1, $this->countRows('ebpdocuments_customer_link'), 'the links go with the last batch');
            }
            $this->assertLessThan(10, count($calls), 'ends');
        } while (!$data['done']);

        $this->assertSame([$n, $n, $total - 2 * $n], array_column($calls, 'deletedDocuments'));
        $this->assertSame(array_column($calls, 'deletedDocuments'), array_column($calls, 'processed'));
        $this->assertSame([$total - $n, $total - 2 * $n, 0], array_column($calls, 'remaining'));
        $this->assertSame(0, $this->countRows('ebpdocuments_document', 'id_shop = 1'));
        $this->assertSame(1, $this->countRows('ebpdocuments_document', 'id_document = ' . $kept), 'the other shop is not the employee\'s');
        $this->assertCount(1, $this->storedFiles(), 'every file of the purged shop went, not the other shop\'s');
        $this->assertSame(0, $this->countRows('ebpdocuments_customer_link'));
        $counts = array_map(function ($detail) {
            return json_decode((string) $detail, true)['count'];
        }, $this->pdo()->query("SELECT detail FROM ps_ebpdocuments_event WHERE event = 'deleted' AND id_employee = 5 AND id_shop = 1 ORDER BY id_event")->fetchAll(\PDO::FETCH_COLUMN));
        $this->assertSame([$n, $n, $total - 2 * $n], $counts, 'one audit event per batch, with its count');
    }

    public function testEveryBatchIsAnOrdinaryCheckedAction(): void
    {
        $first = $this->insertDocument();
        $this->insertDocument();

        $this->assertRefused($this->admin('retryMatching', ['all' => true, 'after' => $first], [HarnessAdminGuard::PERMISSIONS_HEADER => 'view,delete']), 403, 'forbidden');
        $this->assertRefused($this->admin('purgeAll', ['confirmation' => 'PURGE', 'after' => $first], [HarnessAdminGuard::PERMISSIONS_HEADER => 'view,edit']), 403, 'forbidden');
        $this->assertRefused($this->admin('purgeAll', ['confirmation' => 'PURGE', 'after' => $first], [], 'wrong-token'), 401, 'unauthenticated');
        $this->assertRefused($this->admin('purgeAll', ['after' => $first]), 422, 'validation', 'confirmation');
        $this->assertRefused($this->admin('purgeAll', ['confirmation' => 'PURGE', 'after' => -1]), 422, 'validation', 'after');
        $this->assertRefused($this->admin('retryMatching', ['all' => true, 'after' => 'x']), 422, 'validation', 'after');
        $this->assertSame(2, $this->countRows('ebpdocuments_document'), 'a refused batch does nothing');

        $this->assertSame(1, $this->ok('purgeAll', ['confirmation' => 'PURGE', 'after' => $first])['deletedDocuments'], 'from the cursor on');
        $this->assertSame(1, $this->countRows('ebpdocuments_document', 'id_document = ' . $first));
    }
}
