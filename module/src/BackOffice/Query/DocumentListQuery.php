<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Storage\Repository\CustomerTermRepository;

/**
 * The back office's document list, built to stay fast with a million rows:
 * - without a search, the page is read in the order of an index ((id_shop, date_add) or (id_shop, status, date_add))
 *   and the total is counted up to TOTAL_CAP rows only (beyond that the app says "more than 10,000" and the employee
 *   narrows the filters; pages stop at the cap, so OFFSET never walks the whole table);
 * - a search is a prefix search, never `%term%`: on the document number (through the unique (shop, type, reference)
 *   index, one range per type), on the normalized billing e-mail (its index), on customers' names/e-mails and on
 *   order references (then documents through their id_customer / id_order indexes). Each source gives at most
 *   CANDIDATE_CAP ids; filters, sort and paging then run on those ids only (in received order, the default, along
 *   the primary key: no sort at all);
 * - filtered by one customer (the "see them all" link of PrestaShop's Customer page), the page walks that customer's
 *   index of the sort (id_customer, id_shop, column): for one shop, no sort whatever the customer's number of
 *   documents; several shops sort that customer's documents only;
 * - the page's ids are read first and the full rows with their customer and order joined afterwards (deferred join).
 */
final class DocumentListQuery
{
    const TOTAL_CAP = 10000;
    const CANDIDATE_CAP = 1000;
    const CUSTOMER_CAP = 200;
    const ORDER_CAP = 200;
    /** Ids per IN list when a search's candidates are read in received order (candidatesInReceivedOrder). */
    const IN_LIST_SLICE = 999;

    /** sort name => column; the tie-breaker is always id_document in the same direction */
    const SORTS = [
        'received' => 'd.date_add',
        'date' => 'd.document_date',
        'reference' => 'd.reference',
        'amount' => 'd.total_tax_incl',
    ];

    /**
     * sort name => the index (Schema::DOCUMENT_INDEXES) that lists one customer's documents of one shop in that order:
     * (id_customer, id_shop, the sort's column), so a big customer's page is read in index order, never sorted.
     */
    const CUSTOMER_SORT_INDEXES = [
        'received' => 'customer_received',
        'date' => 'customer_document_date',
        'reference' => 'customer_reference',
        'amount' => 'customer_amount',
    ];

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @param int[] $shopIds shops to list (already checked against what the employee sees)
     * @param array{search?: string, type?: string, status?: string, reason?: string, dateFrom?: ?string, dateTo?: ?string, customerId?: int} $filters
     *
     * @return array{rows: array<int, array<string, string|null>>, total: int, totalCapped: bool, page: int}
     */
    public function page(array $shopIds, array $filters, string $sort, string $direction, int $page, int $perPage): array
    {
        $sort = isset(self::SORTS[$sort]) ? $sort : 'received';
        $column = self::SORTS[$sort];
        $way = $direction === 'asc' ? 'ASC' : 'DESC';
        list($where, $params) = $this->conditions($shopIds, $filters);
        $capped = false;
        $candidates = [];
        $search = isset($filters['search']) ? trim((string) $filters['search']) : '';
        if ($search !== '') {
            list($candidates, $capped) = $this->candidates($shopIds, $search);
            $where[] = 'd.id_document IN :candidates';
            $params['candidates'] = $candidates;
        }
        $whereSql = implode(' AND ', $where);
        list($counted, $countCapped) = CappedListing::total($this->connection, 'PREFIX_ebpdocuments_document d WHERE ' . $whereSql, $params, self::TOTAL_CAP);
        $capped = $capped || $countCapped;
        $page = CappedListing::page($page, $counted, $perPage);
        if ($search !== '' && $column === self::SORTS['received']) {
            $ids = $this->candidatesInReceivedOrder($where, $params, $candidates, $way, ($page - 1) * $perPage, $perPage);
        } else {
            // A search's page is its candidates (at most CANDIDATE_CAP per source) read by primary key, then sorted:
            // left alone, MariaDB walks the sort's index over the whole shop looking for them (30 ms for 219
            // candidates among 1,000,000 documents, against 1 ms).
            $ids = $this->ids(
                'SELECT d.id_document FROM PREFIX_ebpdocuments_document d' . $this->pageIndexHint($search, $filters, $sort) . ' WHERE ' . $whereSql
                . ' ORDER BY ' . $column . ' ' . $way . ', d.id_document ' . $way
                . ' LIMIT ' . (($page - 1) * $perPage) . ', ' . $perPage,
                $params
            );
        }

        return ['rows' => $this->rows($ids), 'total' => $counted, 'totalCapped' => $capped, 'page' => $page];
    }

    /**
     * The filtered documents (same filters and prefix search as page(), or the chosen $ids), newest received first,
     * $limit at a time: the ids below $beforeId (0 = from the top). Exports walk the whole set this way, without the
     * list's total cap and without OFFSET.
     *
     * @param int[] $shopIds
     * @param array<string, mixed> $filters
     * @param int[]|null $ids only these documents (a selection), still within $shopIds
     *
     * @return int[]
     */
    public function idsBefore(array $shopIds, array $filters, ?array $ids, int $beforeId, int $limit): array
    {
        $search = isset($filters['search']) ? trim((string) $filters['search']) : '';
        if ($ids !== null) {
            if ($ids === []) {
                return [];
            }
            $where = ['d.id_shop IN :shops', 'd.id_document IN :chosen'];
            $params = ['shops' => array_values($shopIds), 'chosen' => array_values($ids)];
        } else {
            list($where, $params) = $this->conditions($shopIds, $filters);
            if ($search !== '') {
                list($candidates) = $this->candidates($shopIds, $search);
                if ($candidates === []) {
                    return [];
                }
                $where[] = 'd.id_document IN :candidates';
                $params['candidates'] = $candidates;
            }
        }
        if ($beforeId > 0) {
            $where[] = 'd.id_document < :before';
            $params['before'] = $beforeId;
        }
        $hint = $ids === null ? $this->pageIndexHint($search, $filters, 'received') : '';

        return $this->ids(
            'SELECT d.id_document FROM PREFIX_ebpdocuments_document d' . $hint . ' WHERE ' . implode(' AND ', $where)
            . ' ORDER BY d.id_document DESC LIMIT ' . max(1, $limit),
            $params
        );
    }

    /**
     * Full rows of the given documents, in the given order, with their customer and order.
     *
     * @param int[] $ids
     *
     * @return array<int, array<string, string|null>>
     */
    public function rows(array $ids): array
    {
        if ($ids === []) {
            return [];
        }
        $rows = $this->connection->fetchAll(
            'SELECT d.*, c.firstname AS customer_firstname, c.lastname AS customer_lastname, c.email AS customer_email,
                o.reference AS order_reference
             FROM PREFIX_ebpdocuments_document d
             LEFT JOIN PREFIX_customer c ON c.id_customer = d.id_customer
             LEFT JOIN PREFIX_orders o ON o.id_order = d.id_order
             WHERE d.id_document IN :ids',
            ['ids' => $ids]
        );
        $byId = [];
        foreach ($rows as $row) {
            $byId[(int) $row['id_document']] = $row;
        }
        $ordered = [];
        foreach ($ids as $id) {
            if (isset($byId[$id])) {
                $ordered[] = $byId[$id];
            }
        }

        return $ordered;
    }

    /**
     * @param int[] $shopIds
     * @param array<string, mixed> $filters
     *
     * @return array{0: string[], 1: array<string, mixed>}
     */
    private function conditions(array $shopIds, array $filters): array
    {
        $where = ['d.id_shop IN :shops'];
        $params = ['shops' => array_values($shopIds)];
        foreach (['type' => 'd.type', 'status' => 'd.status', 'reason' => 'd.reason'] as $name => $column) {
            if (isset($filters[$name]) && $filters[$name] !== '') {
                $where[] = $column . ' = :' . $name;
                $params[$name] = (string) $filters[$name];
            }
        }
        if ($this->customerId($filters) > 0) {
            $where[] = 'd.id_customer = :customer';
            $params['customer'] = $this->customerId($filters);
        }
        if (!empty($filters['dateFrom'])) {
            $where[] = 'd.date_add >= :date_from';
            $params['date_from'] = $filters['dateFrom'] . ' 00:00:00';
        }
        if (!empty($filters['dateTo'])) {
            // Inclusive day: everything before the next midnight.
            $where[] = 'd.date_add < :date_to';
            $params['date_to'] = (new \DateTimeImmutable($filters['dateTo']))->modify('+1 day')->format('Y-m-d') . ' 00:00:00';
        }

        return [$where, $params];
    }

    /**
     * The index a page without search candidates walks, when the optimizer left alone would choose badly: one
     * customer's documents through that customer's index of the sort (else, for a big customer, MariaDB walks the
     * shop's received index backwards: 450 ms for page 500 of a customer with 20,000 documents among 1,000,000,
     * against 2 ms; sorted by amount, it walked the shop's amount index). A search's candidates are read by primary key.
     *
     * @param array<string, mixed> $filters
     */
    private function pageIndexHint(string $search, array $filters, string $sort): string
    {
        if ($search !== '') {
            return ' FORCE INDEX (PRIMARY)';
        }

        return $this->customerId($filters) > 0 ? ' FORCE INDEX (' . self::CUSTOMER_SORT_INDEXES[$sort] . ')' : '';
    }

    /**
     * @param array<string, mixed> $filters
     */
    private function customerId(array $filters): int
    {
        return isset($filters['customerId']) ? max(0, (int) $filters['customerId']) : 0;
    }

    /**
     * Ids of documents the search may mean, from each indexed source.
     *
     * @param int[] $shopIds
     *
     * @return array{0: int[], 1: bool} ids, and whether a source had more than it gave
     */
    private function candidates(array $shopIds, string $search): array
    {
        $prefix = SearchTerm::prefix($search);
        $lowerPrefix = SearchTerm::prefix(mb_strtolower($search, 'UTF-8'));
        $shops = array_values($shopIds);
        $limit = ' LIMIT ' . (self::CANDIDATE_CAP + 1);
        $sources = [];
        // Each source walks its index backwards (named, and ORDER BY its columns DESC: no sort, whatever the table's
        // size makes the optimizer prefer): when one has more than CANDIDATE_CAP documents, the ones kept are the
        // newest (the highest numbers, the latest ids, the latest document dates), which is what a search of a big
        // customer's e-mail or of a number series is after.
        // One index range per (shop, type): the unique key (id_shop, type, reference) serves a reference prefix.
        $sources[] = $this->ids(
            'SELECT id_document FROM PREFIX_ebpdocuments_document FORCE INDEX (document_number)
             WHERE id_shop IN :shops AND type IN :types AND reference LIKE :prefix
             ORDER BY id_shop DESC, type DESC, reference DESC' . $limit,
            ['shops' => $shops, 'types' => DocumentType::all(), 'prefix' => $prefix]
        );
        $sources[] = $this->ids(
            'SELECT id_document FROM PREFIX_ebpdocuments_document FORCE INDEX (email_normalized)
             WHERE email_normalized LIKE :prefix AND id_shop IN :shops
             ORDER BY email_normalized DESC, id_document DESC' . $limit,
            ['shops' => $shops, 'prefix' => $lowerPrefix]
        );
        // Customers by e-mail, first or last name (either order) or company: the module's own term table, one
        // range of its primary key (ps_customer has no index for these and keeps its core schema).
        $customers = (new CustomerTermRepository($this->connection))->customersByPrefix($prefix, self::CUSTOMER_CAP);
        if ($customers !== []) {
            $sources[] = $this->ids(
                // Up to 1,000 index dives on (id_customer, id_shop, …); without the hint a big customer in a small
                // table makes the optimizer scan the shop's documents instead.
                'SELECT id_document FROM PREFIX_ebpdocuments_document FORCE INDEX (customer_documents)
                 WHERE id_customer IN :customers AND id_shop IN :shops
                 ORDER BY id_customer DESC, id_shop DESC, status DESC, document_date DESC, id_document DESC' . $limit,
                ['customers' => $customers, 'shops' => $shops]
            );
        }
        $orders = $this->ids(
            'SELECT id_order FROM PREFIX_orders WHERE reference LIKE :prefix LIMIT ' . self::ORDER_CAP,
            ['prefix' => $prefix],
            'id_order'
        );
        if (preg_match('/^\d{1,10}$/', $search) === 1) {
            $orders[] = (int) $search;
        }
        if ($orders !== []) {
            $sources[] = $this->ids(
                'SELECT id_document FROM PREFIX_ebpdocuments_document FORCE INDEX (id_order)
                 WHERE id_order IN :orders AND id_shop IN :shops
                 ORDER BY id_order DESC, id_document DESC' . $limit,
                ['orders' => $orders, 'shops' => $shops]
            );
        }
        return CappedListing::candidates($sources, self::CANDIDATE_CAP);
    }

    /**
     * A search's page in received order, without sorting its candidates. date_add is stamped when a document is first
     * stored and never changed, and ids are given in that order too: received order is id order. So the candidates
     * are read along the primary key and the read stops at the page's end. They go in slices shorter than the IN
     * lists MariaDB turns into a temporary table, which it would then sort (in_predicate_conversion_threshold, 1000).
     *
     * @param string[] $where the conditions, one of them on :candidates
     * @param array<string, mixed> $params
     * @param int[] $candidates
     *
     * @return int[]
     */
    private function candidatesInReceivedOrder(array $where, array $params, array $candidates, string $way, int $offset, int $perPage): array
    {
        $way === 'ASC' ? sort($candidates) : rsort($candidates);
        $wanted = $offset + $perPage;
        $found = [];
        foreach (array_chunk($candidates, self::IN_LIST_SLICE) as $slice) {
            $params['candidates'] = $slice;
            $found = array_merge($found, $this->ids(
                'SELECT d.id_document FROM PREFIX_ebpdocuments_document d FORCE INDEX (PRIMARY) WHERE ' . implode(' AND ', $where)
                . ' ORDER BY d.id_document ' . $way . ' LIMIT ' . ($wanted - count($found)),
                $params
            ));
            if (count($found) >= $wanted) {
                break;
            }
        }

        return array_slice($found, $offset, $perPage);
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return int[]
     */
    private function ids(string $sql, array $params, string $column = 'id_document'): array
    {
        return array_map('intval', array_column($this->connection->fetchAll($sql, $params), $column));
    }
}
