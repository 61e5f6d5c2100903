<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Database\RetryableDatabaseException;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Domain\MatchMethod;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\Mailer;
use Ebpdocuments\Kernel\Support\ServerSecret;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;

/**
 * Lets a logged-in customer prove they read their account's mailbox, then hands them the documents waiting for
 * that address (PrestaShop never verifies e-mails, so registering with an address proves nothing).
 *
 * Decisions:
 * - The code is mailed on EVERY request (within the rate limit), whether or not documents wait. The page answer,
 *   the time taken and the mail sent are then the same in both cases; only the mailbox owner, after typing the
 *   code, learns the count. The mail says "if documents wait".
 * - 6 digits from random_int, valid 15 minutes, 5 tries; a new code replaces the previous one. The mail carries a
 *   code, never a link (mail scanners open links).
 * - Budget (ClaimBudget, atomic): at most 3 codes per hour per account AND per e-mail address, whatever the shop;
 *   the address keeps its budget when it moves to another account.
 * - Stored as an HMAC keyed with the server secret (ServerSecret: PrestaShop's _COOKIE_KEY_, not in the database)
 *   over the shop, customer, e-mail, expiry and code, compared with hash_equals: a copy of the tables alone cannot
 *   be brute-forced back to the live code.
 * - The claim only works while the account's e-mail is the one the code was sent to. A successful claim also
 *   records that the account proved that address (Matching\EmailProofs): its later documents matched by e-mail go
 *   straight to it.
 */
final class ClaimService
{
    const CODE_TTL_MINUTES = 15;
    const MAX_ATTEMPTS = 5;
    const MAX_CODES_PER_HOUR = 3;
    const TEMPLATE = 'ebpdocuments_claim_code';

    /** @var Connection */
    private $connection;
    /** @var Clock */
    private $clock;
    /** @var Mailer */
    private $mailer;
    /** @var Links */
    private $links;
    /** @var ShopWordings */
    private $wordings;
    /** @var CustomerAccounts */
    private $accounts;
    /** @var WaitingDocuments */
    private $waiting;
    /** @var EmailNormalizer */
    private $normalizer;
    /** @var ClaimBudget */
    private $budget;
    /** @var EmailProofs */
    private $proofs;
    /** @var ServerSecret */
    private $secret;

    public function __construct(
        Connection $connection,
        Clock $clock,
        Mailer $mailer,
        Links $links,
        ShopWordings $wordings,
        CustomerAccounts $accounts,
        WaitingDocuments $waiting,
        EmailNormalizer $normalizer,
        ClaimBudget $budget,
        EmailProofs $proofs,
        ServerSecret $secret
    ) {
        $this->budget = $budget;
        $this->proofs = $proofs;
        $this->secret = $secret;
        $this->connection = $connection;
        $this->clock = $clock;
        $this->mailer = $mailer;
        $this->links = $links;
        $this->wordings = $wordings;
        $this->accounts = $accounts;
        $this->waiting = $waiting;
        $this->normalizer = $normalizer;
    }

    public function requestCode(CustomerIdentity $identity, int $shopId): ClaimResult
    {
        $account = $identity->isRegisteredCustomer() ? $this->accounts->findRegistered($identity->customerId()) : null;
        if ($account === null) {
            // Controllers never get here (the guard sends them to login); answer like a sent code anyway.
            return new ClaimResult(ClaimResult::CODE_SENT, $this->wordings->claimCodeSent());
        }
        $now = $this->clock->now();
        $email = $this->normalizer->normalize($account['email']);
        $budgets = ['customer|' . $account['id']];
        if ($email !== null) {
            $budgets[] = 'email|' . $email;
        }
        if (!$this->budget->take($budgets, self::MAX_CODES_PER_HOUR)) {
            return new ClaimResult(ClaimResult::RATE_LIMITED, $this->wordings->claimTooManyRequests());
        }
        if ($email === null) {
            return new ClaimResult(ClaimResult::CODE_SENT, $this->wordings->claimCodeSent());
        }

        $code = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
        $expiresAt = $now->modify('+' . self::CODE_TTL_MINUTES . ' minutes');
        $store = function () use ($account, $shopId, $email, $code, $expiresAt, $now) {
            // One live code at a time: older ones stop working.
            $this->connection->execute(
                'UPDATE PREFIX_ebpdocuments_claim SET used_at = :now WHERE id_customer = :customer AND id_shop = :shop AND used_at IS NULL',
                ['now' => $now, 'customer' => $account['id'], 'shop' => $shopId]
            );
            $this->connection->insert(
                'INSERT INTO PREFIX_ebpdocuments_claim (id_shop, id_customer, email, code_hash, attempts, expires_at, used_at, date_add)
                 VALUES (:shop, :customer, :email, :hash, 0, :expires, NULL, :now)',
                [
                    'shop' => $shopId,
                    'customer' => $account['id'],
                    'email' => $email,
                    'hash' => $this->codeHash($code, $account['id'], $shopId, $email, $expiresAt->format('Y-m-d H:i:s')),
                    'expires' => $expiresAt,
                    'now' => $now,
                ]
            );
        };
        for ($try = 1; ; ++$try) {
            try {
                // Parallel requests of one account (within the budget) may deadlock on the claim index: retry.
                $this->connection->transactional($store);
                break;
            } catch (RetryableDatabaseException $e) {
                if ($try >= 3) {
                    throw $e;
                }
            }
        }

        $this->mailer->send(
            $identity->languageId() > 0 ? $identity->languageId() : $account['languageId'],
            self::TEMPLATE,
            $this->wordings->claimCodeSubject(),
            [
                '{firstname}' => $account['firstname'],
                '{lastname}' => $account['lastname'],
                '{code}' => $code,
                '{expiry_minutes}' => (string) self::CODE_TTL_MINUTES,
                '{my_documents_url}' => $this->links->myDocuments(),
            ],
            $account['email'],
            trim($account['firstname'] . ' ' . $account['lastname']),
            $shopId
        );

        return new ClaimResult(ClaimResult::CODE_SENT, $this->wordings->claimCodeSent());
    }

    /**
     * How many documents wait for the logged-in account's address (My documents shows the number and the code form,
     * the account tile counts them with the new ones), up to $cap + 1 (= more than $cap).
     */
    public function waitingCount(CustomerIdentity $identity, int $shopId, int $cap): int
    {
        $account = $identity->isRegisteredCustomer() ? $this->accounts->findRegistered($identity->customerId()) : null;
        $email = $account === null ? null : $this->normalizer->normalize($account['email']);

        return $email === null ? 0 : $this->waiting->count($shopId, $email, $cap);
    }

    /**
     * Whether the customer has a code that can still be typed (sent, unused, not expired, tries left): the page then
     * shows the code form instead of "Send me a code". Says nothing about waiting documents (a code is sent either way).
     */
    public function hasPendingCode(int $customerId, int $shopId): bool
    {
        if ($customerId <= 0) {
            return false;
        }
        $claim = $this->connection->fetchRow(
            'SELECT attempts, expires_at FROM PREFIX_ebpdocuments_claim
             WHERE id_customer = :customer AND id_shop = :shop AND used_at IS NULL
             ORDER BY id_claim DESC LIMIT 1',
            ['customer' => $customerId, 'shop' => $shopId]
        );

        return $claim !== null && (int) $claim['attempts'] < self::MAX_ATTEMPTS
            && (string) $claim['expires_at'] > $this->clock->now()->format('Y-m-d H:i:s');
    }

    public function claim(CustomerIdentity $identity, int $shopId, string $code): ClaimResult
    {
        $invalid = new ClaimResult(ClaimResult::INVALID_CODE, $this->wordings->claimWrongCode());
        $code = (string) preg_replace('/\s+/', '', $code);
        $account = $identity->isRegisteredCustomer() ? $this->accounts->findRegistered($identity->customerId()) : null;
        if ($account === null || preg_match('/^\d{6}$/', $code) !== 1) {
            return $invalid;
        }
        $email = $this->normalizer->normalize($account['email']);
        $now = $this->clock->now();

        $attached = $this->connection->transactional(function () use ($account, $shopId, $email, $code, $now) {
            $claim = $this->connection->fetchRow(
                'SELECT * FROM PREFIX_ebpdocuments_claim
                 WHERE id_customer = :customer AND id_shop = :shop AND used_at IS NULL
                 ORDER BY id_claim DESC LIMIT 1 FOR UPDATE',
                ['customer' => $account['id'], 'shop' => $shopId]
            );
            if ($claim === null || (int) $claim['attempts'] >= self::MAX_ATTEMPTS || (string) $claim['expires_at'] <= $now->format('Y-m-d H:i:s')) {
                return null;
            }
            $this->connection->execute(
                'UPDATE PREFIX_ebpdocuments_claim SET attempts = attempts + 1 WHERE id_claim = :id',
                ['id' => (int) $claim['id_claim']]
            );
            $expected = $this->codeHash($code, $account['id'], $shopId, (string) $claim['email'], (string) $claim['expires_at']);
            if ($email === null || $email !== $claim['email'] || !hash_equals((string) $claim['code_hash'], $expected)) {
                return null;
            }
            $this->connection->execute(
                'UPDATE PREFIX_ebpdocuments_claim SET used_at = :now WHERE id_claim = :id',
                ['now' => $now, 'id' => (int) $claim['id_claim']]
            );

            $this->proofs->record($account['id'], $email, EmailProofs::METHOD_CODE);

            return $this->waiting->attach($shopId, $account['id'], $email, MatchMethod::CLAIM, EventType::CLAIMED);
        });

        if ($attached === null) {
            return $invalid;
        }

        return new ClaimResult(ClaimResult::CLAIMED, $this->wordings->claimAttached((int) $attached), (int) $attached);
    }

    /**
     * Keyed with the server secret: the row's own values (shop, customer, e-mail, expiry) are known to whoever reads
     * the table, so without the secret they would be enough to try the 10^6 codes.
     */
    private function codeHash(string $code, int $customerId, int $shopId, string $email, string $expiresAt): string
    {
        return hash_hmac('sha256', $shopId . '|' . $customerId . '|' . $email . '|' . $expiresAt . '|' . $code, $this->secret->keyFor('claim-code'));
    }
}
