<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\Kernel\Support\Links;

/**
 * URLs of the harness: same shapes as the shop's, on the harness server.
 */
final class HarnessLinks implements Links
{
    /** @var string e.g. http://127.0.0.1:8123 */
    private $base;

    public function __construct(string $base)
    {
        $this->base = rtrim($base, '/');
    }

    public function adminCustomer(int $customerId): string
    {
        return $this->base . '/admin/customers/' . $customerId;
    }

    public function adminModuleTab(): string
    {
        return $this->base . '/admin/ebpdocuments';
    }

    public function adminWebserviceKeys(): string
    {
        return $this->base . '/admin/webservice';
    }

    public function adminWebserviceKey(int $webserviceAccountId): string
    {
        return $this->base . '/admin/webservice/' . $webserviceAccountId . '/edit';
    }

    public function adminOrder(int $orderId): string
    {
        return $this->base . '/admin/orders/' . $orderId;
    }

    public function adminDocumentDownload(int $documentId): string
    {
        return $this->base . '/admin-ajax?' . http_build_query(['action' => 'downloadDocument', 'id' => $documentId, 'token' => HarnessAdminGuard::TOKEN]);
    }

    public function adminAction(string $action, array $query = []): string
    {
        return $this->base . '/admin-ajax?' . http_build_query(['action' => $action] + $query + ['token' => HarnessAdminGuard::TOKEN]);
    }

    public function myDocuments(array $query = []): string
    {
        return $this->base . '/documents' . ($query === [] ? '' : '?' . http_build_query($query));
    }

    public function customerDownload(int $documentId, string $accessToken): string
    {
        return $this->base . '/download?' . http_build_query(['id' => $documentId, 'token' => $accessToken]);
    }

    public function guestDownload(int $documentId, string $accessToken): string
    {
        return $this->base . '/guest-download?' . http_build_query(['id' => $documentId, 'token' => $accessToken]);
    }

    public function guestTracking(int $languageId, int $shopId): string
    {
        return $this->base . '/guest-tracking?' . http_build_query(['id_lang' => $languageId, 'id_shop' => $shopId]);
    }

    public function orderDetail(int $orderId): string
    {
        return $this->base . '/order-detail?id_order=' . $orderId;
    }

    public function receiveEndpoint(): string
    {
        return $this->base . '/receive';
    }

    public function apiEndpoint(): string
    {
        return $this->base . '/api';
    }
}
