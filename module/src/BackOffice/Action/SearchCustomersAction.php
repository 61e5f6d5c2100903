<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\Query\CustomerSearchQuery;
use Ebpdocuments\Kernel\Support\Links;

/**
 * searchCustomers (view) `{query}` → `{items: [{id, firstname, lastname, email, company, isGuest, url}]}`, at most
 * 20; fewer than 2 characters answer an empty list (too broad to be useful).
 */
final class SearchCustomersAction implements AdminAction
{
    const MIN_LENGTH = 2;

    /** @var CustomerSearchQuery */
    private $query;
    /** @var Links */
    private $links;

    public function __construct(CustomerSearchQuery $query, Links $links)
    {
        $this->query = $query;
        $this->links = $links;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $term = (new Params($params))->string('query', 100);
        if (mb_strlen($term, 'UTF-8') < self::MIN_LENGTH) {
            return ['items' => []];
        }
        $items = [];
        foreach ($this->query->search($context->shopIds(), $term) as $row) {
            $company = trim((string) $row['company']);
            $items[] = [
                'id' => (int) $row['id_customer'],
                'firstname' => (string) $row['firstname'],
                'lastname' => (string) $row['lastname'],
                'email' => (string) $row['email'],
                'company' => $company === '' ? null : $company,
                'isGuest' => (int) $row['is_guest'] === 1,
                'url' => $this->links->adminCustomer((int) $row['id_customer']),
            ];
        }

        return ['items' => $items];
    }
}
