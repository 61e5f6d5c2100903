<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\Import\ImportAccess;
use Ebpdocuments\BackOffice\Import\ImportPresenter;
use Ebpdocuments\BackOffice\Params;

/**
 * getImport (view) `{id?}` → `{import: ImportState|null}`: the named import, or the newest unfinished one of the employeeʼs shops (what a closed tab left), or null.
 */
final class GetImportAction implements AdminAction
{
    /** @var ImportAccess */
    private $access;
    /** @var ImportPresenter */
    private $presenter;

    public function __construct(ImportAccess $access, ImportPresenter $presenter)
    {
        $this->access = $access;
        $this->presenter = $presenter;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        if ($input->has('id')) {
            return ['import' => $this->presenter->present($this->access->load($input, $context))];
        }
        $open = $this->access->latestOpen($context->shopIds());

        return ['import' => $open === null ? null : $this->presenter->present($open)];
    }
}
