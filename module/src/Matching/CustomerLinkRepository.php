<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Support\Clock;

/**
 * Links learned from manual assignments: EBP customer code (tiers) → shop customer, per shop.
 */
final class CustomerLinkRepository
{
    /** @var Connection */
    private $connection;
    /** @var Clock */
    private $clock;

    public function __construct(Connection $connection, Clock $clock)
    {
        $this->connection = $connection;
        $this->clock = $clock;
    }

    public function find(int $shopId, string $customerCode): ?int
    {
        $id = $this->connection->fetchValue(
            'SELECT id_customer FROM PREFIX_ebpdocuments_customer_link WHERE id_shop = :shop AND ebp_customer_code = :code',
            ['shop' => $shopId, 'code' => $customerCode]
        );

        return $id === null ? null : (int) $id;
    }

    /** Creates or replaces the link of a code. */
    public function remember(int $shopId, string $customerCode, int $customerId, ?int $employeeId): void
    {
        $this->connection->execute(
            'INSERT INTO PREFIX_ebpdocuments_customer_link (id_shop, ebp_customer_code, id_customer, id_employee, date_add)
             VALUES (:shop, :code, :customer, :employee, :now)
             ON DUPLICATE KEY UPDATE id_customer = VALUES(id_customer), id_employee = VALUES(id_employee), date_add = VALUES(date_add)',
            ['shop' => $shopId, 'code' => $customerCode, 'customer' => $customerId, 'employee' => $employeeId, 'now' => $this->clock->now()]
        );
    }

    /** Forgets every link to a customer (customer deleted or erased). Answers how many were removed. */
    public function forgetCustomer(int $customerId): int
    {
        return $this->connection->execute(
            'DELETE FROM PREFIX_ebpdocuments_customer_link WHERE id_customer = :customer',
            ['customer' => $customerId]
        );
    }
}
