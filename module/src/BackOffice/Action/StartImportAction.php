<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\Import\ImportAccess;
use Ebpdocuments\BackOffice\Import\ImportException;
use Ebpdocuments\BackOffice\Params;

/**
 * startImport (edit) `{id}` → `{import}`: after the dry run, the import itself begins (driven by stepImport).
 */
final class StartImportAction extends ImportStateAction
{
    public function handle(array $params, ActionContext $context): array
    {
        $import = $this->access->load(new Params($params), $context);
        try {
            $this->service->start($import);
        } catch (ImportException $error) {
            throw ImportAccess::toRefusal($error);
        }

        return ['import' => $this->presenter->present($this->access->reload((int) $import['id_import']))];
    }
}
