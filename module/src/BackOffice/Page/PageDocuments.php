<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Page;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\Presenter\DocumentRowPresenter;
use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Matching\EmailNormalizer;

/**
 * What the "EBP documents" blocks of PrestaShop's Customer and Order pages show, for the AJAX actions and for the
 * hooks that draw the blocks (same rows, same DocumentRow shape as the module's tab):
 * - a customer: their documents in the employee's shops (newest document date first), and the documents waiting
 *   for their e-mail (pending, same normalized e-mail) that may be attached to them;
 * - an order: the documents linked to it.
 */
final class PageDocuments
{
    /** The blocks show the newest ones; the module's tab lists them all. */
    const MAX_ROWS = 100;

    /** @var Connection */
    private $connection;
    /** @var PageTargets */
    private $targets;
    /** @var DocumentListQuery */
    private $rows;
    /** @var DocumentRowPresenter */
    private $presenter;
    /** @var EmailNormalizer */
    private $normalizer;

    public function __construct(Connection $connection, PageTargets $targets, DocumentListQuery $rows, DocumentRowPresenter $presenter, EmailNormalizer $normalizer)
    {
        $this->connection = $connection;
        $this->targets = $targets;
        $this->rows = $rows;
        $this->presenter = $presenter;
        $this->normalizer = $normalizer;
    }

    /**
     * The customer, their MAX_ROWS newest documents and the MAX_ROWS newest documents waiting for their e-mail, each
     * list with whether there are more (a wholesaler's account holds thousands: the module's tab lists them all).
     *
     * @return array{customer: array<string, mixed>, documents: array<int, array<string, mixed>>, moreDocuments: bool, waiting: array<int, array<string, mixed>>, moreWaiting: bool, orders: array<int, array<string, mixed>>}
     */
    public function forCustomer(int $customerId, ActionContext $context): array
    {
        $customer = $this->targets->customer($customerId, $context);
        $ids = $this->newestOfCustomer($customerId, $context->shopIds());
        $waiting = [];
        $normalized = $this->normalizer->normalize($customer['email']);
        if ($normalized !== null && !$customer['deleted']) {
            $waiting = $this->ids(
                'SELECT id_document FROM PREFIX_ebpdocuments_document
                 WHERE email_normalized IN :emails AND status = :pending AND id_shop IN :shops ORDER BY id_document DESC',
                ['emails' => $this->normalizer->sqlCandidates($normalized), 'pending' => DocumentStatus::WAITING, 'shops' => $context->shopIds()]
            );
        }

        return [
            'customer' => [
                'id' => $customer['id'],
                'name' => trim($customer['firstname'] . ' ' . $customer['lastname']),
                'email' => $customer['email'],
                'isGuest' => $customer['isGuest'],
                'shopId' => $customer['shopId'],
            ],
            'documents' => $this->presenter->presentAll($this->rows->rows(array_slice($ids, 0, self::MAX_ROWS))),
            'moreDocuments' => count($ids) > self::MAX_ROWS,
            'waiting' => $this->sameEmail($this->presenter->presentAll($this->rows->rows(array_slice($waiting, 0, self::MAX_ROWS))), (string) $normalized),
            'moreWaiting' => count($waiting) > self::MAX_ROWS,
            'orders' => $this->targets->ordersOf($customer['id'], $customer['shopId']),
        ];
    }

    /**
     * @return array{order: array<string, mixed>, documents: array<int, array<string, mixed>>}
     */
    public function forOrder(int $orderId, ActionContext $context): array
    {
        $order = $this->targets->order($orderId, $context);
        $ids = $this->ids(
            'SELECT id_document FROM PREFIX_ebpdocuments_document WHERE id_order = :order AND id_shop IN :shops
             ORDER BY document_date IS NULL, document_date DESC, id_document DESC',
            ['order' => $orderId, 'shops' => $context->shopIds()]
        );

        return [
            'order' => $order,
            'documents' => $this->presenter->presentAll($this->rows->rows(array_slice($ids, 0, self::MAX_ROWS))),
        ];
    }

    /**
     * The customer's MAX_ROWS + 1 newest documents, every status (document date, undated last; the one more says there
     * are more): per shop, a backward walk of the customer_document_date index (id_customer, id_shop, document_date)
     * that stops at MAX_ROWS + 1 whatever the customer's number of documents, so one shop sorts nothing; several shops
     * sort those few per shop.
     *
     * @param int[] $shopIds
     *
     * @return int[]
     */
    private function newestOfCustomer(int $customerId, array $shopIds): array
    {
        $branches = [];
        $params = [];
        foreach (array_values($shopIds) as $k => $shopId) {
            // DESC puts undated (NULL) documents last.
            $branches[] = 'SELECT id_document, document_date FROM PREFIX_ebpdocuments_document
                WHERE id_customer = :customer' . $k . ' AND id_shop = :shop' . $k . '
                ORDER BY document_date DESC, id_document DESC';
            $params += ['customer' . $k => $customerId, 'shop' . $k => (int) $shopId];
        }
        if (count($branches) <= 1) {
            return $branches === [] ? [] : $this->ids($branches[0], $params);
        }
        $limit = ' LIMIT ' . (self::MAX_ROWS + 1);

        return $this->ids('(' . implode($limit . ') UNION ALL (', $branches) . $limit . ') ORDER BY document_date DESC, id_document DESC', $params);
    }

    /**
     * The first MAX_ROWS + 1 ids $sql gives: the one more says the block does not show them all.
     *
     * @param array<string, mixed> $params
     *
     * @return int[]
     */
    private function ids(string $sql, array $params): array
    {
        return array_map('intval', array_column($this->connection->fetchAll($sql . ' LIMIT ' . (self::MAX_ROWS + 1), $params), 'id_document'));
    }

    /**
     * SQL compares e-mails case- and accent-insensitively: keep the rows whose address is really the customer's.
     *
     * @param array<int, array<string, mixed>> $rows
     *
     * @return array<int, array<string, mixed>>
     */
    private function sameEmail(array $rows, string $normalized): array
    {
        return array_values(array_filter($rows, function (array $row) use ($normalized): bool {
            return $this->normalizer->normalize((string) $row['billingEmail']) === $normalized;
        }));
    }
}
