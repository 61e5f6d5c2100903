<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage\Documents;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Domain\MatchMethod;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Matching\CustomerLinkRepository;
use Ebpdocuments\Matching\CustomerMatcher;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Storage\Documents\DocumentListener;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\Repository\DocumentRepository;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * What the back office, the API and customer hooks do to stored documents. Each operation on a document is one
 * transaction with its event; files are deleted only after COMMIT (a crash leaves an orphan for the sweeper, never a
 * row without its file); the listener is told after COMMIT.
 */
final class DocumentManager
{
    const NOT_FOUND = 'This document does not exist any more. Reload the list.';
    const CHANGED = 'This document was changed meanwhile. Reload and try again.';
    const NOT_ASSIGNABLE = 'This customer cannot receive documents (guest, deleted or another shop).';

    /** @var Connection */
    private $connection;
    /** @var DocumentRepository */
    private $documents;
    /** @var EventRepository */
    private $events;
    /** @var CustomerLinkRepository */
    private $links;
    /** @var CustomerMatcher */
    private $matcher;
    /** @var EmailProofs */
    private $proofs;
    /** @var DocumentStorage */
    private $storage;
    /** @var Clock */
    private $clock;
    /** @var DocumentListener|null */
    private $listener;

    public function __construct(
        Connection $connection,
        DocumentRepository $documents,
        EventRepository $events,
        CustomerLinkRepository $links,
        CustomerMatcher $matcher,
        DocumentStorage $storage,
        Clock $clock,
        EmailProofs $proofs,
        ?DocumentListener $listener = null
    ) {
        $this->proofs = $proofs;
        $this->connection = $connection;
        $this->documents = $documents;
        $this->events = $events;
        $this->links = $links;
        $this->matcher = $matcher;
        $this->storage = $storage;
        $this->clock = $clock;
        $this->listener = $listener;
    }

    /**
     * Gives a document to a customer by hand. $rememberCode also links the document's EBP customer code to that
     * customer, so the next documents of that code find them. $expectedVersion (optional) refuses a stale edit.
     *
     * @return array<string, string|null> the updated row
     *
     * @throws Refusal 404 (no such document), 422 (customerId: not assignable), 409 (changed since loaded)
     */
    public function assign(int $documentId, int $customerId, ?int $employeeId, bool $rememberCode, ?int $expectedVersion = null): array
    {
        $changed = false;
        $proven = null;
        $row = $this->connection->transactional(function () use ($documentId, $customerId, $employeeId, $rememberCode, $expectedVersion, &$changed, &$proven): array {
            $row = $this->lockExisting($documentId, $expectedVersion);
            $shopId = (int) $row['id_shop'];
            if (!$this->matcher->isAssignable($shopId, $customerId)) {
                throw Refusal::validation('customerId', self::NOT_ASSIGNABLE);
            }
            $previous = $row['id_customer'] === null ? null : (int) $row['id_customer'];
            $changed = $previous !== $customerId || $row['status'] !== DocumentStatus::ATTACHED;
            $values = [
                'id_customer' => $customerId,
                'status' => DocumentStatus::ATTACHED,
                'reason' => null,
                'match_method' => MatchMethod::MANUAL,
                'id_order' => $this->matcher->orderOf($shopId, $customerId, $row['order_ref']),
                'date_upd' => $this->clock->now(),
            ];
            if ($previous !== $customerId) {
                // Old download links must stop working for whoever had them.
                $values['access_token'] = DocumentRepository::newAccessToken();
            }
            $this->documents->update($documentId, $values);
            $updated = $this->documents->find($documentId);
            if ($updated === null) {
                throw Refusal::notFound(self::NOT_FOUND);
            }
            $this->events->record(EventType::ASSIGNED, $updated, ['method' => MatchMethod::MANUAL, 'previousCustomerId' => $previous], $customerId, $employeeId);
            // The merchant chose this account: it has proven the address it uses (EmailProofs).
            $proven = $this->proofs->recordCurrentEmail($customerId, EmailProofs::METHOD_MANUAL, $employeeId);
            $code = $row['ebp_customer_code'];
            if ($rememberCode && $code !== null && $code !== '') {
                $this->links->remember($shopId, $code, $customerId, $employeeId);
            }

            return $updated;
        });
        if ($changed) {
            $this->notify($documentId);
        }
        if ($proven !== null) {
            // The address is proven now: the documents that waited only for that go through the matching again.
            $waiting = array_map('intval', array_column($this->connection->fetchAll(
                'SELECT id_document FROM PREFIX_ebpdocuments_document
                 WHERE id_shop = :shop AND status = :pending AND reason = :reason AND email_normalized = :email',
                ['shop' => (int) $row['id_shop'], 'pending' => DocumentStatus::WAITING, 'reason' => WaitingReason::UNPROVEN_EMAIL, 'email' => $proven]
            ), 'id_document'));
            if ($waiting !== []) {
                $this->retryMatching($waiting);
            }
        }

        return $row;
    }

    /**
     * Re-runs the matching rules on waiting documents (pending or dismissed), in batches; $documentIds null = every waiting document.
     * Idempotent: attached documents are left alone.
     *
     * @param int[]|null $documentIds
     *
     * @return array{attached: int, stillWaiting: int}
     */
    public function retryMatching(?array $documentIds, int $batchSize = 500): array
    {
        $counts = ['attached' => 0, 'stillWaiting' => 0];
        $after = 0;
        do {
            $ids = $this->documents->waitingIdsAfter($after, max(1, $batchSize), $documentIds);
            foreach ($ids as $id) {
                $after = $id;
                $attached = $this->connection->transactional(function () use ($id): ?bool {
                    return $this->rematchOne($id);
                });
                if ($attached === true) {
                    ++$counts['attached'];
                    $this->notify($id);
                } elseif ($attached === false) {
                    ++$counts['stillWaiting'];
                }
            }
        } while (count($ids) >= max(1, $batchSize));

        return $counts;
    }

    /**
     * Hides ($dismissed true) or restores waiting documents. Attached documents are not waiting documents and are left alone.
     *
     * @param int[] $documentIds
     *
     * @return int documents changed
     */
    public function dismiss(array $documentIds, bool $dismissed, ?int $employeeId = null): int
    {
        $from = $dismissed ? DocumentStatus::WAITING : DocumentStatus::DISMISSED;
        $to = $dismissed ? DocumentStatus::DISMISSED : DocumentStatus::WAITING;
        $updated = 0;
        foreach (array_unique(array_map('intval', $documentIds)) as $id) {
            $updated += (int) $this->connection->transactional(function () use ($id, $from, $to, $dismissed, $employeeId): int {
                $row = $this->documents->lockById($id);
                if ($row === null || $row['status'] !== $from) {
                    return 0;
                }
                $this->documents->update($id, ['status' => $to, 'date_upd' => $this->clock->now()]);
                $this->events->record($dismissed ? EventType::DISMISSED : EventType::RESTORED, $row, ['reason' => $row['reason']], null, $employeeId);

                return 1;
            });
        }

        return $updated;
    }

    /**
     * Deletes documents (row and file); the `deleted` event stays in the log, with $detail (e.g. why a purge ran).
     * With $onlyStatuses, a document whose status changed meanwhile (checked under its row lock) is left alone.
     *
     * @param int[] $documentIds
     * @param array<string, mixed> $detail
     * @param string[] $onlyStatuses
     *
     * @return int documents deleted
     */
    public function delete(array $documentIds, ?int $employeeId, array $detail = [], array $onlyStatuses = []): int
    {
        $deleted = 0;
        foreach (array_unique(array_map('intval', $documentIds)) as $id) {
            if ($this->deleteOne($id, EventType::DELETED, $detail, $employeeId, $onlyStatuses)) {
                ++$deleted;
            }
        }

        return $deleted;
    }

    /**
     * The connector withdraws a document (API delete; the caller found it by type and number). Answers whether it
     * was deleted; the `withdrawn` event stays in the log.
     */
    public function withdraw(int $documentId, string $keyLabel = ''): bool
    {
        return $this->deleteOne($documentId, EventType::WITHDRAWN, ['keyLabel' => $keyLabel], null);
    }

    /**
     * A customer is deleted or erased: their documents are waiting (NO_ACCOUNT, a fresh token so old links die)
     * or deleted, and links learned for them are forgotten. Answers the number of documents concerned.
     */
    public function detachCustomer(int $customerId, string $mode): int
    {
        if ($mode !== SettingKeys::ON_DELETE_KEEP_ASIDE && $mode !== SettingKeys::ON_DELETE_DELETE) {
            throw new \InvalidArgumentException('Unknown mode ' . $mode);
        }
        $count = 0;
        foreach ($this->documents->idsOfCustomer($customerId) as $id) {
            if ($mode === SettingKeys::ON_DELETE_DELETE) {
                $count += $this->deleteOne($id, EventType::DELETED, ['cause' => 'customer_deleted'], null) ? 1 : 0;
                continue;
            }
            $count += (int) $this->connection->transactional(function () use ($id, $customerId): int {
                $row = $this->documents->lockById($id);
                if ($row === null || (int) $row['id_customer'] !== $customerId) {
                    return 0;
                }
                $this->documents->update($id, [
                    'id_customer' => null, 'status' => DocumentStatus::WAITING, 'reason' => WaitingReason::NO_ACCOUNT,
                    'match_method' => null, 'id_order' => null, 'access_token' => DocumentRepository::newAccessToken(),
                    'date_upd' => $this->clock->now(),
                ]);
                $this->events->record(EventType::DETACHED, $row, ['reason' => WaitingReason::NO_ACCOUNT], $customerId);

                return 1;
            });
        }
        $this->links->forgetCustomer($customerId);

        return $count;
    }

    /**
     * @return bool|null true attached, false still waiting, null not waiting any more
     */
    private function rematchOne(int $id): ?bool
    {
        $row = $this->documents->lockById($id);
        if ($row === null || $row['status'] === DocumentStatus::ATTACHED) {
            return null;
        }
        $match = $this->matcher->match((int) $row['id_shop'], (string) $row['billing_email'], $row['ebp_customer_code'], $row['order_ref']);
        $values = ['match_attempts' => (int) $row['match_attempts'] + 1, 'date_upd' => $this->clock->now()];
        if (!$match->isAttached()) {
            $values['reason'] = $match->reason();
            $this->documents->update($id, $values);

            return false;
        }
        $values += [
            'id_customer' => $match->customerId(), 'status' => DocumentStatus::ATTACHED, 'reason' => null,
            'match_method' => $match->method(), 'id_order' => $match->orderId(), 'access_token' => DocumentRepository::newAccessToken(),
        ];
        $this->documents->update($id, $values);
        $this->events->record(EventType::ATTACHED, $row, ['method' => $match->method(), 'retry' => true], $match->customerId());

        return true;
    }

    /**
     * @param array<string, mixed> $detail
     * @param string[] $onlyStatuses empty = any status
     */
    private function deleteOne(int $id, string $event, array $detail, ?int $employeeId, array $onlyStatuses = []): bool
    {
        $fileName = $this->connection->transactional(function () use ($id, $event, $detail, $employeeId, $onlyStatuses): ?string {
            $row = $this->documents->lockById($id);
            if ($row === null || ($onlyStatuses !== [] && !in_array($row['status'], $onlyStatuses, true))) {
                return null;
            }
            $this->documents->delete($id);
            $this->events->record($event, $row, $detail + ['version' => (int) $row['version']], $row['id_customer'] === null ? null : (int) $row['id_customer'], $employeeId);

            return (string) $row['file_name'];
        });
        if ($fileName === null) {
            return false;
        }
        $this->storage->delete($fileName);

        return true;
    }

    /**
     * @return array<string, string|null>
     */
    private function lockExisting(int $documentId, ?int $expectedVersion): array
    {
        $row = $this->documents->lockById($documentId);
        if ($row === null) {
            throw Refusal::notFound(self::NOT_FOUND);
        }
        if ($expectedVersion !== null && (int) $row['version'] !== $expectedVersion) {
            throw Refusal::conflict(self::CHANGED);
        }

        return $row;
    }

    private function notify(int $documentId): void
    {
        if ($this->listener !== null) {
            $this->listener->documentAttached($documentId, false);
        }
    }
}
