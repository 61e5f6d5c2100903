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
 * getOrderDocuments (view) `{orderId}` → `{order, documents: DocumentRow[]}`: the "EBP documents" block of
 * PrestaShop's Order page. An order of a shop the employee does not see is 404.
 */
final class GetOrderDocumentsAction implements AdminAction
{
    /** @var PageDocuments */
    private $page;

    public function __construct(PageDocuments $page)
    {
        $this->page = $page;
    }

    public function handle(array $params, ActionContext $context): array
    {
        return $this->page->forOrder((new Params($params))->id('orderId'), $context);
    }
}
