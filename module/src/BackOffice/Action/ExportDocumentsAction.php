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
 * exportDocuments (view, GET link `urls.exportDocuments` + the list's filters, or `ids[]`): the Documents or To attach
 * list as a streamed CSV file (DocumentExport). `list=waiting` names the file after the waiting documents.
 */
final class ExportDocumentsAction implements ResponseAction
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

        return $this->export->csv($input->shopIds, $input->filters, $input->ids, $context->employeeId(), $input->baseName);
    }
}
