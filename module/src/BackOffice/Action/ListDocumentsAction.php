<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\PagedList;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\Presenter\DocumentRowPresenter;
use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\BackOffice\ShopFilter;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Domain\WaitingReason;

/**
 * listDocuments (view) `{search, type, status, reason, dateFrom, dateTo, shopId, sort, direction, page, perPage}`
 * → `{items: DocumentRow[], total, totalCapped, page, perPage}`. See DocumentListQuery for how it stays fast.
 */
final class ListDocumentsAction implements AdminAction
{
    const SEARCH_MAX = 100;

    /** @var DocumentListQuery */
    private $query;
    /** @var DocumentRowPresenter */
    private $presenter;

    public function __construct(DocumentListQuery $query, DocumentRowPresenter $presenter)
    {
        $this->query = $query;
        $this->presenter = $presenter;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $filters = [
            'search' => $input->string('search', self::SEARCH_MAX),
            'type' => $input->choice('type', DocumentType::all()),
            'status' => $input->choice('status', DocumentStatus::all()),
            'reason' => $input->choice('reason', WaitingReason::all()),
            'dateFrom' => $input->isoDate('dateFrom'),
            'dateTo' => $input->isoDate('dateTo'),
        ];
        $shopIds = ShopFilter::shopIds($input, $context);
        $sort = $input->choice('sort', array_keys(DocumentListQuery::SORTS), 'received');
        $direction = $input->choice('direction', ['asc', 'desc'], 'desc');
        $perPage = PagedList::perPage($input);
        $page = PagedList::page($input, DocumentListQuery::TOTAL_CAP);

        $result = $this->query->page($shopIds, $filters, $sort, $direction, $page, $perPage);

        return PagedList::answer($this->presenter->presentAll($result['rows']), $result, $perPage);
    }
}
