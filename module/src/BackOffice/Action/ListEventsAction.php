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
use Ebpdocuments\BackOffice\Presenter\EventRowPresenter;
use Ebpdocuments\BackOffice\Query\EventListQuery;
use Ebpdocuments\BackOffice\ShopFilter;
use Ebpdocuments\Kernel\Domain\EventType;

/**
 * listEvents (view) `{search, event, shopId, page, perPage}` → `{items: EventRow[], total, totalCapped, page, perPage}`.
 */
final class ListEventsAction implements AdminAction
{
    /** @var EventListQuery */
    private $query;
    /** @var EventRowPresenter */
    private $presenter;

    public function __construct(EventListQuery $query, EventRowPresenter $presenter)
    {
        $this->query = $query;
        $this->presenter = $presenter;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $search = $input->string('search', 100);
        $event = $input->choice('event', EventType::all());
        $shopIds = ShopFilter::shopIds($input, $context);
        $perPage = PagedList::perPage($input);
        $page = PagedList::page($input, EventListQuery::TOTAL_CAP);
        $result = $this->query->page($shopIds, $search, $event, $page, $perPage);

        return PagedList::answer($this->presenter->presentAll($result['rows']), $result, $perPage);
    }
}
