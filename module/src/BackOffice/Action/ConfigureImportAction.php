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
 * configureImport (edit) `{id, mapping?: {field: column|null}, pattern?, notify?}` → `{import}`: new choices; the dry run starts again.
 */
final class ConfigureImportAction extends ImportStateAction
{
    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $import = $this->access->load($input, $context);
        $mapping = null;
        if ($input->has('mapping')) {
            $mapping = [];
            $given = $input->object('mapping');
            foreach ($given->names() as $field) {
                $mapping[$field] = $given->string($field, 255);
            }
        }
        $pattern = $input->has('pattern') ? $input->string('pattern', 120) : null;
        try {
            $this->service->configure($import, $mapping, $pattern, $input->bool('notify', (bool) ImportService::options($import)['notify']));
        } catch (ImportException $error) {
            throw ImportAccess::toRefusal($error);
        }

        return ['import' => $this->presenter->present($this->access->reload((int) $import['id_import']))];
    }
}
