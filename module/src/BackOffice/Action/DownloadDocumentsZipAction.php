<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\Export\DocumentExport;
use Ebpdocuments\BackOffice\Export\ExportParams;
use Ebpdocuments\BackOffice\ResponseAction;
use Ebpdocuments\Kernel\Http\Response;

/**
 * downloadDocumentsZip (view, GET link `urls.downloadZip` + the list's filters, or `ids[]`): the PDFs as one
 * streamed ZIP ("<Type>-<number>.pdf"), recorded in the event log; 422 `field: ids` beyond the archive's ceiling.
 */
final class DownloadDocumentsZipAction implements ResponseAction
{
    /** @var DocumentExport */
    private $export;

    public function __construct(DocumentExport $export)
    {
        $this->export = $export;
    }

    public function respond(array $params, ActionContext $context): Response
    {
        $input = ExportParams::read($params, $context);

        return $this->export->zip($input->shopIds, $input->filters, $input->ids, $context->employeeId(), $input->baseName);
    }
}
