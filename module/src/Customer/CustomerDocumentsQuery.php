<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\CappedCount;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\Settings;

/**
 * What a customer sees under My documents: their attached documents of the visible types, in one shop, newest
 * first. Every query starts with (id_customer, id_shop, status) so MariaDB walks the `customer_documents` index
 * (id_customer, id_shop, status, document_date, id_document, type, first_downloaded_at) backwards, which keeps the
 * page of a customer with 20,000 documents fast; the count of new documents reads `customer_new` up to its cap.
 */
final class CustomerDocumentsQuery
{
    /** The customer's pages count new and waiting documents up to here: beyond it they show "99+". */
    const COUNT_CAP = 99;
    /** Pages the pagination links after the current one (MyDocumentsPage): the list reads that far, no further. */
    const PAGES_AHEAD = 3;

    /** @var Connection */
    private $connection;
    /** @var Settings */
    private $settings;
    /** @var Links */
    private $links;
    /** @var ShopWordings */
    private $wordings;

    public function __construct(Connection $connection, Settings $settings, Links $links, ShopWordings $wordings)
    {
        $this->connection = $connection;
        $this->settings = $settings;
        $this->links = $links;
        $this->wordings = $wordings;
    }

    public function page(int $customerId, int $shopId, DocumentListFilters $filters): DocumentPage
    {
        $types = $this->visibleTypes();
        $scope = $this->scope($customerId, $shopId, $types);
        $filtered = $this->withFilters($scope, $filters);

        // No count of the customer's documents: the page's ids and those of the PAGES_AHEAD pages after it (what the
        // pagination shows), plus one, in one walk of the customer_documents index (index only, in order: even the
        // last page of 20,000 documents skips index entries, not rows). The total is exact when that walk reached the
        // end, else "at least" (totalCapped). Only a page past the end is counted, to show the last page instead.
        $ahead = self::PAGES_AHEAD * $filters->perPage();
        $ids = $this->pageIds($filtered, $filters, $ahead);
        if ($ids === [] && $filters->page() > 1) {
            $total = (int) $this->connection->fetchValue(
                'SELECT COUNT(*) FROM PREFIX_ebpdocuments_document d WHERE ' . $filtered['sql'],
                $filtered['params']
            );
            $filters = $filters->withPage(max(1, (int) ceil($total / $filters->perPage())));
            $ids = $total === 0 ? [] : $this->pageIds($filtered, $filters, $ahead);
        }
        $totalCapped = count($ids) > $filters->perPage() + $ahead;
        $total = $filters->offset() + min(count($ids), $filters->perPage() + $ahead);
        $ids = array_slice($ids, 0, $filters->perPage());
        // Whether the customer has any document at all (else the empty state): this page's rows, else (when a filter
        // matched nothing) one index entry.
        $hasDocuments = $ids !== [] || (($filters->type() !== '' || $filters->year() !== 0) && $this->connection->fetchValue(
            'SELECT 1 FROM PREFIX_ebpdocuments_document d WHERE ' . $scope['sql'] . ' LIMIT 1',
            $scope['params']
        ) !== null);

        $rows = [];
        if ($ids !== []) {
            $byId = [];
            foreach ($this->connection->fetchAll(
                'SELECT d.id_document, d.type, d.reference, d.document_date, d.total_tax_incl, d.currency, d.id_order,
                        d.first_downloaded_at, d.access_token, o.reference AS order_reference
                 FROM PREFIX_ebpdocuments_document d
                 LEFT JOIN PREFIX_orders o ON o.id_order = d.id_order AND o.id_customer = d.id_customer
                 WHERE d.id_document IN :ids',
                ['ids' => $ids]
            ) as $row) {
                $byId[(int) $row['id_document']] = $row;
            }
            foreach ($ids as $id) {
                if (isset($byId[$id])) {
                    $rows[] = $byId[$id];
                }
            }
        }
        return new DocumentPage(
            array_map([$this, 'present'], $rows),
            $total,
            $totalCapped,
            $filters,
            $hasDocuments,
            $hasDocuments ? $this->years($scope) : [],
            $this->typeOptions($types)
        );
    }

    /**
     * Ids of the page of $filters and of up to $ahead + 1 documents after it, in the list's order.
     *
     * @param array{sql: string, params: array<string, mixed>} $filtered
     *
     * @return int[]
     */
    private function pageIds(array $filtered, DocumentListFilters $filters, int $ahead): array
    {
        return array_map('intval', array_column($this->connection->fetchAll(
            'SELECT d.id_document FROM PREFIX_ebpdocuments_document d
             WHERE ' . $filtered['sql'] . '
             ORDER BY d.document_date DESC, d.id_document DESC
             LIMIT :offset, :limit',
            $filtered['params'] + ['offset' => $filters->offset(), 'limit' => $filters->perPage() + $ahead + 1]
        ), 'id_document'));
    }

    /**
     * Visible documents never downloaded (the My account tile's badge), counted up to COUNT_CAP + 1 only: a
     * result above COUNT_CAP means "more than COUNT_CAP" (shown "99+").
     */
    public function newCount(int $customerId, int $shopId): int
    {
        $scope = $this->scope($customerId, $shopId, $this->visibleTypes());
        // One range of the customer_new index (id_customer, id_shop, status, first_downloaded_at, type) per visible
        // type, cut at the cap: at most COUNT_CAP + 1 index entries, however many documents the customer has.
        return CappedCount::of(
            $this->connection,
            'PREFIX_ebpdocuments_document d WHERE ' . $scope['sql'] . ' AND d.first_downloaded_at IS NULL',
            $scope['params'],
            self::COUNT_CAP
        );
    }

    /**
     * The customer's visible documents linked to one order (order detail page), newest first.
     *
     * @return array<int, array<string, mixed>>
     */
    public function forOrder(int $customerId, int $shopId, int $orderId): array
    {
        $scope = $this->scope($customerId, $shopId, $this->visibleTypes());
        $rows = $this->connection->fetchAll(
            'SELECT d.id_document, d.type, d.reference, d.document_date, d.total_tax_incl, d.currency, d.id_order,
                    d.first_downloaded_at, d.access_token, o.reference AS order_reference
             FROM PREFIX_ebpdocuments_document d
             LEFT JOIN PREFIX_orders o ON o.id_order = d.id_order AND o.id_customer = d.id_customer
             WHERE ' . $scope['sql'] . ' AND d.id_order = :order
             ORDER BY d.document_date DESC, d.id_document DESC
             LIMIT 100',
            $scope['params'] + ['order' => $orderId]
        );

        return array_map([$this, 'present'], $rows);
    }

    /**
     * @param array<string, string|null> $row
     *
     * @return array<string, mixed>
     */
    public function present(array $row): array
    {
        $orderId = $row['id_order'] === null ? 0 : (int) $row['id_order'];
        $orderReference = $row['order_reference'];

        // Only an order of this very customer is linked (the JOIN checks the owner).
        $order = ($orderId > 0 && $orderReference !== null)
            ? ['id' => $orderId, 'reference' => $orderReference, 'url' => $this->links->orderDetail($orderId)]
            : null;

        return CustomerDocumentView::of($row, $this->wordings, $order, $this->links->customerDownload((int) $row['id_document'], (string) $row['access_token']));
    }

    /**
     * @return string[]
     */
    public function visibleTypes(): array
    {
        return TypeVisibility::visible($this->settings);
    }

    /**
     * @param string[] $types
     *
     * @return array{sql: string, params: array<string, mixed>}
     */
    private function scope(int $customerId, int $shopId, array $types): array
    {
        return [
            'sql' => 'd.id_customer = :customer AND d.id_shop = :shop AND d.status = :status AND d.type IN :types',
            'params' => [
                // 0 never owns anything: a lost login must not read documents whose id_customer is NULL or 0.
                'customer' => $customerId > 0 ? $customerId : -1,
                'shop' => $shopId,
                'status' => DocumentStatus::ATTACHED,
                'types' => $types,
            ],
        ];
    }

    /**
     * @param array{sql: string, params: array<string, mixed>} $scope
     *
     * @return array{sql: string, params: array<string, mixed>}
     */
    private function withFilters(array $scope, DocumentListFilters $filters): array
    {
        if ($filters->type() !== '') {
            $scope['sql'] .= ' AND d.type = :type';
            $scope['params']['type'] = $filters->type();
        }
        if ($filters->year() !== 0) {
            // A date range, not YEAR(d.document_date), so the index still serves the filter.
            $scope['sql'] .= ' AND d.document_date >= :yearStart AND d.document_date < :yearEnd';
            $scope['params']['yearStart'] = sprintf('%04d-01-01', $filters->year());
            $scope['params']['yearEnd'] = sprintf('%04d-01-01', $filters->year() + 1);
        }

        return $scope;
    }

    /**
     * @param array{sql: string, params: array<string, mixed>} $scope
     *
     * @return int[]
     */
    private function years(array $scope): array
    {
        // One index dive per year, newest first (the newest date before the start of the last year found), instead
        // of a DISTINCT over every document of the customer.
        $years = [];
        $before = null;
        for ($guard = 0; $guard < 200; ++$guard) {
            $params = $scope['params'];
            $sql = 'SELECT d.document_date FROM PREFIX_ebpdocuments_document d WHERE ' . $scope['sql'] . ' AND d.document_date IS NOT NULL';
            if ($before !== null) {
                $sql .= ' AND d.document_date < :before';
                $params['before'] = $before;
            }
            $date = $this->connection->fetchValue($sql . ' ORDER BY d.document_date DESC, d.id_document DESC LIMIT 1', $params);
            if ($date === null) {
                break;
            }
            $year = (int) substr($date, 0, 4);
            $years[] = $year;
            $before = sprintf('%04d-01-01', $year);
        }

        return $years;
    }

    /**
     * @param string[] $types
     *
     * @return array<int, array{code: string, label: string}>
     */
    private function typeOptions(array $types): array
    {
        $options = [];
        foreach ($types as $type) {
            $options[] = ['code' => $type, 'label' => $this->wordings->typeLabel($type)];
        }

        return $options;
    }
}
