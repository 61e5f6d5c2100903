<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\Page\PageDocuments;
use Ebpdocuments\BackOffice\Params;

/**
 * getCustomerDocuments (view) `{customerId}` → `{customer, documents: DocumentRow[], moreDocuments, waiting: DocumentRow[],
 * moreWaiting, orders}`: the "EBP documents" block of PrestaShop's Customer page (the newest PageDocuments::MAX_ROWS of
 * each list; more… says it has more). A customer of a shop the employee does not see is 404.
 */
final class GetCustomerDocumentsAction implements AdminAction
{
    /** @var PageDocuments */
    private $page;

    public function __construct(PageDocuments $page)
    {
        $this->page = $page;
    }

    public function handle(array $params, ActionContext $context): array
    {
        return $this->page->forCustomer((new Params($params))->id('customerId'), $context);
    }
}
