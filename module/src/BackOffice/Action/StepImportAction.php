<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\Import\ImportAccess;
use Ebpdocuments\BackOffice\Import\ImportException;
use Ebpdocuments\BackOffice\Import\ImportService;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * stepImport (edit) `{id}` → `{import}`: one bounded piece of the dry run or of the import (at most ROWS rows or BUDGET_SECONDS, well under max_execution_time). `import.busy` is true when another tab holds the import.
 */
final class StepImportAction extends ImportStateAction
{
    /** Rows imported per step: each is a PDF copied, checked, matched and stored. */
    const ROWS = 100;
    /** Rows checked per dry-run step (nothing is stored). */
    const DRY_RUN_ROWS = 250;
    /** Seconds of work per step at most (the step ends after the row in progress). */
    const BUDGET_SECONDS = 8.0;

    /** BUDGET_SECONDS, or a third of max_execution_time when that is shorter. */
    private static function budget(): float
    {
        $limit = (int) ini_get('max_execution_time');

        return $limit > 0 ? min(self::BUDGET_SECONDS, max(1.0, $limit / 3)) : self::BUDGET_SECONDS;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $import = $this->access->load($input, $context);
        $id = (int) $import['id_import'];
        $storing = (string) $import['status'] === ImportService::RUNNING;
        try {
            $done = $this->service->step($id, $storing ? self::ROWS : self::DRY_RUN_ROWS, self::budget());
        } catch (ImportException $error) {
            throw ImportAccess::toRefusal($error);
        }

        return ['import' => $this->presenter->present($this->access->reload($id), !$done)];
    }
}
