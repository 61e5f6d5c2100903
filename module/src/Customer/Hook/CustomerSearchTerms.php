<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer\Hook;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Storage\Repository\CustomerTermRepository;

/**
 * The customer hooks keep the back office's customer search terms (Storage\Repository\CustomerTermRepository) in step with
 * ps_customer: a new or saved customer gets its current terms, a deleted one (soft or hard) none.
 */
final class CustomerSearchTerms
{
    /** @var CustomerTermRepository */
    private $terms;

    public function __construct(CustomerTermRepository $terms)
    {
        $this->terms = $terms;
    }

    public function saved(int $customerId, bool $deleted, ?string $firstname, ?string $lastname, ?string $email, ?string $company): void
    {
        if ($deleted) {
            $this->terms->remove($customerId);

            return;
        }
        $this->terms->replace($customerId, CustomerTermRepository::termsOf($firstname, $lastname, $email, $company));
    }

    public function deleted(int $customerId): void
    {
        $this->terms->remove($customerId);
    }
}
