<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Presenter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Links;

/**
 * A document row (with its customer_* and order_reference joins) as the app's `DocumentRow`, with the back-office
 * links built here: the app never builds a URL or a token.
 */
final class DocumentRowPresenter
{
    /** @var Links */
    private $links;

    public function __construct(Links $links)
    {
        $this->links = $links;
    }

    /**
     * @param array<string, string|null> $row
     *
     * @return array<string, mixed>
     */
    public function present(array $row): array
    {
        $id = (int) $row['id_document'];

        return [
            'id' => $id,
            'shopId' => (int) $row['id_shop'],
            'type' => (string) $row['type'],
            'typeRaw' => (string) $row['type_raw'],
            'reference' => (string) $row['reference'],
            'documentDate' => $row['document_date'],
            'billingEmail' => (string) $row['billing_email'],
            'ebpCustomerCode' => $row['ebp_customer_code'],
            'orderRef' => $row['order_ref'],
            'order' => $this->order($row),
            'customer' => $this->customer($row),
            'status' => (string) $row['status'],
            'reason' => $row['reason'],
            'matchMethod' => $row['match_method'],
            'totalTaxExcl' => $row['total_tax_excl'],
            'totalTaxIncl' => $row['total_tax_incl'],
            'currency' => $row['currency'],
            'fileSize' => (int) $row['file_size'],
            'version' => (int) $row['version'],
            'source' => (string) $row['source'],
            'keyLabel' => (string) $row['key_label'],
            'matchAttempts' => (int) $row['match_attempts'],
            'firstDownloadedAt' => $row['first_downloaded_at'],
            'receivedAt' => (string) $row['date_add'],
            'downloadUrl' => $this->links->adminDocumentDownload($id),
        ];
    }

    /**
     * @param array<int, array<string, string|null>> $rows
     *
     * @return array<int, array<string, mixed>>
     */
    public function presentAll(array $rows): array
    {
        return array_map([$this, 'present'], $rows);
    }

    /**
     * @param array<string, string|null> $row
     *
     * @return array{id: int, reference: string, url: string}|null
     */
    private function order(array $row): ?array
    {
        if ($row['id_order'] === null || (int) $row['id_order'] < 1) {
            return null;
        }
        $orderId = (int) $row['id_order'];

        return [
            'id' => $orderId,
            'reference' => isset($row['order_reference']) ? (string) $row['order_reference'] : '',
            'url' => $this->links->adminOrder($orderId),
        ];
    }

    /**
     * @param array<string, string|null> $row
     *
     * @return array{id: int, name: string, email: string, url: string}|null
     */
    private function customer(array $row): ?array
    {
        if ($row['id_customer'] === null || (int) $row['id_customer'] < 1) {
            return null;
        }

        return CustomerPresenter::summary(
            (int) $row['id_customer'],
            isset($row['customer_firstname']) ? $row['customer_firstname'] : null,
            isset($row['customer_lastname']) ? $row['customer_lastname'] : null,
            isset($row['customer_email']) ? $row['customer_email'] : null,
            $this->links
        );
    }
}
