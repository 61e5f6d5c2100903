<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Every URL the module shows or answers. PrestaShop's Link builds them in the shop (Shop\PrestaShopLinks);
 * the test harness has its own. Neither JavaScript nor templates ever build one.
 */
interface Links
{
    /** Back-office customer page. */
    public function adminCustomer(int $customerId): string;

    /** Back-office order page. */
    public function adminOrder(int $orderId): string;

    /** Admin download of a document's PDF (carries the admin token). */
    public function adminDocumentDownload(int $documentId): string;

    /**
     * A back-office GET link to one admin AJAX action (exports, downloads), with the admin token; the app may only
     * add the action's own parameters to it.
     *
     * @param array<string, string|int> $query
     */
    public function adminAction(string $action, array $query = []): string;

    /**
     * The customer's "My documents" page.
     *
     * @param array<string, string|int> $query
     */
    public function myDocuments(array $query = []): string;

    /** The customer's download URL of one document (owner check + per-document token). */
    public function customerDownload(int $documentId, string $accessToken): string;

    /** Front-office order detail page. */
    /** A guest order's document, for the guest-tracking session that proved the order (Customer\GuestOrderDocuments). */
    public function guestDownload(int $documentId, string $accessToken): string;

    /**
     * PrestaShop's guest order tracking page (order reference + e-mail) in that language and shop, for the guest
     * order mail (Customer\NewDocumentNotifier).
     */
    public function guestTracking(int $languageId, int $shopId): string;

    public function orderDetail(int $orderId): string;

    /** Back-office list of the shop's Webservice keys (Advanced Parameters › Webservice). */
    public function adminWebserviceKeys(): string;

    /** Back-office edit page of one Webservice key (where its rights are ticked). */
    public function adminWebserviceKey(int $webserviceAccountId): string;

    /**
     * The module's back-office tab, without token (for a mail: PrestaShop asks to log in, then to confirm the
     * page, since an admin token belongs to one employee and must not travel by mail). '' where PrestaShop cannot
     * build back-office links (front-office requests such as the cron).
     */
    public function adminModuleTab(): string;

    /** E-connecteur compatible receiving URL. */
    public function receiveEndpoint(): string;

    /** Base URL of the JSON API v1 (the route goes in the "route" query parameter). */
    public function apiEndpoint(): string;
}
