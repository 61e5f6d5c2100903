<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * One document as the customer's pages show it (My documents, an account's order page, a guest order's tracking
 * page): the same keys everywhere, so that one template serves them all. The caller decides the order link and the
 * download URL (an account's download or a guest's).
 */
final class CustomerDocumentView
{
    /**
     * @param array<string, string|null> $row a document row (id_document, type, reference, document_date,
     *                                         total_tax_incl, currency, first_downloaded_at)
     * @param array{id: int, reference: string, url: string}|null $order
     *
     * @return array<string, mixed>
     */
    public static function of(array $row, ShopWordings $wordings, ?array $order, string $downloadUrl): array
    {
        return [
            'id' => (int) $row['id_document'],
            'type' => (string) $row['type'],
            'typeLabel' => $wordings->typeLabel((string) $row['type']),
            'reference' => (string) $row['reference'],
            'date' => $row['document_date'],
            'totalTaxIncl' => $row['total_tax_incl'],
            'currency' => $row['currency'],
            'order' => $order,
            'isNew' => $row['first_downloaded_at'] === null,
            'downloadUrl' => $downloadUrl,
        ];
    }
}
