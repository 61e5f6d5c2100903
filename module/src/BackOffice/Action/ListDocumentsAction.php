<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\DocumentFilters;
use Ebpdocuments\BackOffice\Page\PageTargets;
use Ebpdocuments\BackOffice\PagedList;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\Presenter\DocumentRowPresenter;
use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\BackOffice\ShopFilter;

/**
 * listDocuments (view) `{search, type, status, reason, dateFrom, dateTo, customerId, shopId, sort, direction, page,
 * perPage}` → `{items: DocumentRow[], total, totalCapped, page, perPage, customer?}`. See DocumentListQuery for how
 * it stays fast. With customerId, `customer` `{id, name, email}` names the filter's customer for the app; a customer
 * the employee may not see is the same 404 as an unknown one (PageTargets).
 */
final class ListDocumentsAction implements AdminAction
{
    /** @var DocumentListQuery */
    private $query;
    /** @var DocumentRowPresenter */
    private $presenter;
    /** @var PageTargets */
    private $targets;

    public function __construct(DocumentListQuery $query, DocumentRowPresenter $presenter, PageTargets $targets)
    {
        $this->query = $query;
        $this->presenter = $presenter;
        $this->targets = $targets;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $filters = DocumentFilters::read($input);
        $customer = null;
        if ($filters['customerId'] > 0) {
            $found = $this->targets->customer($filters['customerId'], $context, 'customerId');
            $customer = ['id' => $found['id'], 'name' => trim($found['firstname'] . ' ' . $found['lastname']), 'email' => $found['email']];
        }
        $shopIds = ShopFilter::shopIds($input, $context);
        $sort = $input->choice('sort', array_keys(DocumentListQuery::SORTS), 'received');
        $direction = $input->choice('direction', ['asc', 'desc'], 'desc');
        $perPage = PagedList::perPage($input);
        $page = PagedList::page($input, DocumentListQuery::TOTAL_CAP);

        $result = $this->query->page($shopIds, $filters, $sort, $direction, $page, $perPage);
        $answer = PagedList::answer($this->presenter->presentAll($result['rows']), $result, $perPage);

        return $customer === null ? $answer : $answer + ['customer' => $customer];
    }
}
