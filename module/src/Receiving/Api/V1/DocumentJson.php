<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Receiving\Ingestion\IngestionResult;

/**
 * The JSON shapes of documents in API v1. No customer data (name, e-mail, id) ever leaves through the API: only
 * whether a customer is attached.
 */
final class DocumentJson
{
    /**
     * @param Translator $french the connector's language, for the notice's French wording (`messageFr`)
     *
     * @return array<string, mixed>
     */
    public static function fromResult(IngestionResult $result, Translator $french): array
    {
        $reason = $result->reason();

        return [
            'outcome' => $result->outcome(),
            'document' => [
                'id' => $result->documentId(),
                'type' => $result->type(),
                'number' => $result->reference(),
                'status' => $result->status(),
                'reason' => $reason,
                'version' => $result->version(),
                'customerAttached' => $result->customerId() !== null,
                'orderLinked' => $result->orderId() !== null,
            ],
            'notice' => $reason !== null && isset(WaitingReason::MESSAGES[$reason])
                ? ['reason' => $reason, 'message' => WaitingReason::MESSAGES[$reason], 'messageFr' => $french->trans(WaitingReason::MESSAGES[$reason], [], Refusal::DOMAIN)]
                : null,
        ];
    }

    /**
     * @param array<string, string|null> $row a document row
     *
     * @return array<string, mixed>
     */
    public static function fromRow(array $row): array
    {
        return [
            'id' => (int) $row['id_document'],
            'type' => (string) $row['type'],
            'number' => (string) $row['reference'],
            'status' => (string) $row['status'],
            'reason' => $row['reason'],
            'version' => (int) $row['version'],
            'sha256' => (string) $row['sha256'],
            'fileSize' => (int) $row['file_size'],
            'documentDate' => $row['document_date'],
            'customerAttached' => $row['id_customer'] !== null && (int) $row['id_customer'] > 0,
            'orderLinked' => $row['id_order'] !== null && (int) $row['id_order'] > 0,
            'receivedAt' => (string) $row['date_add'],
            'updatedAt' => (string) $row['date_upd'],
        ];
    }
}
