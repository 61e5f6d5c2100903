<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Storage\Repository\CustomerTermRepository;

/**
 * The activity log for the back office, newest first, with the same rules as DocumentListQuery: the page follows
 * the (id_shop, id_event) index, the total is counted up to TOTAL_CAP, and a search is a prefix search on indexed
 * columns (the event's document number; the billing e-mail, and customers' names, e-mails and companies from the
 * module's term table, through their documents).
 */
final class EventListQuery
{
    const TOTAL_CAP = 10000;
    const CANDIDATE_CAP = 1000;
    const CUSTOMER_CAP = 200;

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @param int[] $shopIds
     *
     * @return array{rows: array<int, array<string, string|null>>, total: int, totalCapped: bool, page: int}
     */
    public function page(array $shopIds, string $search, string $event, int $page, int $perPage): array
    {
        $where = ['e.id_shop IN :shops'];
        $params = ['shops' => array_values($shopIds)];
        if ($event !== '') {
            $where[] = 'e.event = :event';
            $params['event'] = $event;
        }
        $capped = false;
        if ($search !== '') {
            list($candidates, $capped) = $this->candidates($shopIds, $search);
            $where[] = 'e.id_event IN :candidates';
            $params['candidates'] = $candidates;
        }
        $whereSql = implode(' AND ', $where);
        list($total, $countCapped) = CappedListing::total($this->connection, 'PREFIX_ebpdocuments_event e WHERE ' . $whereSql, $params, self::TOTAL_CAP);
        $capped = $capped || $countCapped;
        $page = CappedListing::page($page, $total, $perPage);
        $ids = array_map('intval', array_column($this->connection->fetchAll(
            'SELECT e.id_event FROM PREFIX_ebpdocuments_event e WHERE ' . $whereSql
            . ' ORDER BY e.id_event DESC LIMIT ' . (($page - 1) * $perPage) . ', ' . $perPage,
            $params
        ), 'id_event'));

        return ['rows' => $this->rows($ids), 'total' => $total, 'totalCapped' => $capped, 'page' => $page];
    }

    /**
     * Every event of one document, newest first.
     *
     * @return array<int, array<string, string|null>>
     */
    public function ofDocument(int $documentId): array
    {
        $ids = array_map('intval', array_column($this->connection->fetchAll(
            'SELECT id_event FROM PREFIX_ebpdocuments_event WHERE id_document = :document ORDER BY id_event DESC LIMIT 500',
            ['document' => $documentId]
        ), 'id_event'));

        return $this->rows($ids);
    }

    /**
     * @param int[] $ids
     *
     * @return array<int, array<string, string|null>>
     */
    private function rows(array $ids): array
    {
        if ($ids === []) {
            return [];
        }

        return $this->connection->fetchAll(
            'SELECT e.*, c.firstname AS customer_firstname, c.lastname AS customer_lastname, c.email AS customer_email,
                m.firstname AS employee_firstname, m.lastname AS employee_lastname
             FROM PREFIX_ebpdocuments_event e
             LEFT JOIN PREFIX_customer c ON c.id_customer = e.id_customer
             LEFT JOIN PREFIX_employee m ON m.id_employee = e.id_employee
             WHERE e.id_event IN :ids
             ORDER BY e.id_event DESC',
            ['ids' => $ids]
        );
    }

    /**
     * @param int[] $shopIds
     *
     * @return array{0: int[], 1: bool}
     */
    private function candidates(array $shopIds, string $search): array
    {
        $shops = array_values($shopIds);
        $prefix = SearchTerm::prefix($search);
        $limit = ' LIMIT ' . (self::CANDIDATE_CAP + 1);
        $sources = [];
        // Each source walks its index backwards, as DocumentListQuery's do: past the cap, the newest are kept.
        $sources[] = $this->ids(
            'SELECT id_event AS id FROM PREFIX_ebpdocuments_event FORCE INDEX (shop_reference)
             WHERE id_shop IN :shops AND document_reference LIKE :prefix
             ORDER BY id_shop DESC, document_reference DESC, id_event DESC' . $limit,
            ['shops' => $shops, 'prefix' => $prefix]
        );
        $documents = $this->ids(
            'SELECT id_document AS id FROM PREFIX_ebpdocuments_document FORCE INDEX (email_normalized)
             WHERE email_normalized LIKE :prefix AND id_shop IN :shops
             ORDER BY email_normalized DESC, id_document DESC' . $limit,
            ['shops' => $shops, 'prefix' => SearchTerm::prefix(mb_strtolower($search, 'UTF-8'))]
        );
        // Customers by e-mail, first or last name (either order) or company: the module's own term table, as the
        // documents list does (ps_customer has no index for these and keeps its core schema).
        $customers = (new CustomerTermRepository($this->connection))->customersByPrefix($prefix, self::CUSTOMER_CAP);
        if ($customers !== []) {
            $documents = array_merge($documents, $this->ids(
                'SELECT id_document AS id FROM PREFIX_ebpdocuments_document FORCE INDEX (customer_documents)
                 WHERE id_customer IN :customers AND id_shop IN :shops
                 ORDER BY id_customer DESC, id_shop DESC, status DESC, document_date DESC, id_document DESC' . $limit,
                ['customers' => $customers, 'shops' => $shops]
            ));
        }
        if ($documents !== []) {
            $sources[] = $this->ids(
                'SELECT id_event AS id FROM PREFIX_ebpdocuments_event FORCE INDEX (document_events)
                 WHERE id_document IN :documents
                 ORDER BY id_document DESC, id_event DESC' . $limit,
                ['documents' => array_values(array_unique($documents))]
            );
        }
        return CappedListing::candidates($sources, self::CANDIDATE_CAP);
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return int[]
     */
    private function ids(string $sql, array $params): array
    {
        return array_map('intval', array_column($this->connection->fetchAll($sql, $params), 'id'));
    }
}
