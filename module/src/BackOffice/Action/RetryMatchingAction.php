<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\BatchLimits;
use Ebpdocuments\BackOffice\DocumentLoader;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Storage\Documents\DocumentManager;

/**
 * retryMatching (edit) `{ids, after?}` or `{all: true, after?}` → `{attached, stillWaiting, processed, remaining,
 * cursor, done}`: re-runs the matching rules on waiting documents, one bounded batch per call (BatchLimits: at most
 * RETRY_MATCHING waiting documents, and no more after TIME_BUDGET_SECONDS), walked by id from `after`; the app calls again
 * with `after` = the answered `cursor` until `done`. Idempotent. `all` covers the waiting documents of the employee's
 * shops (remaining = those after the cursor); dismissed ones are retried only when named.
 */
final class RetryMatchingAction implements AdminAction
{
    const MAX_IDS = 500;

    /** @var DocumentLoader */
    private $documents;
    /** @var DocumentManager */
    private $manager;
    /** @var Connection */
    private $connection;
    /** @var Clock */
    private $clock;
    /** @var int */
    private $batchSize;

    public function __construct(DocumentLoader $documents, DocumentManager $manager, Connection $connection, Clock $clock, int $batchSize = BatchLimits::RETRY_MATCHING)
    {
        $this->documents = $documents;
        $this->manager = $manager;
        $this->connection = $connection;
        $this->clock = $clock;
        $this->batchSize = max(1, $batchSize);
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $all = $input->bool('all', false);
        if ($all === $input->has('ids')) {
            // Exactly one of the two: "all" with a selection is ambiguous, neither is a no-op the app never means.
            throw Refusal::validation('ids');
        }
        $after = BatchLimits::after($input);
        $named = [];
        if ($all) {
            $batch = $this->pendingIds($context, $after, $this->batchSize);
        } else {
            $named = array_values(array_filter($this->documents->visibleIds($input->ids('ids', self::MAX_IDS), $context), function (int $id) use ($after): bool {
                return $id > $after;
            }));
            sort($named);
            $batch = array_slice($named, 0, $this->batchSize);
        }
        $counts = ['attached' => 0, 'stillWaiting' => 0];
        $processed = 0;
        $cursor = $after;
        $started = $this->clock->now()->getTimestamp();
        foreach ($batch as $id) {
            $one = $this->manager->retryMatching([$id], 1);
            $counts['attached'] += $one['attached'];
            $counts['stillWaiting'] += $one['stillWaiting'];
            ++$processed;
            $cursor = $id;
            if ($this->clock->now()->getTimestamp() - $started >= BatchLimits::TIME_BUDGET_SECONDS) {
                break;
            }
        }
        if ($all) {
            $remaining = (int) $this->connection->fetchValue(
                'SELECT COUNT(*) FROM PREFIX_ebpdocuments_document WHERE id_shop IN :shops AND status = :pending AND id_document > :after',
                ['shops' => $context->shopIds(), 'pending' => DocumentStatus::WAITING, 'after' => $cursor]
            );
        } else {
            $remaining = count($named) - count(array_filter($named, function (int $id) use ($cursor): bool {
                return $id <= $cursor;
            }));
        }

        return BatchLimits::answer($counts, $processed, $remaining, $cursor);
    }

    /**
     * Pending waiting documents of the employee's shops after $after, by id: one short indexed read.
     *
     * @return int[]
     */
    private function pendingIds(ActionContext $context, int $after, int $limit): array
    {
        return array_map('intval', array_column($this->connection->fetchAll(
            'SELECT id_document FROM PREFIX_ebpdocuments_document
             WHERE id_shop IN :shops AND status = :pending AND id_document > :after
             ORDER BY id_document LIMIT ' . $limit,
            ['shops' => $context->shopIds(), 'pending' => DocumentStatus::WAITING, 'after' => $after]
        ), 'id_document'));
    }
}
