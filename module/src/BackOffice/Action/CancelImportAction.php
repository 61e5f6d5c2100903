<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\Params;

/**
 * cancelImport (edit) `{id}` → `{import}`: stops an import and deletes its uploaded files; documents already imported stay.
 */
final class CancelImportAction extends ImportStateAction
{
    public function handle(array $params, ActionContext $context): array
    {
        $import = $this->access->load(new Params($params), $context);
        $this->service->cancel($import);

        return ['import' => $this->presenter->present($this->access->reload((int) $import['id_import']))];
    }
}
