<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\CappedCount;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * Documents waiting for an e-mail that a registered customer may take once the e-mail is proven (claim code)
 * or, if the merchant chose so, when the account is created.
 *
 * Claimable: waiting documents of the shop whose normalized billing e-mail is the customer's, waiting because no
 * account could see them (NO_ACCOUNT, GUEST_ONLY) or because the only account with that e-mail had not proven it
 * yet (UNPROVEN_EMAIL, see Matching\EmailProofs). AMBIGUOUS waiting documents are not: two registered accounts share the
 * address, so the mailbox proof does not say which account is meant; the merchant decides. Dismissed waiting documents stay
 * the merchant's decision too.
 */
final class WaitingDocuments
{
    const CLAIMABLE_REASONS = [WaitingReason::NO_ACCOUNT, WaitingReason::GUEST_ONLY, WaitingReason::UNPROVEN_EMAIL];

    /** @var Connection */
    private $connection;
    /** @var EventRepository */
    private $events;
    /** @var EmailNormalizer */
    private $normalizer;
    /** @var Clock */
    private $clock;

    public function __construct(Connection $connection, EventRepository $events, EmailNormalizer $normalizer, Clock $clock)
    {
        $this->connection = $connection;
        $this->events = $events;
        $this->normalizer = $normalizer;
        $this->clock = $clock;
    }

    /**
     * How many documents the customer would receive by proving $normalizedEmail in $shopId (My documents and the
     * account tile say so), counted up to $cap + 1 only: a wholesaler's address may have thousands waiting.
     *
     * @return int at most $cap + 1 (= more than $cap)
     */
    public function count(int $shopId, string $normalizedEmail, int $cap): int
    {
        list($where, $params) = $this->claimableWhere($shopId, $normalizedEmail);

        // The bytes compared, not the _ci collation: only the exact normalized address counts, as in claimable().
        return CappedCount::of(
            $this->connection,
            'PREFIX_ebpdocuments_document WHERE ' . $where . ' AND CAST(email_normalized AS BINARY) IN :exact',
            $params + ['exact' => $params['emails']],
            $cap
        );
    }

    /**
     * Attaches every claimable document of $email in $shopId to the customer. Runs inside the caller's transaction
     * when there is one (rows are locked first).
     *
     * @param string $method MatchMethod::CLAIM or MatchMethod::ACCOUNT_CREATED
     * @param string $event EventType::CLAIMED or EventType::ATTACHED
     *
     * @return int how many documents were attached
     */
    public function attach(int $shopId, int $customerId, string $normalizedEmail, string $method, string $event): int
    {
        $attached = 0;
        foreach ($this->claimable($shopId, $normalizedEmail, true) as $row) {
            $changed = $this->connection->execute(
                'UPDATE PREFIX_ebpdocuments_document
                 SET status = :attached, id_customer = :customer, reason = NULL, match_method = :method, date_upd = :now
                 WHERE id_document = :id AND status = :pending',
                [
                    'attached' => DocumentStatus::ATTACHED,
                    'customer' => $customerId,
                    'method' => $method,
                    'now' => $this->clock->now(),
                    'id' => (int) $row['id_document'],
                    'pending' => DocumentStatus::WAITING,
                ]
            );
            if ($changed === 1) {
                $this->events->record($event, $row, ['method' => $method], $customerId);
                ++$attached;
            }
        }

        return $attached;
    }

    /**
     * @return array<int, array<string, string|null>>
     */
    private function claimable(int $shopId, string $normalizedEmail, bool $lock): array
    {
        list($where, $params) = $this->claimableWhere($shopId, $normalizedEmail);
        $rows = $this->connection->fetchAll(
            'SELECT * FROM PREFIX_ebpdocuments_document WHERE ' . $where . ' ORDER BY id_document' . ($lock ? ' FOR UPDATE' : ''),
            $params
        );
        $exact = [];
        foreach ($rows as $row) {
            // SQL compared under a _ci collation (é = e); only the exact normalized address counts.
            if ($this->normalizer->normalize((string) $row['email_normalized']) === $normalizedEmail) {
                $exact[] = $row;
            }
        }

        return $exact;
    }

    /**
     * @return array{0: string, 1: array{emails: string[], shop: int, pending: string, reasons: string[]}}
     */
    private function claimableWhere(int $shopId, string $normalizedEmail): array
    {
        return [
            'email_normalized IN :emails AND id_shop = :shop AND status = :pending AND reason IN :reasons',
            [
                'emails' => $this->normalizer->sqlCandidates($normalizedEmail),
                'shop' => $shopId,
                'pending' => DocumentStatus::WAITING,
                'reasons' => self::CLAIMABLE_REASONS,
            ],
        ];
    }
}
