<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\AdminAction;
use Ebpdocuments\Admin\Import\ImportAccess;
use Ebpdocuments\Admin\Import\ImportPresenter;
use Ebpdocuments\Admin\Params;
use Ebpdocuments\Import\ImportException;
use Ebpdocuments\Import\ImportService;

/**
 * configureImport (edit) `{id, mapping?: {field: column|null}, pattern?, notify?}` → `{import}`: new choices; the dry run starts again.
 */
final class ConfigureImportAction implements AdminAction
{
    /** @var ImportService */
    private $service;
    /** @var ImportAccess */
    private $access;
    /** @var ImportPresenter */
    private $presenter;

    public function __construct(ImportService $service, ImportAccess $access, ImportPresenter $presenter)
    {
        $this->service = $service;
        $this->access = $access;
        $this->presenter = $presenter;
    }

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
            throw ImportAccess::toActionException($error);
        }

        return ['import' => $this->presenter->present($this->access->reload((int) $import['id_import']))];
    }
}
