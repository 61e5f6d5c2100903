<?php

declare(strict_types=1);

namespace Ebpdocuments\Front;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;
use Ebpdocuments\Domain\EventType;
use Ebpdocuments\Domain\MatchMethod;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Support\Clock;
use Ebpdocuments\Support\Links;
use Ebpdocuments\Support\Mailer;

/**
 * Lets a logged-in customer prove they read their account's mailbox, then hands them the documents kept aside for
 * that address (PrestaShop never verifies e-mails, so registering with an address proves nothing).
 *
 * Decisions:
 * - The code is mailed on EVERY request (within the rate limit), whether or not documents wait. The page answer,
 *   the time taken and the mail sent are then the same in both cases; only the mailbox owner, after typing the
 *   code, learns the count. The mail says "if documents wait".
 * - 6 digits from random_int, valid 15 minutes, 5 tries, 3 codes per hour per customer and shop; a new code
 *   replaces the previous one. The mail carries a code, never a link (mail scanners open links).
 * - Stored as an HMAC bound to the customer, shop, e-mail and expiry, compared with hash_equals. A database reader
 *   could still brute-force 10^6 values, but could read the documents too; the short expiry bounds the window.
 * - The claim only works while the account's e-mail is the one the code was sent to.
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

    public function __construct(
        Connection $connection,
        Clock $clock,
        Mailer $mailer,
        Links $links,
        ShopWordings $wordings,
        CustomerAccounts $accounts,
        WaitingDocuments $waiting,
        EmailNormalizer $normalizer
    ) {
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
        $recent = (int) $this->connection->fetchValue(
            'SELECT COUNT(*) FROM PREFIX_ebpdocuments_claim WHERE id_customer = :customer AND id_shop = :shop AND date_add > :since',
            ['customer' => $account['id'], 'shop' => $shopId, 'since' => $now->modify('-1 hour')]
        );
        if ($recent >= self::MAX_CODES_PER_HOUR) {
            return new ClaimResult(ClaimResult::RATE_LIMITED, $this->wordings->claimTooManyRequests());
        }
        $email = $this->normalizer->normalize($account['email']);
        if ($email === null) {
            return new ClaimResult(ClaimResult::CODE_SENT, $this->wordings->claimCodeSent());
        }

        $code = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
        $expiresAt = $now->modify('+' . self::CODE_TTL_MINUTES . ' minutes');
        $this->connection->transactional(function () use ($account, $shopId, $email, $code, $expiresAt, $now) {
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
                    'hash' => self::codeHash($code, $account['id'], $shopId, $email, $expiresAt->format('Y-m-d H:i:s')),
                    'expires' => $expiresAt,
                    'now' => $now,
                ]
            );
        });

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
            $expected = self::codeHash($code, $account['id'], $shopId, (string) $claim['email'], (string) $claim['expires_at']);
            if ($email === null || $email !== $claim['email'] || !hash_equals((string) $claim['code_hash'], $expected)) {
                return null;
            }
            $this->connection->execute(
                'UPDATE PREFIX_ebpdocuments_claim SET used_at = :now WHERE id_claim = :id',
                ['now' => $now, 'id' => (int) $claim['id_claim']]
            );

            return $this->waiting->attach($shopId, $account['id'], $email, MatchMethod::CLAIM, EventType::CLAIMED);
        });

        if ($attached === null) {
            return $invalid;
        }

        return new ClaimResult(ClaimResult::CLAIMED, $this->wordings->claimAttached((int) $attached), (int) $attached);
    }

    private static function codeHash(string $code, int $customerId, int $shopId, string $email, string $expiresAt): string
    {
        return hash_hmac('sha256', $code, 'ebpdocuments-claim|' . $shopId . '|' . $customerId . '|' . $email . '|' . $expiresAt);
    }
}
