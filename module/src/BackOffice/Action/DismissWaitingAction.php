<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * dismissWaiting (edit) `{ids, dismissed}` → `{updated}`: hides waiting documents (kept, restorable) or restores them
 * (`dismissed: false`). Attached documents are not waiting documents and stay as they are.
 */
final class DismissWaitingAction extends DocumentBatchAction
{
    protected function checkOtherParams(Params $input): void
    {
        if (!is_bool($input->raw('dismissed'))) {
            throw Refusal::validation('dismissed');
        }
    }

    protected function countKey(): string
    {
        return 'updated';
    }

    protected function apply(array $ids, Params $input, int $employeeId): int
    {
        return $this->manager->dismiss($ids, $input->bool('dismissed'), $employeeId);
    }
}
