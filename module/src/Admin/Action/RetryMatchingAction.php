<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\ActionException;
use Ebpdocuments\Admin\AdminAction;
use Ebpdocuments\Admin\DocumentLoader;
use Ebpdocuments\Admin\Params;
use Ebpdocuments\Database\Connection;
use Ebpdocuments\Documents\DocumentManager;
use Ebpdocuments\Domain\DocumentStatus;

/**
 * retryMatching (edit) `{ids}` or `{all: true}` → `{attached, stillWaiting}`: re-runs the matching rules on notices,
 * in batches (DocumentManager), idempotently. `all` covers the pending notices of the employee's shops; dismissed
 * ones are retried only when named.
 */
final class RetryMatchingAction implements AdminAction
{
    const MAX_IDS = 500;
    const BATCH = 200;

    /** @var DocumentLoader */
    private $documents;
    /** @var DocumentManager */
    private $manager;
    /** @var Connection */
    private $connection;

    public function __construct(DocumentLoader $documents, DocumentManager $manager, Connection $connection)
    {
        $this->documents = $documents;
        $this->manager = $manager;
        $this->connection = $connection;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $all = $input->bool('all', false);
        if ($all === $input->has('ids')) {
            // Exactly one of the two: "all" with a selection is ambiguous, neither is a no-op the app never means.
            throw ActionException::validation('ids');
        }
        $totals = ['attached' => 0, 'stillWaiting' => 0];
        if (!$all) {
            $ids = $this->documents->visibleIds($input->ids('ids', self::MAX_IDS), $context);

            return $ids === [] ? $totals : $this->manager->retryMatching($ids, self::BATCH);
        }
        // Batches of ids of the employee's shops, walked by id so each batch is one short indexed read.
        $after = 0;
        do {
            $ids = array_map('intval', array_column($this->connection->fetchAll(
                'SELECT id_document FROM PREFIX_ebpdocuments_document
                 WHERE id_shop IN :shops AND status = :pending AND id_document > :after
                 ORDER BY id_document LIMIT ' . self::BATCH,
                ['shops' => $context->shopIds(), 'pending' => DocumentStatus::PENDING, 'after' => $after]
            ), 'id_document'));
            if ($ids !== []) {
                $after = (int) end($ids);
                $counts = $this->manager->retryMatching($ids, self::BATCH);
                $totals['attached'] += $counts['attached'];
                $totals['stillWaiting'] += $counts['stillWaiting'];
            }
        } while (count($ids) === self::BATCH);

        return $totals;
    }
}
