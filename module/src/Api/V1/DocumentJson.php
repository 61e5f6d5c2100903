<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Domain\NoticeReason;
use Ebpdocuments\Ingestion\IngestionResult;

/**
 * The JSON shapes of documents in API v1. No customer data (name, e-mail, id) ever leaves through the API: only
 * whether a customer is attached.
 */
final class DocumentJson
{
    const NOTICES_EN = [
        NoticeReason::NO_ACCOUNT => 'This document cannot be sent to the shop because no customer account matching the billing contact exists on the shop.',
        NoticeReason::GUEST_ONLY => 'Kept aside: the billing e-mail only belongs to guest orders, without a customer account.',
        NoticeReason::AMBIGUOUS => 'Kept aside: several customer accounts use the billing e-mail.',
        NoticeReason::INVALID_EMAIL => 'Kept aside: the billing e-mail is missing or invalid.',
        NoticeReason::UNPROVEN_EMAIL => 'Kept aside: the customer account using the billing e-mail has not confirmed that address yet; the customer confirms it on their My documents page.',
    ];

    /**
     * @return array<string, mixed>
     */
    public static function fromResult(IngestionResult $result): array
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
            'notice' => $reason !== null && isset(self::NOTICES_EN[$reason])
                ? ['reason' => $reason, 'message' => self::NOTICES_EN[$reason], 'messageFr' => NoticeReason::CONNECTOR_MESSAGES_FR[$reason]]
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
