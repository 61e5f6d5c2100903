<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer\Hook;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\ClaimService;
use Ebpdocuments\Customer\CustomerDocumentsQuery;
use Ebpdocuments\Customer\CustomerIdentity;
use Ebpdocuments\Customer\CustomerPageGuard;
use Ebpdocuments\Kernel\Support\Links;

/**
 * displayCustomerAccount: the "My documents" tile on My account, with the count of documents not yet opened: the new
 * ones, and those waiting for the account to confirm its e-mail address (My documents then asks for the code), so a
 * customer who never opens My documents still sees that something is there.
 * Template: views/templates/hook/customer-account-tile.tpl (classic) or customer-account-tile-hummingbird.tpl.
 */
final class CustomerAccountTile
{
    /** @var CustomerPageGuard */
    private $guard;
    /** @var CustomerDocumentsQuery */
    private $documents;
    /** @var ClaimService */
    private $claims;
    /** @var Links */
    private $links;

    public function __construct(CustomerPageGuard $guard, CustomerDocumentsQuery $documents, ClaimService $claims, Links $links)
    {
        $this->guard = $guard;
        $this->documents = $documents;
        $this->claims = $claims;
        $this->links = $links;
    }

    /**
     * @return array{url: string, newCount: int, newCountCapped: bool}|null null = show nothing (guest or nobody logged
     *     in); newCount at most CustomerDocumentsQuery::COUNT_CAP, newCountCapped when there are more ("99+")
     */
    public function variables(CustomerIdentity $identity, int $shopId): ?array
    {
        if (!$this->guard->allows($identity)) {
            return null;
        }

        $newCount = $this->documents->newCount($identity->customerId(), $shopId);
        if ($newCount <= CustomerDocumentsQuery::COUNT_CAP) {
            $newCount += $this->claims->waitingCount($identity, $shopId, CustomerDocumentsQuery::COUNT_CAP);
        }

        return [
            'url' => $this->links->myDocuments(),
            'newCount' => min($newCount, CustomerDocumentsQuery::COUNT_CAP),
            'newCountCapped' => $newCount > CustomerDocumentsQuery::COUNT_CAP,
        ];
    }
}
