<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Matching\CustomerMatcher;
use Ebpdocuments\Storage\Repository\CustomerTermRepository;

/**
 * Type-ahead over the shop's customers: prefix of e-mail, first name, last name, "first last", "last first" or company
 * (the module's customer_term table); non-deleted rows in the customer-sharing scope of the employee's shops;
 * registered accounts first. When more than CANDIDATE_CAP customers match, the 20 come from the first CANDIDATE_CAP
 * in the order of their matching term: the employee types a few more letters.
 */
final class CustomerSearchQuery
{
    const LIMIT = 20;
    const CANDIDATE_CAP = 200;

    /** @var Connection */
    private $connection;
    /** @var CustomerMatcher */
    private $matcher;

    public function __construct(Connection $connection, CustomerMatcher $matcher)
    {
        $this->connection = $connection;
        $this->matcher = $matcher;
    }

    /**
     * @param int[] $shopIds
     *
     * @return array<int, array<string, string|null>>
     */
    public function search(array $shopIds, string $term): array
    {
        $shops = [];
        $groups = [];
        foreach ($shopIds as $shopId) {
            $scope = $this->matcher->scopeFor($shopId);
            if ($scope->sharesCustomers()) {
                $groups[] = $scope->shopGroupId();
            } else {
                $shops[] = $scope->shopId();
            }
        }
        // The customers whose e-mail, first or last name (either order) or company starts with the term: the module's
        // term table (ps_customer has no index for these and keeps its core schema), at most CANDIDATE_CAP of them,
        // then their rows by primary key, filtered and sorted (a sort of at most CANDIDATE_CAP rows).
        $candidates = (new CustomerTermRepository($this->connection))->customersByPrefix(SearchTerm::prefix($term), self::CANDIDATE_CAP);
        if ($candidates === []) {
            return [];
        }

        return $this->connection->fetchAll(
            'SELECT id_customer, firstname, lastname, email, company, is_guest
             FROM PREFIX_customer
             WHERE id_customer IN :candidates AND deleted = 0 AND (id_shop IN :shops OR id_shop_group IN :groups)
             ORDER BY is_guest ASC, lastname ASC, firstname ASC, id_customer DESC
             LIMIT ' . self::LIMIT,
            ['candidates' => $candidates, 'shops' => $shops, 'groups' => $groups]
        );
    }
}
