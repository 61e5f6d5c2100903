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
 * startImport (edit) `{id}` → `{import}`: after the dry run, the import itself begins (driven by stepImport).
 */
final class StartImportAction implements AdminAction
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
        $import = $this->access->load(new Params($params), $context);
        try {
            $this->service->start($import);
        } catch (ImportException $error) {
            throw ImportAccess::toActionException($error);
        }

        return ['import' => $this->presenter->present($this->access->reload((int) $import['id_import']))];
    }
}
