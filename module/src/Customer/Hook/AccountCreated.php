<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer\Hook;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\CustomerAccounts;
use Ebpdocuments\Customer\WaitingDocuments;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Domain\MatchMethod;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;

/**
 * actionCustomerAccountAdd: only when the merchant turned AUTO_ATTACH_ON_ACCOUNT on (off by default, because
 * PrestaShop does not verify e-mails: whoever registers an address would get its documents). Guest checkouts
 * (also fired here) never get anything. Otherwise customers use the claim code on My documents.
 * While the e-mail proof rule is on (Matching\EmailProofs, the default) this attaches nothing either: a new
 * account has proven nothing, so its documents wait for the code like every match by e-mail alone.
 */
final class AccountCreated
{
    /** @var Connection */
    private $connection;
    /** @var Settings */
    private $settings;
    /** @var CustomerAccounts */
    private $accounts;
    /** @var WaitingDocuments */
    private $waiting;
    /** @var EmailNormalizer */
    private $normalizer;
    /** @var EmailProofs */
    private $proofs;

    public function __construct(Connection $connection, Settings $settings, CustomerAccounts $accounts, WaitingDocuments $waiting, EmailNormalizer $normalizer, EmailProofs $proofs)
    {
        $this->proofs = $proofs;
        $this->connection = $connection;
        $this->settings = $settings;
        $this->accounts = $accounts;
        $this->waiting = $waiting;
        $this->normalizer = $normalizer;
    }

    /**
     * @return int documents attached
     */
    public function handle(int $customerId, int $shopId): int
    {
        if ($this->settings->get(SettingKeys::AUTO_ATTACH_ON_ACCOUNT) !== '1' || $this->proofs->required()) {
            return 0;
        }
        $account = $this->accounts->findRegistered($customerId);
        $email = $account === null ? null : $this->normalizer->normalize($account['email']);
        if ($account === null || $email === null) {
            return 0;
        }

        return (int) $this->connection->transactional(function () use ($shopId, $account, $email) {
            return $this->waiting->attach($shopId, $account['id'], $email, MatchMethod::ACCOUNT_CREATED, EventType::ATTACHED);
        });
    }
}
