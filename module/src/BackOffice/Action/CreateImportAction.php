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
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * createImport (edit) `{zipName, zipSize, csvName, csvSize, notify?}` → `{import}`: an import waiting for its two files (sent with uploadImportChunk). New-document mails only with notify = true.
 */
final class CreateImportAction extends ImportStateAction
{
    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $shopId = $input->optionalId('shopId');
        if ($shopId === null) {
            $shops = $context->shopIds();
            $shopId = (int) reset($shops);
        } elseif (!$context->sees($shopId)) {
            throw Refusal::validation('shopId', \Ebpdocuments\BackOffice\AdminMessages::NOT_A_CHOICE);
        }
        try {
            $id = $this->service->create(
                $shopId,
                $context->employeeId(),
                $input->string('zipName', 255),
                $input->intInRange('zipSize', 1, PHP_INT_MAX),
                $input->string('csvName', 255),
                $input->intInRange('csvSize', 1, PHP_INT_MAX),
                $input->bool('notify')
            );
        } catch (ImportException $error) {
            throw ImportAccess::toRefusal($error);
        }

        return ['import' => $this->presenter->present($this->access->reload($id))];
    }
}
