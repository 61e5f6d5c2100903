<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Matching\CustomerMatcher;

/**
 * Tells the employee precisely why a customer cannot receive a document of a shop (missing, guest, deleted, other
 * shop). DocumentManager checks the same rule again inside its transaction.
 */
final class AssignableCustomer
{
    /** @var Connection */
    private $connection;
    /** @var CustomerMatcher */
    private $matcher;

    public function __construct(Connection $connection, CustomerMatcher $matcher)
    {
        $this->connection = $connection;
        $this->matcher = $matcher;
    }

    public function check(int $shopId, int $customerId): void
    {
        $customer = $this->connection->fetchRow(
            'SELECT id_customer, is_guest, deleted FROM PREFIX_customer WHERE id_customer = :id',
            ['id' => $customerId]
        );
        if ($customer === null) {
            throw Refusal::validation('customerId', AdminMessages::CUSTOMER_NOT_FOUND);
        }
        if ((int) $customer['deleted'] === 1) {
            throw Refusal::validation('customerId', AdminMessages::CUSTOMER_DELETED);
        }
        if ((int) $customer['is_guest'] === 1) {
            throw Refusal::validation('customerId', AdminMessages::CUSTOMER_GUEST);
        }
        if (!$this->matcher->isAssignable($shopId, $customerId)) {
            throw Refusal::validation('customerId', AdminMessages::CUSTOMER_OTHER_SHOP);
        }
    }
}
