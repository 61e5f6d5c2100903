<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\AdminAction;
use Ebpdocuments\Admin\Page\PageDocuments;
use Ebpdocuments\Admin\Params;

/**
 * getCustomerDocuments (view) `{customerId}` → `{customer, documents: DocumentRow[], waiting: DocumentRow[], orders}`:
 * the "EBP documents" block of PrestaShop's Customer page. A customer of a shop the employee does not see is 404.
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
