<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Ingestion;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Database\DuplicateKeyException;
use Ebpdocuments\Kernel\Database\RetryableDatabaseException;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Matching\CustomerMatcher;
use Ebpdocuments\Matching\EmailCandidates;
use Ebpdocuments\Matching\MatchResult;
use Ebpdocuments\Storage\Documents\DocumentListener;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\PdfValidator;
use Ebpdocuments\Storage\Repository\DocumentRepository;
use Ebpdocuments\Storage\Repository\EventRepository;
use Ebpdocuments\Storage\StorageException;
use Ebpdocuments\Storage\TempFile;

/**
 * Stores one received document, idempotently on (shop, type, reference) and crash-safely, without holding a lock
 * while it matches or moves files (docs/ARCHITECTURE.md, "Ingestion"):
 * - the document is read without a lock, in the same statement as the customers of its e-mail (the usual document:
 *   no order, no customer code). Same SHA-256 → "unchanged" (one event).
 * - new: the customer is matched, the file takes its final name, then ONE autocommit INSERT stores the row: the
 *   UNIQUE (id_shop, type, reference) index decides between parallel twins (a duplicate key means "already there":
 *   the file goes back and the next attempt finds the twin), and no gap lock is ever taken on a missing number. The
 *   events follow in one INSERT; if they fail, the row is deleted again and only then its file.
 * - new version: matched and promoted first, then one short transaction: UPDATE … WHERE version = the version read
 *   (0 rows: someone else changed it, run again) and its events. The old file is not deleted: it is retired
 *   (DocumentStorage::retire) and the maintenance sweep removes it after its grace period, so a download that read
 *   the old row a moment ago still finds it.
 * - a row never points at a missing file: the rename comes before the INSERT/UPDATE; a crash in between leaves an
 *   orphan file that the sweep removes.
 * - a duplicate key, a concurrent change or a transient database error re-runs the whole attempt.
 */
final class IngestionService
{
    /** First try + 3 retries. */
    const MAX_ATTEMPTS = 4;

    /** @var Connection */
    private $connection;
    /** @var DocumentStorage */
    private $storage;
    /** @var PdfValidator */
    private $pdfValidator;
    /** @var CustomerMatcher */
    private $matcher;
    /** @var DocumentRepository */
    private $documents;
    /** @var EventRepository */
    private $events;
    /** @var Clock */
    private $clock;
    /** @var int */
    private $maxBytes;
    /** @var DocumentListener|null */
    private $listener;

    public function __construct(
        Connection $connection,
        DocumentStorage $storage,
        PdfValidator $pdfValidator,
        CustomerMatcher $matcher,
        DocumentRepository $documents,
        EventRepository $events,
        Clock $clock,
        int $maxBytes,
        ?DocumentListener $listener = null
    ) {
        $this->connection = $connection;
        $this->storage = $storage;
        $this->pdfValidator = $pdfValidator;
        $this->matcher = $matcher;
        $this->documents = $documents;
        $this->events = $events;
        $this->clock = $clock;
        $this->maxBytes = $maxBytes;
        $this->listener = $listener;
    }

    /**
     * Takes ownership of $file: it is promoted or discarded whatever happens.
     *
     * @throws Refusal the PDF is refused (nothing stored)
     */
    public function ingest(IncomingDocument $document, TempFile $file): IngestionResult
    {
        try {
            $this->pdfValidator->validate($file, $this->maxBytes);
        } catch (\Throwable $e) {
            $this->storage->discard($file);
            throw $e;
        }
        for ($attempt = 1; ; ++$attempt) {
            $run = new IngestionRun();
            try {
                $result = $this->store($document, $file, $run);
                break;
            } catch (\Throwable $e) {
                $retry = ($e instanceof DuplicateKeyException || $e instanceof RetryableDatabaseException || $e instanceof ConcurrentChangeException)
                    && $attempt < self::MAX_ATTEMPTS;
                $retry = $this->undoPromotion($run, $file, $retry);
                if (!$retry) {
                    $this->storage->discard($file);
                    throw $e;
                }
                if (!($e instanceof DuplicateKeyException)) {
                    // A short random pause lets the other side of a deadlock or change finish before we look again;
                    // a duplicate key means the twin is already committed: look again at once.
                    usleep(random_int(2000, 20000) * $attempt);
                }
            }
        }
        if ($run->obsoleteFile !== null) {
            $this->storage->retire($run->obsoleteFile, $this->clock->now());
        }
        $this->storage->discard($file);
        if ($run->notifyAttached && $this->listener !== null) {
            $this->listener->documentAttached($result->documentId(), $run->notifyAsNewVersion);
        } elseif ($run->notifyWaiting && $this->listener !== null) {
            $this->listener->documentWaiting($result->documentId());
        }

        return $result;
    }

    /**
     * One attempt.
     */
    private function store(IncomingDocument $document, TempFile $file, IngestionRun $run): IngestionResult
    {
        // The usual document (an e-mail, no order, no customer code): its number and the customers of its e-mail in
        // one statement. Both are plain reads (no lock): the INSERT's unique key still decides between twins.
        $candidates = $this->matcher->emailCandidates($document->shopId(), $document->billingEmail(), $document->customerCode(), $document->orderRef());
        $match = null;
        if ($candidates !== null) {
            list($row, $candidateRows) = $this->documents->findByNumberWith(
                $document->shopId(),
                $document->type(),
                $document->reference(),
                $candidates->sql(),
                $candidates->params(),
                EmailCandidates::COLUMN_PREFIX
            );
            $match = $this->matcher->matchCandidates($candidates, $candidateRows);
        } else {
            $row = $this->documents->findByNumber($document->shopId(), $document->type(), $document->reference());
        }
        if ($row === null) {
            return $this->create($document, $file, $run, $match);
        }
        if (hash_equals(strtolower((string) $row['sha256']), $file->sha256())) {
            $this->events->record(EventType::UNCHANGED, $row, ['version' => (int) $row['version'], 'keyLabel' => $document->keyLabel()]);

            return new IngestionResult(IngestionResult::UNCHANGED, $row);
        }

        return $this->replace($row, $document, $file, $run, $match);
    }

    /**
     * @param MatchResult|null $match the match already read with the number (null: match now)
     */
    private function create(IncomingDocument $document, TempFile $file, IngestionRun $run, ?MatchResult $match): IngestionResult
    {
        if ($match === null) {
            $match = $this->matcher->match($document->shopId(), $document->billingEmail(), $document->customerCode(), $document->orderRef());
        }
        $run->promoted = $this->storage->promote($file);
        $now = $this->clock->now();
        // E-connecteur sends no document date, and only documents less than 15 days old: the day of receipt is the
        // customer's best date for sorting and filtering by year.
        $values = $this->metadata($document, $file, $run->promoted, $now, $now->format('Y-m-d')) + $this->matchColumns($match, DocumentStatus::WAITING) + [
            'id_shop' => $document->shopId(),
            'type' => $document->type(),
            'reference' => $document->reference(),
            'version' => 1,
            'access_token' => DocumentRepository::newAccessToken(),
            'match_attempts' => 1,
            'date_add' => $now,
        ];
        // The commit point: the row and its (already renamed) file exist together from here on.
        $id = $this->documents->insert($values);
        $row = self::rowOf($id, $values);
        $events = [[EventType::RECEIVED, $row, [
            'version' => 1, 'keyLabel' => $document->keyLabel(), 'source' => $document->source(), 'size' => $file->size(),
        ]]];
        $events[] = $this->matchEvent($row, $match);
        try {
            $this->events->recordAll($events);
        } catch (\Throwable $e) {
            $this->withdrawCreated($id, $run);
            throw $e;
        }
        $run->notifyAttached = $match->isAttached();
        $run->notifyWaiting = $row['status'] === DocumentStatus::WAITING;

        return new IngestionResult(IngestionResult::CREATED, $row);
    }

    /**
     * The events of a new document could not be written: the document goes again (so nothing half-recorded stays),
     * its file only once its row is gone. If even the DELETE fails, the document stays whole (row and file).
     */
    private function withdrawCreated(int $id, IngestionRun $run): void
    {
        try {
            $this->documents->delete($id);
        } catch (\Throwable $ignored) {
            $run->promoted = null;
        }
    }

    /**
     * @param array<string, string|null> $old
     * @param MatchResult|null $matched the match already read with the number (same document, same moment)
     */
    private function replace(array $old, IncomingDocument $document, TempFile $file, IngestionRun $run, ?MatchResult $matched): IngestionResult
    {
        $id = (int) $old['id_document'];
        $oldCustomerId = $old['id_customer'] === null ? null : (int) $old['id_customer'];
        $orderRefChanged = (string) $old['order_ref'] !== (string) $document->orderRef();
        // A manual assignment survives a re-send: only a new e-mail or customer code (or a new order for a waiting document)
        // makes us decide again who the document belongs to.
        $rematch = (string) $old['email_normalized'] !== $document->emailNormalized()
            || (string) $old['ebp_customer_code'] !== (string) $document->customerCode()
            || ($old['status'] !== DocumentStatus::ATTACHED && $orderRefChanged);

        $values = [];
        $match = null;
        if ($rematch) {
            $match = $matched !== null ? $matched : $this->matcher->match($document->shopId(), $document->billingEmail(), $document->customerCode(), $document->orderRef());
            $keptStatus = $old['status'] === DocumentStatus::DISMISSED ? DocumentStatus::DISMISSED : DocumentStatus::WAITING;
            $values += $this->matchColumns($match, $keptStatus);
            $values['match_attempts'] = (int) $old['match_attempts'] + 1;
            if ($match->customerId() !== $oldCustomerId) {
                $values['access_token'] = DocumentRepository::newAccessToken();
            }
        } elseif ($orderRefChanged) {
            $values['id_order'] = $oldCustomerId === null ? null : $this->matcher->orderOf($document->shopId(), $oldCustomerId, $document->orderRef());
        }
        $run->promoted = $this->storage->promote($file);
        $values = $this->metadata($document, $file, $run->promoted, $this->clock->now(), $old['document_date']) + $values;
        $values['version'] = (int) $old['version'] + 1;
        /** @var array<string, string|null> $row */
        $row = array_merge($old, self::rowOf($id, $values));

        $newCustomerId = $row['id_customer'] === null ? null : (int) $row['id_customer'];
        $events = [[EventType::REPLACED, $row, [
            'version' => (int) $row['version'], 'previousVersion' => (int) $old['version'], 'keyLabel' => $document->keyLabel(),
            'rematched' => $rematch, 'size' => $file->size(),
        ], $newCustomerId]];
        $moved = $newCustomerId !== $oldCustomerId || $row['status'] !== $old['status'];
        if ($match !== null && $moved) {
            $events[] = $this->matchEvent($row, $match);
        }
        // Short: one UPDATE of an existing row (its own record lock, no gap) and the events.
        $this->connection->transactional(function () use ($id, $old, $values, $events): void {
            if ($this->documents->updateIfVersion($id, (int) $old['version'], $values) !== 1) {
                throw new ConcurrentChangeException('Document ' . $id . ' changed while its new version was prepared');
            }
            $this->events->recordAll($events);
        });
        $run->obsoleteFile = (string) $old['file_name'];
        $run->notifyAttached = $row['status'] === DocumentStatus::ATTACHED;
        $run->notifyAsNewVersion = $newCustomerId === $oldCustomerId;
        $run->notifyWaiting = $row['status'] === DocumentStatus::WAITING;

        return new IngestionResult(IngestionResult::REPLACED, $row, $newCustomerId !== $oldCustomerId ? $oldCustomerId : null);
    }

    /**
     * The row as the database now holds it (strings, as a SELECT would give them), without reading it back.
     *
     * @param array<string, mixed> $values
     *
     * @return array<string, string|null>
     */
    private static function rowOf(int $id, array $values): array
    {
        $row = ['id_document' => (string) $id];
        foreach ($values as $column => $value) {
            if ($value instanceof \DateTimeInterface) {
                $value = $value->format('Y-m-d H:i:s');
            } elseif (is_bool($value)) {
                $value = $value ? '1' : '0';
            }
            $row[$column] = $value === null ? null : (string) $value;
        }

        return $row;
    }

    /**
     * Columns every version takes from the request; a version sent without a date keeps the date it had.
     *
     * @return array<string, mixed>
     */
    private function metadata(IncomingDocument $document, TempFile $file, string $fileName, \DateTimeImmutable $now, ?string $dateWhenNoneSent): array
    {
        return [
            'type_raw' => $document->typeRaw(),
            'document_date' => $document->documentDate() !== null ? $document->documentDate() : $dateWhenNoneSent,
            'billing_email' => $document->billingEmail(),
            'email_normalized' => $document->emailNormalized(),
            'ebp_customer_code' => $document->customerCode(),
            'order_ref' => $document->orderRef(),
            'total_tax_excl' => $document->totalTaxExcl(),
            'total_tax_incl' => $document->totalTaxIncl(),
            'currency' => $document->currency(),
            'file_name' => $fileName,
            'file_size' => $file->size(),
            'sha256' => $file->sha256(),
            'source' => $document->source(),
            'id_api_key' => $document->apiKeyId(),
            'key_label' => $document->keyLabel(),
            'date_upd' => $now,
        ];
    }

    /**
     * @return array<string, mixed>
     */
    private function matchColumns(MatchResult $match, string $waitingStatus): array
    {
        return [
            'id_customer' => $match->customerId(),
            'status' => $match->isAttached() ? DocumentStatus::ATTACHED : $waitingStatus,
            'reason' => $match->reason(),
            'match_method' => $match->method(),
            'id_order' => $match->orderId(),
        ];
    }

    /**
     * @param array<string, string|null> $row
     *
     * @return array{0: string, 1: array<string, string|null>, 2: array<string, mixed>, 3: int|null}
     */
    private function matchEvent(array $row, MatchResult $match): array
    {
        if ($match->isAttached()) {
            return [EventType::ATTACHED, $row, ['method' => $match->method()], $match->customerId()];
        }

        return [EventType::WAITING, $row, ['reason' => $match->reason()], null];
    }

    /**
     * After a failed transaction: puts the file back for a retry, or deletes it. Answers whether a retry is possible.
     */
    private function undoPromotion(IngestionRun $run, TempFile $file, bool $retry): bool
    {
        if ($run->promoted === null) {
            return $retry;
        }
        if ($retry) {
            try {
                $this->storage->unpromote($run->promoted, $file);

                return true;
            } catch (StorageException $e) {
                // Falls through: the file cannot be reused, so it is removed and the error surfaces.
            }
        }
        $this->storage->delete($run->promoted);

        return false;
    }
}
