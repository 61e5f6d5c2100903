<?php

declare(strict_types=1);

namespace Ebpdocuments\Wiring;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Front;
use Ebpdocuments\Gdpr;
use Ebpdocuments\Repository;

/**
 * The customer side: My documents, downloads, one-time codes, guest orders, the shop's customer hooks and GDPR.
 */
final class CustomerServices extends Provider
{
    /** @var CoreServices */
    private $core;

    public function __construct(CoreServices $core)
    {
        $this->core = $core;
    }

    public function shopWordings(): Front\ShopWordings
    {
        return $this->core->shopWordings();
    }

    public function customerPageGuard(): Front\CustomerPageGuard
    {
        return $this->shared(Front\CustomerPageGuard::class, function () {
            return new Front\CustomerPageGuard();
        });
    }

    public function customerDocuments(): Front\CustomerDocumentsQuery
    {
        return $this->shared(Front\CustomerDocumentsQuery::class, function () {
            return new Front\CustomerDocumentsQuery($this->core->connection(), $this->core->settings(), $this->core->links(), $this->shopWordings());
        });
    }

    public function download(): Front\DownloadService
    {
        return $this->shared(Front\DownloadService::class, function () {
            $core = $this->core;

            return new Front\DownloadService($core->connection(), $core->storage(), $core->events(), $core->clock(), $core->settings(), $this->shopWordings(), $core->errorLog());
        });
    }

    public function waitingDocuments(): Front\WaitingDocuments
    {
        return $this->shared(Front\WaitingDocuments::class, function () {
            return new Front\WaitingDocuments($this->core->connection(), $this->core->events(), $this->core->emailNormalizer(), $this->core->clock());
        });
    }

    public function claims(): Front\ClaimService
    {
        return $this->shared(Front\ClaimService::class, function () {
            $core = $this->core;

            return new Front\ClaimService(
                $core->connection(),
                $core->clock(),
                $core->mailer(),
                $core->links(),
                $this->shopWordings(),
                $core->customerAccounts(),
                $this->waitingDocuments(),
                $core->emailNormalizer(),
                $this->claimBudget(),
                $core->emailProofs(),
                $core->serverSecret()
            );
        });
    }

    public function claimBudget(): Front\ClaimBudget
    {
        return $this->shared(Front\ClaimBudget::class, function () {
            return new Front\ClaimBudget($this->core->connection(), $this->core->clock());
        });
    }

    public function myDocumentsPage(): Front\MyDocumentsPage
    {
        return $this->shared(Front\MyDocumentsPage::class, function () {
            return new Front\MyDocumentsPage($this->customerDocuments(), $this->claims(), $this->core->links(), $this->shopWordings());
        });
    }

    /** The documents of a guest order on the guest tracking page (built by the core: the guest order e-mail uses it). */
    public function guestOrderDocuments(): Front\GuestOrderDocuments
    {
        return $this->core->guestOrderDocuments();
    }

    public function guestConverted(): Front\Hook\GuestConverted
    {
        return $this->shared(Front\Hook\GuestConverted::class, function () {
            $core = $this->core;

            return new Front\Hook\GuestConverted($core->connection(), $core->customerAccounts(), $core->emailNormalizer(), $core->documentManager(), $core->errorLog());
        });
    }

    public function customerAccountTile(): Front\Hook\CustomerAccountTile
    {
        return $this->shared(Front\Hook\CustomerAccountTile::class, function () {
            return new Front\Hook\CustomerAccountTile($this->customerPageGuard(), $this->customerDocuments(), $this->core->links());
        });
    }

    public function myAccountBlockLink(): Front\Hook\MyAccountBlockLink
    {
        return $this->shared(Front\Hook\MyAccountBlockLink::class, function () {
            return new Front\Hook\MyAccountBlockLink($this->core->links());
        });
    }

    public function orderDetailDocuments(): Front\Hook\OrderDetailDocuments
    {
        return $this->shared(Front\Hook\OrderDetailDocuments::class, function () {
            return new Front\Hook\OrderDetailDocuments($this->core->connection(), $this->customerPageGuard(), $this->customerDocuments());
        });
    }

    public function accountCreated(): Front\Hook\AccountCreated
    {
        return $this->shared(Front\Hook\AccountCreated::class, function () {
            $core = $this->core;

            return new Front\Hook\AccountCreated($core->connection(), $core->settings(), $core->customerAccounts(), $this->waitingDocuments(), $core->emailNormalizer(), $core->emailProofs());
        });
    }

    public function customerSearchTerms(): Front\Hook\CustomerSearchTerms
    {
        return $this->shared(Front\Hook\CustomerSearchTerms::class, function () {
            return new Front\Hook\CustomerSearchTerms(new Repository\CustomerTermRepository($this->core->connection()));
        });
    }

    public function customerDeleted(): Front\Hook\CustomerDeleted
    {
        return $this->shared(Front\Hook\CustomerDeleted::class, function () {
            return new Front\Hook\CustomerDeleted($this->core->documentManager(), $this->core->settings());
        });
    }

    public function gdprExport(): Gdpr\CustomerDataExport
    {
        return $this->shared(Gdpr\CustomerDataExport::class, function () {
            return new Gdpr\CustomerDataExport($this->core->connection(), $this->shopWordings());
        });
    }

    public function gdprErasure(): Gdpr\CustomerDataErasure
    {
        return $this->shared(Gdpr\CustomerDataErasure::class, function () {
            $core = $this->core;

            return new Gdpr\CustomerDataErasure(
                $core->connection(),
                $core->storage(),
                $core->events(),
                $core->customerAccounts(),
                $core->emailNormalizer(),
                $core->emailProofs(),
                $this->claimBudget()
            );
        });
    }
}
