<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\Export\DocumentExport;
use Ebpdocuments\Admin\Export\ExportParams;
use Ebpdocuments\Admin\ResponseAction;
use Ebpdocuments\Http\Response;

/**
 * exportDocuments (view, GET link `urls.exportDocuments` + the list's filters, or `ids[]`): the Documents or Notices
 * list as a streamed CSV file (DocumentExport). `list=notices` names the file after the notices.
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
