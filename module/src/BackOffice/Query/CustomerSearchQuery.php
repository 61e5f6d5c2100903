<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Matching\CustomerMatcher;

/**
 * Type-ahead over the shop's customers: prefix of e-mail (indexed), first name, last name, "first last", "last first"
 * or company; non-deleted rows in the customer-sharing scope of the employee's shops; registered accounts first.
 */
final class CustomerSearchQuery
{
    const LIMIT = 20;

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
        $prefix = SearchTerm::prefix($term);

        return $this->connection->fetchAll(
            'SELECT id_customer, firstname, lastname, email, company, is_guest
             FROM PREFIX_customer
             WHERE deleted = 0 AND (id_shop IN :shops OR id_shop_group IN :groups)
                AND (email LIKE :p1 OR firstname LIKE :p2 OR lastname LIKE :p3 OR company LIKE :p4
                    OR CONCAT(firstname, \' \', lastname) LIKE :p5 OR CONCAT(lastname, \' \', firstname) LIKE :p6)
             ORDER BY is_guest ASC, lastname ASC, firstname ASC, id_customer DESC
             LIMIT ' . self::LIMIT,
            [
                'shops' => $shops, 'groups' => $groups,
                'p1' => $prefix, 'p2' => $prefix, 'p3' => $prefix, 'p4' => $prefix, 'p5' => $prefix, 'p6' => $prefix,
            ]
        );
    }
}
