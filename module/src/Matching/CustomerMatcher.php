<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\MatchMethod;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Matching\CustomerLinkRepository;

/**
 * Decides which customer a document belongs to (docs/ARCHITECTURE.md, "Matching order"):
 * 1. the learned link from the EBP customer code; 2. the billing e-mail; 3. the web order.
 * A match by e-mail alone is subject to EmailProofs: while the account has not proven the address, the document
 * waits (UNPROVEN_EMAIL) unless it names a web order of that same account.
 */
final class CustomerMatcher
{
    /** @var Connection */
    private $connection;
    /** @var EmailNormalizer */
    private $normalizer;
    /** @var OrderResolver */
    private $orders;
    /** @var CustomerLinkRepository */
    private $links;
    /** @var EmailProofs */
    private $proofs;
    /** @var array<int, CustomerScope> */
    private $scopes = [];

    public function __construct(Connection $connection, EmailNormalizer $normalizer, OrderResolver $orders, CustomerLinkRepository $links, EmailProofs $proofs)
    {
        $this->connection = $connection;
        $this->normalizer = $normalizer;
        $this->orders = $orders;
        $this->links = $links;
        $this->proofs = $proofs;
    }

    public function match(int $shopId, string $billingEmail, ?string $customerCode = null, ?string $orderRef = null): MatchResult
    {
        $hasOrder = $orderRef !== null && trim($orderRef) !== '';
        $hasCode = $customerCode !== null && trim($customerCode) !== '';
        // The usual document (an e-mail, no order, no code) needs no scope of its own: matchByEmail() reads it in
        // the same statement.
        $scope = $hasOrder || $hasCode ? $this->scopeFor($shopId) : null;
        $order = $scope !== null && $hasOrder ? $this->orders->resolve($scope, (string) $orderRef) : null;
        $linked = $scope !== null ? $this->linkedCustomer($scope, $customerCode) : null;
        // The proof of the e-mail (when required) comes back with the e-mail lookup: one statement, not two.
        $proven = null;
        $result = $linked !== null ? MatchResult::attached($linked, MatchMethod::CODE_LINK) : $this->matchByEmail($shopId, $billingEmail, $proven);
        if ($result->isAttached()) {
            $ownOrder = $order !== null && $order->customerId() === $result->customerId();
            if (!$ownOrder && $result->method() === MatchMethod::EMAIL && $proven === false) {
                // Whoever registered first with the address would otherwise receive every later document.
                return MatchResult::waiting(WaitingReason::UNPROVEN_EMAIL);
            }

            return $result->withOrder($ownOrder ? $order->orderId() : null);
        }
        // Only when the e-mail names nobody may the order decide; a guest-only or ambiguous e-mail stays waiting.
        $emailNamedNobody = $result->reason() === WaitingReason::NO_ACCOUNT || $result->reason() === WaitingReason::INVALID_EMAIL;
        if ($emailNamedNobody && $order !== null && $this->isAssignable($shopId, $order->customerId())) {
            return MatchResult::attached($order->customerId(), MatchMethod::ORDER, $order->orderId());
        }

        return $result;
    }

    /**
     * Registered (not guest), not deleted and visible to the shop: the only customers a document may go to.
     */
    public function isAssignable(int $shopId, int $customerId): bool
    {
        if ($customerId <= 0) {
            return false;
        }
        $scope = $this->scopeFor($shopId)->customerCondition('c');
        $found = $this->connection->fetchValue(
            'SELECT c.id_customer FROM PREFIX_customer c
             WHERE c.id_customer = :id AND c.is_guest = 0 AND c.deleted = 0 AND ' . $scope['sql'],
            array_merge(['id' => $customerId], $scope['params'])
        );

        return $found !== null;
    }

    /**
     * Links the order named by $orderRef when it belongs to $customerId (used after a manual assignment).
     */
    public function orderOf(int $shopId, int $customerId, ?string $orderRef): ?int
    {
        if ($orderRef === null || trim($orderRef) === '') {
            return null;
        }
        $order = $this->orders->resolve($this->scopeFor($shopId), $orderRef);

        return $order !== null && $order->customerId() === $customerId ? $order->orderId() : null;
    }

    public function scopeFor(int $shopId): CustomerScope
    {
        if (!isset($this->scopes[$shopId])) {
            $this->scopes[$shopId] = CustomerScope::forShop($this->connection, $shopId);
        }

        return $this->scopes[$shopId];
    }

    private function linkedCustomer(CustomerScope $scope, ?string $customerCode): ?int
    {
        if ($customerCode === null || trim($customerCode) === '') {
            return null;
        }
        $customerId = $this->links->find($scope->shopId(), trim($customerCode));
        if ($customerId === null || !$this->isAssignable($scope->shopId(), $customerId)) {
            // A link to a customer who was deleted or became unusable is ignored, never followed.
            return null;
        }

        return $customerId;
    }

    /**
     * The usual document's match (an e-mail, no order, no customer code) as one SELECT a caller may send with its
     * own (EmailCandidates); null when the match needs more than that statement, or none (an invalid e-mail): then
     * match(). matchCandidates() on that SELECT's rows gives what match() would.
     */
    public function emailCandidates(int $shopId, string $billingEmail, ?string $customerCode = null, ?string $orderRef = null): ?EmailCandidates
    {
        if (($orderRef !== null && trim($orderRef) !== '') || ($customerCode !== null && trim($customerCode) !== '')) {
            return null;
        }
        $normalized = $this->normalizer->normalize($billingEmail);

        return $normalized === null ? null : $this->candidatesQuery($shopId, $normalized);
    }

    /**
     * match() of the usual document, from the rows of its EmailCandidates SELECT.
     *
     * @param array<int, array<string, mixed>> $rows
     */
    public function matchCandidates(EmailCandidates $candidates, array $rows): MatchResult
    {
        $proven = null;
        $result = $this->matchRows($candidates->normalizedEmail(), $rows, $proven);
        if ($result->isAttached() && $result->method() === MatchMethod::EMAIL && $proven === false) {
            // As in match(): no order of that account vouches for the address.
            return MatchResult::waiting(WaitingReason::UNPROVEN_EMAIL);
        }

        return $result;
    }

    /**
     * @param bool|null $proven set when one registered account matches: whether it proved the address (always true
     *                          when no proof is required), from the same statement as the lookup
     */
    private function matchByEmail(int $shopId, string $billingEmail, ?bool &$proven = null): MatchResult
    {
        $proven = null;
        $normalized = $this->normalizer->normalize($billingEmail);
        if ($normalized === null) {
            return MatchResult::waiting(WaitingReason::INVALID_EMAIL);
        }
        $query = $this->candidatesQuery($shopId, $normalized);

        return $this->matchRows($normalized, $this->connection->fetchAll($query->sql(), $query->params()), $proven);
    }

    private function candidatesQuery(int $shopId, string $normalized): EmailCandidates
    {
        $candidates = $this->normalizer->sqlCandidates($normalized);
        $proofRequired = $this->proofs->required();
        // The account's proof of this exact address (EmailProofs), read with the candidates.
        $columns = 'c.id_customer AS candidate_id, c.email AS candidate_email, c.is_guest AS candidate_is_guest'
            . ($proofRequired ? ', p.id_customer IS NOT NULL AS candidate_proven' : ', 1 AS candidate_proven');
        $proofJoin = $proofRequired
            ? ' LEFT JOIN PREFIX_ebpdocuments_email_proof p ON p.id_customer = c.id_customer AND p.email_hash = :candidate_proof'
            : '';
        $proofParams = $proofRequired ? ['candidate_proof' => EmailProofs::emailHash($normalized)] : [];
        if (isset($this->scopes[$shopId])) {
            $condition = $this->scopes[$shopId]->customerCondition('c');

            return new EmailCandidates(
                'SELECT ' . $columns . ' FROM PREFIX_customer c' . $proofJoin . '
                 WHERE c.email IN :candidate_emails AND c.deleted = 0 AND ' . $condition['sql'] . ' ORDER BY c.id_customer',
                array_merge(['candidate_emails' => $candidates], $condition['params'], $proofParams),
                $normalized
            );
        }

        // CustomerScope's rule in the same statement: the shop's own customers, or its group's when the group shares
        // customers (an unknown shop: its own id only, never wider).
        return new EmailCandidates(
            'SELECT ' . $columns . ' FROM PREFIX_customer c
             LEFT JOIN PREFIX_shop s ON s.id_shop = :candidate_shop
             LEFT JOIN PREFIX_shop_group g ON g.id_shop_group = s.id_shop_group' . $proofJoin . '
             WHERE c.email IN :candidate_emails AND c.deleted = 0
               AND (c.id_shop = :candidate_shop2 OR (g.share_customer = 1 AND c.id_shop_group = s.id_shop_group))
             ORDER BY c.id_customer',
            array_merge(['candidate_emails' => $candidates, 'candidate_shop' => $shopId, 'candidate_shop2' => $shopId], $proofParams),
            $normalized
        );
    }

    /**
     * @param array<int, array<string, mixed>> $rows candidate_id, candidate_email, candidate_is_guest, candidate_proven
     */
    private function matchRows(string $normalized, array $rows, ?bool &$proven = null): MatchResult
    {
        $proven = null;
        $registered = [];
        $provenIds = [];
        $guests = 0;
        foreach ($rows as $row) {
            // The _ci collation equates "é" and "e" and ignores trailing spaces: re-compare on our own form.
            if ($this->normalizer->normalize((string) $row['candidate_email']) !== $normalized) {
                continue;
            }
            if ((int) $row['candidate_is_guest'] === 1) {
                ++$guests;
            } else {
                $registered[] = (int) $row['candidate_id'];
                if ((int) $row['candidate_proven'] === 1) {
                    $provenIds[(int) $row['candidate_id']] = true;
                }
            }
        }
        if (count($registered) === 1) {
            $proven = isset($provenIds[$registered[0]]);

            return MatchResult::attached($registered[0], MatchMethod::EMAIL);
        }
        if (count($registered) > 1) {
            return MatchResult::waiting(WaitingReason::AMBIGUOUS);
        }

        return MatchResult::waiting($guests > 0 ? WaitingReason::GUEST_ONLY : WaitingReason::NO_ACCOUNT);
    }
}
