<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\Import\ImportAccess;
use Ebpdocuments\BackOffice\Import\ImportPresenter;
use Ebpdocuments\BackOffice\Import\ImportService;

/**
 * The import actions that change an import and answer its state (`{import}`): createImport, configureImport,
 * stepImport, startImport, cancelImport. They share their three dependencies; each says what it does in handle().
 */
abstract class ImportStateAction implements AdminAction
{
    /** @var ImportService */
    protected $service;
    /** @var ImportAccess */
    protected $access;
    /** @var ImportPresenter */
    protected $presenter;

    public function __construct(ImportService $service, ImportAccess $access, ImportPresenter $presenter)
    {
        $this->service = $service;
        $this->access = $access;
        $this->presenter = $presenter;
    }
}
