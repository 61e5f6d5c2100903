<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;
use Ebpdocuments\Domain\MatchMethod;
use Ebpdocuments\Domain\NoticeReason;
use Ebpdocuments\Repository\CustomerLinkRepository;

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
        $result = $linked !== null ? MatchResult::attached($linked, MatchMethod::CODE_LINK) : $this->matchByEmail($shopId, $billingEmail);
        if ($result->isAttached()) {
            $ownOrder = $order !== null && $order->customerId() === $result->customerId();
            if (!$ownOrder && $result->method() === MatchMethod::EMAIL && !$this->emailProven((int) $result->customerId(), $billingEmail)) {
                // Whoever registered first with the address would otherwise receive every later document.
                return MatchResult::keptAside(NoticeReason::UNPROVEN_EMAIL);
            }

            return $result->withOrder($ownOrder ? $order->orderId() : null);
        }
        // Only when the e-mail names nobody may the order decide; a guest-only or ambiguous e-mail stays a notice.
        $emailNamedNobody = $result->reason() === NoticeReason::NO_ACCOUNT || $result->reason() === NoticeReason::INVALID_EMAIL;
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

    private function emailProven(int $customerId, string $billingEmail): bool
    {
        if (!$this->proofs->required()) {
            return true;
        }
        $normalized = $this->normalizer->normalize($billingEmail);

        return $normalized !== null && $this->proofs->isProven($customerId, $normalized);
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

    private function matchByEmail(int $shopId, string $billingEmail): MatchResult
    {
        $normalized = $this->normalizer->normalize($billingEmail);
        if ($normalized === null) {
            return MatchResult::keptAside(NoticeReason::INVALID_EMAIL);
        }
        $candidates = $this->normalizer->sqlCandidates($normalized);
        if (isset($this->scopes[$shopId])) {
            $condition = $this->scopes[$shopId]->customerCondition('c');
            $rows = $this->connection->fetchAll(
                'SELECT c.id_customer, c.email, c.is_guest FROM PREFIX_customer c
                 WHERE c.email IN :candidates AND c.deleted = 0 AND ' . $condition['sql'] . ' ORDER BY c.id_customer',
                array_merge(['candidates' => $candidates], $condition['params'])
            );
        } else {
            // CustomerScope's rule in the same statement: the shop's own customers, or its group's when the group
            // shares customers (an unknown shop: its own id only, never wider).
            $rows = $this->connection->fetchAll(
                'SELECT c.id_customer, c.email, c.is_guest FROM PREFIX_customer c
                 LEFT JOIN PREFIX_shop s ON s.id_shop = :shop
                 LEFT JOIN PREFIX_shop_group g ON g.id_shop_group = s.id_shop_group
                 WHERE c.email IN :candidates AND c.deleted = 0
                   AND (c.id_shop = :shop2 OR (g.share_customer = 1 AND c.id_shop_group = s.id_shop_group))
                 ORDER BY c.id_customer',
                ['candidates' => $candidates, 'shop' => $shopId, 'shop2' => $shopId]
            );
        }
        $registered = [];
        $guests = 0;
        foreach ($rows as $row) {
            // The _ci collation equates "é" and "e" and ignores trailing spaces: re-compare on our own form.
            if ($this->normalizer->normalize((string) $row['email']) !== $normalized) {
                continue;
            }
            if ((int) $row['is_guest'] === 1) {
                ++$guests;
            } else {
                $registered[] = (int) $row['id_customer'];
            }
        }
        if (count($registered) === 1) {
            return MatchResult::attached($registered[0], MatchMethod::EMAIL);
        }
        if (count($registered) > 1) {
            return MatchResult::keptAside(NoticeReason::AMBIGUOUS);
        }

        return MatchResult::keptAside($guests > 0 ? NoticeReason::GUEST_ONLY : NoticeReason::NO_ACCOUNT);
    }
}
