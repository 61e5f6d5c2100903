<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Export;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\DocumentFilters;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\ShopFilter;

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
        $read->filters = DocumentFilters::read($input);
        if ($input->has('ids')) {
            $read->ids = $input->ids('ids', DocumentExport::MAX_ZIP_DOCUMENTS);
        }
        $read->baseName = $input->choice('list', ['documents', 'waiting'], 'documents');

        return $read;
    }
}
