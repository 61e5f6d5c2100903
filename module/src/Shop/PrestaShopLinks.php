<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Links;

/**
 * Every URL of the module, from PrestaShop's Link, so tokens and friendly URLs are always the shop's own.
 */
final class PrestaShopLinks implements Links
{
    const MODULE = 'ebpdocuments';

    /** @var \Link|null */
    private $link;

    /**
     * $link may be null: PrestaShop's config/config.inc.php (8 and 9) updates the logged-in customer, so runs the
     * customer hooks and builds the Application, before it sets Context::$link.
     */
    public function __construct(?\Link $link)
    {
        $this->link = $link;
    }

    /**
     * The Link given, else the context's one once PrestaShop has set it, else a Link of the current request.
     */
    private function link(): \Link
    {
        if ($this->link === null) {
            $context = \Context::getContext();
            $contextLink = $context instanceof \Context ? $context->link : null;
            if (!$contextLink instanceof \Link) {
                return new \Link();
            }
            $this->link = $contextLink;
        }

        return $this->link;
    }

    public function adminCustomer(int $customerId): string
    {
        return $this->link()->getAdminLink(
            'AdminCustomers',
            true,
            ['route' => 'admin_customers_view', 'customerId' => $customerId],
            ['id_customer' => $customerId, 'viewcustomer' => 1]
        );
    }

    public function adminModuleTab(): string
    {
        return (string) $this->link()->getAdminLink('AdminEbpdocuments', false);
    }

    public function adminWebserviceKeys(): string
    {
        return $this->link()->getAdminLink('AdminWebservice', true, ['route' => 'admin_webservice_keys_index']);
    }

    public function adminWebserviceKey(int $webserviceAccountId): string
    {
        return $this->link()->getAdminLink(
            'AdminWebservice',
            true,
            ['route' => 'admin_webservice_keys_edit', 'webserviceKeyId' => $webserviceAccountId],
            ['id_webservice_account' => $webserviceAccountId, 'updatewebservice_account' => 1]
        );
    }

    public function adminOrder(int $orderId): string
    {
        return $this->link()->getAdminLink(
            'AdminOrders',
            true,
            ['route' => 'admin_orders_view', 'orderId' => $orderId],
            ['id_order' => $orderId, 'vieworder' => 1]
        );
    }

    public function adminDocumentDownload(int $documentId): string
    {
        return $this->link()->getAdminLink(
            'AdminEbpdocuments',
            true,
            [],
            ['ajax' => 1, 'action' => 'downloadDocument', 'id' => $documentId]
        );
    }

    public function adminAction(string $action, array $query = []): string
    {
        return $this->link()->getAdminLink('AdminEbpdocuments', true, [], ['ajax' => 1, 'action' => $action] + $query);
    }

    public function myDocuments(array $query = []): string
    {
        return $this->link()->getModuleLink(self::MODULE, 'documents', $query);
    }

    public function customerDownload(int $documentId, string $accessToken): string
    {
        return $this->link()->getModuleLink(self::MODULE, 'download', ['id' => $documentId, 'token' => $accessToken]);
    }

    public function guestDownload(int $documentId, string $accessToken): string
    {
        return $this->link()->getModuleLink(self::MODULE, 'guestdownload', ['id' => $documentId, 'token' => $accessToken]);
    }

    public function guestTracking(int $languageId, int $shopId): string
    {
        return $this->link()->getPageLink('guest-tracking', true, $languageId > 0 ? $languageId : null, null, false, $shopId > 0 ? $shopId : null);
    }

    public function orderDetail(int $orderId): string
    {
        return $this->link()->getPageLink('order-detail', null, null, ['id_order' => $orderId]);
    }

    public function receiveEndpoint(): string
    {
        return $this->link()->getModuleLink(self::MODULE, 'receive');
    }

    public function apiEndpoint(): string
    {
        return $this->link()->getModuleLink(self::MODULE, 'api');
    }
}
