<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer\Hook;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\CustomerDocumentsQuery;
use Ebpdocuments\Customer\CustomerIdentity;
use Ebpdocuments\Customer\CustomerPageGuard;
use Ebpdocuments\Kernel\Database\Connection;

/**
 * displayOrderDetail: the documents linked to the order shown. PrestaShop also fires this hook on guest order
 * tracking, so the order must belong to the logged-in registered customer; otherwise nothing is shown.
 * Template: views/templates/hook/order-detail-documents.tpl.
 */
final class OrderDetailDocuments
{
    /** @var Connection */
    private $connection;
    /** @var CustomerPageGuard */
    private $guard;
    /** @var CustomerDocumentsQuery */
    private $documents;

    public function __construct(Connection $connection, CustomerPageGuard $guard, CustomerDocumentsQuery $documents)
    {
        $this->connection = $connection;
        $this->guard = $guard;
        $this->documents = $documents;
    }

    /**
     * @return array{documents: array<int, array<string, mixed>>}|null null = show nothing
     */
    public function variables(CustomerIdentity $identity, int $shopId, int $orderId): ?array
    {
        if (!$this->guard->allows($identity) || $orderId <= 0) {
            return null;
        }
        $owner = $this->connection->fetchValue('SELECT id_customer FROM PREFIX_orders WHERE id_order = :id', ['id' => $orderId]);
        if ($owner === null || (int) $owner !== $identity->customerId()) {
            return null;
        }
        $documents = $this->documents->forOrder($identity->customerId(), $shopId, $orderId);

        return $documents === [] ? null : ['documents' => $documents];
    }
}
