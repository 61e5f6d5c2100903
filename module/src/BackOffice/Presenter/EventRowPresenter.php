<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Presenter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Links;

/**
 * An event row (with customer_* and employee_* joins) as the app's `EventRow`.
 */
final class EventRowPresenter
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
        $detail = null;
        if ($row['detail'] !== null && $row['detail'] !== '') {
            $decoded = json_decode((string) $row['detail'], true);
            // An object for the app, even when empty; lists or scalars are not a detail.
            $detail = is_array($decoded) && ($decoded === [] || array_values($decoded) !== $decoded) ? (object) $decoded : null;
        }
        $customer = null;
        if ($row['id_customer'] !== null && (int) $row['id_customer'] > 0) {
            $customer = CustomerPresenter::summary(
                (int) $row['id_customer'],
                isset($row['customer_firstname']) ? $row['customer_firstname'] : null,
                isset($row['customer_lastname']) ? $row['customer_lastname'] : null,
                isset($row['customer_email']) ? $row['customer_email'] : null,
                $this->links
            );
        }
        $employee = null;
        if ($row['id_employee'] !== null && (int) $row['id_employee'] > 0) {
            $employee = [
                'id' => (int) $row['id_employee'],
                'name' => trim((string) ($row['employee_firstname'] ?? '') . ' ' . (string) ($row['employee_lastname'] ?? '')),
            ];
        }

        return [
            'id' => (int) $row['id_event'],
            'documentId' => $row['id_document'] === null ? null : (int) $row['id_document'],
            'documentType' => (string) $row['document_type'],
            'documentReference' => (string) $row['document_reference'],
            'event' => (string) $row['event'],
            'detail' => $detail,
            'customer' => $customer,
            'employee' => $employee,
            'createdAt' => (string) $row['date_add'],
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
}
