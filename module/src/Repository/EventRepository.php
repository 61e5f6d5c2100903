<?php

declare(strict_types=1);

namespace Ebpdocuments\Repository;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;
use Ebpdocuments\Domain\EventType;
use Ebpdocuments\Support\Clock;

/**
 * The event log of documents (PREFIX_ebpdocuments_event). Type and reference are copied into each event so the
 * history survives the document's deletion.
 */
class EventRepository
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

    /**
     * @param array<string, mixed> $document a document row, or at least id_shop (+ id_document, type, reference when known)
     * @param array<string, mixed> $detail stored as JSON (reason, method, message, version, keyLabel, code…)
     */
    public function record(string $event, array $document, array $detail = [], ?int $customerId = null, ?int $employeeId = null): int
    {
        return $this->recordAll([[$event, $document, $detail, $customerId, $employeeId]]);
    }

    /**
     * Several events in one INSERT (in this order), e.g. "received" and "attached" of a new document.
     *
     * @param array<int, array{0: string, 1: array<string, mixed>, 2?: array<string, mixed>, 3?: int|null, 4?: int|null}> $events
     *        each [event, document, detail, customerId, employeeId] as record() takes them
     *
     * @return int id of the first event
     */
    public function recordAll(array $events): int
    {
        $rows = [];
        $params = ['now' => $this->clock->now()];
        foreach (array_values($events) as $i => $entry) {
            $event = $entry[0];
            $document = $entry[1];
            $detail = isset($entry[2]) ? $entry[2] : [];
            if (!in_array($event, EventType::all(), true)) {
                throw new \InvalidArgumentException('Unknown event ' . $event);
            }
            $json = $detail === [] ? null : json_encode($detail, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PARTIAL_OUTPUT_ON_ERROR);
            $rows[] = '(:shop' . $i . ', :document' . $i . ', :type' . $i . ', :reference' . $i . ', :event' . $i . ', :detail' . $i
                . ', :customer' . $i . ', :employee' . $i . ', :now)';
            $params += [
                'shop' . $i => (int) ($document['id_shop'] ?? 0),
                'document' . $i => isset($document['id_document']) ? (int) $document['id_document'] : null,
                'type' . $i => mb_substr((string) ($document['type'] ?? ''), 0, 16, 'UTF-8'),
                'reference' . $i => mb_substr((string) ($document['reference'] ?? ''), 0, 64, 'UTF-8'),
                'event' . $i => $event,
                'detail' . $i => $json === false ? null : $json,
                'customer' . $i => isset($entry[3]) ? $entry[3] : null,
                'employee' . $i => isset($entry[4]) ? $entry[4] : null,
            ];
        }
        if ($rows === []) {
            return 0;
        }

        return $this->connection->insert(
            'INSERT INTO PREFIX_ebpdocuments_event
                (id_shop, id_document, document_type, document_reference, event, detail, id_customer, id_employee, date_add)
             VALUES ' . implode(', ', $rows),
            $params
        );
    }

    /**
     * Events of one document, newest first; `detail` decoded.
     *
     * @return array<int, array<string, mixed>>
     */
    public function listByDocument(int $documentId): array
    {
        $rows = $this->connection->fetchAll(
            'SELECT * FROM PREFIX_ebpdocuments_event WHERE id_document = :document ORDER BY id_event DESC',
            ['document' => $documentId]
        );

        return array_map([$this, 'decoded'], $rows);
    }

    /**
     * Paged log, newest first. Filters: shopIds (int[]), event (type or ''), search (document reference, billing
     * e-mail or customer name; `%` and `_` are literal).
     *
     * @param array<string, mixed> $filters
     *
     * @return array{items: array<int, array<string, mixed>>, total: int}
     */
    public function paged(array $filters, int $page, int $perPage): array
    {
        $perPage = max(1, min(100, $perPage));
        $page = max(1, $page);
        $where = ['1 = 1'];
        $params = [];
        if (!empty($filters['shopIds']) && is_array($filters['shopIds'])) {
            $where[] = 'e.id_shop IN :shops';
            $params['shops'] = array_values(array_map('intval', $filters['shopIds']));
        }
        $event = isset($filters['event']) ? (string) $filters['event'] : '';
        if ($event !== '') {
            $where[] = 'e.event = :event';
            $params['event'] = $event;
        }
        $search = isset($filters['search']) ? trim((string) $filters['search']) : '';
        if ($search !== '') {
            $where[] = '(e.document_reference LIKE :search OR d.billing_email LIKE :search2
                OR CONCAT(c.firstname, \' \', c.lastname) LIKE :search3 OR c.email LIKE :search4)';
            $like = '%' . addcslashes($search, '%_\\') . '%';
            $params += ['search' => $like, 'search2' => $like, 'search3' => $like, 'search4' => $like];
        }
        $from = ' FROM PREFIX_ebpdocuments_event e
            LEFT JOIN PREFIX_ebpdocuments_document d ON d.id_document = e.id_document
            LEFT JOIN PREFIX_customer c ON c.id_customer = e.id_customer
            WHERE ' . implode(' AND ', $where);
        $total = (int) $this->connection->fetchValue('SELECT COUNT(*)' . $from, $params);
        $rows = $this->connection->fetchAll(
            'SELECT e.*' . $from . ' ORDER BY e.id_event DESC LIMIT ' . (($page - 1) * $perPage) . ', ' . $perPage,
            $params
        );

        return ['items' => array_map([$this, 'decoded'], $rows), 'total' => $total];
    }

    /**
     * @param array<string, string|null> $row
     *
     * @return array<string, mixed>
     */
    private function decoded(array $row): array
    {
        $detail = null;
        if ($row['detail'] !== null && $row['detail'] !== '') {
            $decoded = json_decode((string) $row['detail'], true);
            $detail = is_array($decoded) ? $decoded : null;
        }
        $row['detail'] = $detail;

        return $row;
    }
}
