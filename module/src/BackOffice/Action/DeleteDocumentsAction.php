<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\Params;

/**
 * deleteDocuments (delete) `{ids}` → `{deleted}`: rows and files go, each `deleted` event stays in the log with the
 * employee. Ids already gone or of other shops are skipped.
 */
final class DeleteDocumentsAction extends DocumentBatchAction
{
    protected function countKey(): string
    {
        return 'deleted';
    }

    protected function apply(array $ids, Params $input, int $employeeId): int
    {
        return $this->manager->delete($ids, $employeeId);
    }
}
