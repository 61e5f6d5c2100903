<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Page;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Matching\CustomerMatcher;

/**
 * The customer or the order a block of PrestaShop's own Customer and Order pages is about, as the employee may see
 * it: the customer's shop (or, for a customer of a shop that shares its customers, the one shop of the context in
 * that scope) and the order's shop must be among the employee's shops, else the same 404 as an unknown id.
 */
final class PageTargets
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

    /**
     * @return array{id: int, email: string, firstname: string, lastname: string, isGuest: bool, deleted: bool, shopId: int}
     */
    public function customer(int $customerId, ActionContext $context, string $field = 'customerId'): array
    {
        $row = $this->connection->fetchRow(
            'SELECT id_customer, id_shop, email, firstname, lastname, is_guest, deleted FROM PREFIX_customer WHERE id_customer = :id',
            ['id' => $customerId]
        );
        if ($row === null) {
            throw Refusal::notFound(AdminMessages::CUSTOMER_NOT_FOUND, $field);
        }
        $shopId = (int) $row['id_shop'];
        if (!$context->sees($shopId)) {
            $shopId = 0;
            foreach ($context->shopIds() as $candidate) {
                if ($this->matcher->scopeFor($candidate)->sharesCustomers() && in_array((int) $row['id_shop'], $this->matcher->scopeFor($candidate)->shopIds(), true)) {
                    $shopId = $candidate;
                    break;
                }
            }
            if ($shopId === 0) {
                throw Refusal::notFound(AdminMessages::CUSTOMER_NOT_FOUND, $field);
            }
        }

        return [
            'id' => (int) $row['id_customer'],
            'email' => (string) $row['email'],
            'firstname' => (string) $row['firstname'],
            'lastname' => (string) $row['lastname'],
            'isGuest' => (int) $row['is_guest'] === 1,
            'deleted' => (int) $row['deleted'] === 1,
            'shopId' => $shopId,
        ];
    }

    /**
     * @return array{id: int, reference: string, customerId: int, shopId: int}
     */
    public function order(int $orderId, ActionContext $context, string $field = 'orderId'): array
    {
        $row = $this->connection->fetchRow(
            'SELECT id_order, reference, id_customer, id_shop FROM PREFIX_orders WHERE id_order = :id',
            ['id' => $orderId]
        );
        if ($row === null || !$context->sees((int) $row['id_shop'])) {
            throw Refusal::notFound(AdminMessages::ORDER_NOT_FOUND, $field);
        }

        return [
            'id' => (int) $row['id_order'],
            'reference' => (string) $row['reference'],
            'customerId' => (int) $row['id_customer'],
            'shopId' => (int) $row['id_shop'],
        ];
    }

    /**
     * The customer's orders in the shop (newest first, at most $limit), for the upload form's order choice.
     *
     * @return array<int, array{id: int, reference: string, date: string}>
     */
    public function ordersOf(int $customerId, int $shopId, int $limit = 50): array
    {
        $rows = $this->connection->fetchAll(
            'SELECT id_order, reference, date_add FROM PREFIX_orders WHERE id_customer = :customer AND id_shop = :shop
             ORDER BY id_order DESC LIMIT ' . max(1, $limit),
            ['customer' => $customerId, 'shop' => $shopId]
        );
        $orders = [];
        foreach ($rows as $row) {
            $orders[] = ['id' => (int) $row['id_order'], 'reference' => (string) $row['reference'], 'date' => substr((string) $row['date_add'], 0, 10)];
        }

        return $orders;
    }
}
