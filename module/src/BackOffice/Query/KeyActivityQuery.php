<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\Setup\TestDocumentSender;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\EventType;

/**
 * Per key (by the label the doors record: "Webservice #3 E-connecteur", a module key's label): its last call, last
 * success (a document received, replaced or re-sent unchanged) and last refusal (with the exact French text the
 * connector was answered), from the event log. Reads the newest SCAN events of those kinds only (indexed on
 * (id_shop, id_event)), so it stays fast on a long log; a key silent for longer shows no activity.
 */
final class KeyActivityQuery
{
    const SCAN = 5000;
    const SUCCESS = [EventType::RECEIVED, EventType::REPLACED, EventType::UNCHANGED];

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @param int[] $shopIds
     *
     * @return array<int, array{keyLabel: string, lastCallAt: string, lastSuccessAt: ?string, lastRefusal: ?array{at: string, code: string, message: string}, lastTest: ?array{at: string, ok: bool}}>
     *         newest call first
     */
    public function byKey(array $shopIds): array
    {
        $rows = $this->connection->fetchAll(
            'SELECT event, date_add, detail FROM PREFIX_ebpdocuments_event
             WHERE id_shop IN :shops AND event IN :events
             ORDER BY id_event DESC LIMIT ' . self::SCAN,
            ['shops' => $shopIds, 'events' => array_merge(self::SUCCESS, [EventType::REJECTED, EventType::TEST])]
        );
        $keys = [];
        foreach ($rows as $row) {
            $detail = json_decode((string) $row['detail'], true);
            if (!is_array($detail) || !isset($detail['keyLabel']) || !is_string($detail['keyLabel']) || $detail['keyLabel'] === '') {
                continue;
            }
            $label = $detail['keyLabel'];
            if ($label === TestDocumentSender::TEMPORARY_KEY_LABEL && (string) $row['event'] === EventType::TEST) {
                // The temporary key of a test document exists only during that test.
                continue;
            }
            $at = (string) $row['date_add'];
            if (!isset($keys[$label])) {
                $keys[$label] = ['keyLabel' => $label, 'lastCallAt' => $at, 'lastSuccessAt' => null, 'lastRefusal' => null, 'lastTest' => null];
            }
            $event = (string) $row['event'];
            if (in_array($event, self::SUCCESS, true) && $keys[$label]['lastSuccessAt'] === null) {
                $keys[$label]['lastSuccessAt'] = $at;
            } elseif ($event === EventType::REJECTED && $keys[$label]['lastRefusal'] === null) {
                $keys[$label]['lastRefusal'] = [
                    'at' => $at,
                    'code' => isset($detail['code']) && is_string($detail['code']) ? $detail['code'] : '',
                    'message' => isset($detail['message']) && is_string($detail['message']) ? $detail['message'] : '',
                ];
            } elseif ($event === EventType::TEST && $keys[$label]['lastTest'] === null) {
                $keys[$label]['lastTest'] = ['at' => $at, 'ok' => !empty($detail['ok'])];
            }
        }

        return array_values($keys);
    }
}
