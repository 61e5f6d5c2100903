<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Export;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\Action\ListDocumentsAction;
use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\ShopFilter;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Domain\WaitingReason;

/**
 * The params of the export actions: listDocuments' filters (sort and paging ignored), or `ids` (a selection, at
 * most DocumentExport::MAX_ZIP_DOCUMENTS), and `list` (`documents`|`waiting`, the file's name).
 */
final class ExportParams
{
    /** @var int[] */
    public $shopIds = [];
    /** @var array<string, mixed> */
    public $filters = [];
    /** @var int[]|null */
    public $ids;
    /** @var string */
    public $baseName = 'documents';

    /**
     * @param array<string, mixed> $params
     */
    public static function read(array $params, ActionContext $context): self
    {
        $input = new Params($params);
        $read = new self();
        $read->shopIds = ShopFilter::shopIds($input, $context);
        $read->filters = [
            'search' => $input->string('search', ListDocumentsAction::SEARCH_MAX),
            'type' => $input->choice('type', DocumentType::all()),
            'status' => $input->choice('status', DocumentStatus::all()),
            'reason' => $input->choice('reason', WaitingReason::all()),
            'dateFrom' => $input->isoDate('dateFrom'),
            'dateTo' => $input->isoDate('dateTo'),
        ];
        if ($input->has('ids')) {
            $read->ids = $input->ids('ids', DocumentExport::MAX_ZIP_DOCUMENTS);
        }
        $read->baseName = $input->choice('list', ['documents', 'waiting'], 'documents');

        return $read;
    }
}
