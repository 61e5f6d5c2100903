<?php

declare(strict_types=1);

namespace Ebpdocuments\Wiring;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer;
use Ebpdocuments\Customer\Gdpr;
use Ebpdocuments\Storage\Repository;

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

    public function shopWordings(): Customer\ShopWordings
    {
        return $this->core->shopWordings();
    }

    public function customerPageGuard(): Customer\CustomerPageGuard
    {
        return $this->shared(Customer\CustomerPageGuard::class, function () {
            return new Customer\CustomerPageGuard();
        });
    }

    public function customerDocuments(): Customer\CustomerDocumentsQuery
    {
        return $this->shared(Customer\CustomerDocumentsQuery::class, function () {
            return new Customer\CustomerDocumentsQuery($this->core->connection(), $this->core->settings(), $this->core->links(), $this->shopWordings());
        });
    }

    public function download(): Customer\DownloadService
    {
        return $this->shared(Customer\DownloadService::class, function () {
            $core = $this->core;

            return new Customer\DownloadService($core->connection(), $core->storage(), $core->events(), $core->clock(), $core->settings(), $this->shopWordings(), $core->errorLog());
        });
    }

    public function waitingDocuments(): Customer\WaitingDocuments
    {
        return $this->shared(Customer\WaitingDocuments::class, function () {
            return new Customer\WaitingDocuments($this->core->connection(), $this->core->events(), $this->core->emailNormalizer(), $this->core->clock());
        });
    }

    public function claims(): Customer\ClaimService
    {
        return $this->shared(Customer\ClaimService::class, function () {
            $core = $this->core;

            return new Customer\ClaimService(
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

    public function claimBudget(): Customer\ClaimBudget
    {
        return $this->shared(Customer\ClaimBudget::class, function () {
            return new Customer\ClaimBudget($this->core->connection(), $this->core->clock());
        });
    }

    public function myDocumentsPage(): Customer\MyDocumentsPage
    {
        return $this->shared(Customer\MyDocumentsPage::class, function () {
            return new Customer\MyDocumentsPage($this->customerDocuments(), $this->claims(), $this->core->links(), $this->shopWordings());
        });
    }

    /** The documents of a guest order on the guest tracking page (built by the core: the guest order e-mail uses it). */
    public function guestOrderDocuments(): Customer\GuestOrderDocuments
    {
        return $this->core->guestOrderDocuments();
    }

    public function guestConverted(): Customer\Hook\GuestConverted
    {
        return $this->shared(Customer\Hook\GuestConverted::class, function () {
            $core = $this->core;

            return new Customer\Hook\GuestConverted($core->connection(), $core->customerAccounts(), $core->emailNormalizer(), $core->documentManager(), $core->errorLog());
        });
    }

    public function customerAccountTile(): Customer\Hook\CustomerAccountTile
    {
        return $this->shared(Customer\Hook\CustomerAccountTile::class, function () {
            return new Customer\Hook\CustomerAccountTile($this->customerPageGuard(), $this->customerDocuments(), $this->claims(), $this->core->links());
        });
    }

    public function myAccountBlockLink(): Customer\Hook\MyAccountBlockLink
    {
        return $this->shared(Customer\Hook\MyAccountBlockLink::class, function () {
            return new Customer\Hook\MyAccountBlockLink($this->core->links());
        });
    }

    public function orderDetailDocuments(): Customer\Hook\OrderDetailDocuments
    {
        return $this->shared(Customer\Hook\OrderDetailDocuments::class, function () {
            return new Customer\Hook\OrderDetailDocuments($this->core->connection(), $this->customerPageGuard(), $this->customerDocuments());
        });
    }

    public function accountCreated(): Customer\Hook\AccountCreated
    {
        return $this->shared(Customer\Hook\AccountCreated::class, function () {
            $core = $this->core;

            return new Customer\Hook\AccountCreated($core->connection(), $core->settings(), $core->customerAccounts(), $this->waitingDocuments(), $core->emailNormalizer(), $core->emailProofs());
        });
    }

    public function customerSearchTerms(): Customer\Hook\CustomerSearchTerms
    {
        return $this->shared(Customer\Hook\CustomerSearchTerms::class, function () {
            return new Customer\Hook\CustomerSearchTerms(new Repository\CustomerTermRepository($this->core->connection()));
        });
    }

    public function customerDeleted(): Customer\Hook\CustomerDeleted
    {
        return $this->shared(Customer\Hook\CustomerDeleted::class, function () {
            return new Customer\Hook\CustomerDeleted($this->core->documentManager(), $this->core->settings());
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
