<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage\Repository;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Support\Clock;

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
}
