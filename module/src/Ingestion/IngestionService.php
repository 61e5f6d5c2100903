<?php

declare(strict_types=1);

namespace Ebpdocuments\Ingestion;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;
use Ebpdocuments\Database\DuplicateKeyException;
use Ebpdocuments\Database\RetryableDatabaseException;
use Ebpdocuments\Domain\DocumentStatus;
use Ebpdocuments\Domain\EventType;
use Ebpdocuments\Matching\CustomerMatcher;
use Ebpdocuments\Matching\MatchResult;
use Ebpdocuments\Repository\DocumentRepository;
use Ebpdocuments\Repository\EventRepository;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\PdfValidator;
use Ebpdocuments\Storage\StorageException;
use Ebpdocuments\Storage\TempFile;
use Ebpdocuments\Support\Clock;

/**
 * Stores one received document, idempotently on (shop, type, reference) and crash-safely
 * (docs/ARCHITECTURE.md; security checklist §3):
 * - the row is locked (SELECT … FOR UPDATE) inside one transaction; same SHA-256 → "unchanged";
 * - the file is renamed to its final name INSIDE the transaction, before the row points at it, so a crash before
 *   COMMIT leaves at most an orphan file (the sweeper removes it) and never a row without its file;
 * - on any failure the promoted file is removed; a replaced file is deleted only after COMMIT;
 * - a duplicate key (a parallel twin committed first) or a deadlock re-runs the whole transaction.
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

    public function setListener(?DocumentListener $listener): void
    {
        $this->listener = $listener;
    }

    /**
     * Takes ownership of $file: it is promoted or discarded whatever happens.
     *
     * @throws InvalidDocumentException the PDF is refused (nothing stored)
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
                $result = $this->connection->transactional(function () use ($document, $file, $run): IngestionResult {
                    return $this->store($document, $file, $run);
                });
                break;
            } catch (\Throwable $e) {
                $retry = ($e instanceof DuplicateKeyException || $e instanceof RetryableDatabaseException) && $attempt < self::MAX_ATTEMPTS;
                $retry = $this->undoPromotion($run, $file, $retry);
                if (!$retry) {
                    $this->storage->discard($file);
                    throw $e;
                }
                // A short random pause lets the winner of a race commit before we look again.
                usleep(random_int(2000, 20000) * $attempt);
            }
        }
        if ($run->obsoleteFile !== null) {
            $this->storage->delete($run->obsoleteFile);
        }
        $this->storage->discard($file);
        if ($run->notifyAttached && $this->listener !== null) {
            $this->listener->documentAttached($result->documentId(), $run->notifyAsNewVersion);
        }

        return $result;
    }

    /**
     * The transaction body.
     */
    private function store(IncomingDocument $document, TempFile $file, IngestionRun $run): IngestionResult
    {
        $row = $this->documents->lockByNumber($document->shopId(), $document->type(), $document->reference());
        if ($row === null) {
            return $this->create($document, $file, $run);
        }
        if (hash_equals(strtolower((string) $row['sha256']), $file->sha256())) {
            $this->events->record(EventType::UNCHANGED, $row, ['version' => (int) $row['version'], 'keyLabel' => $document->keyLabel()]);

            return new IngestionResult(IngestionResult::UNCHANGED, $row);
        }

        return $this->replace($row, $document, $file, $run);
    }

    private function create(IncomingDocument $document, TempFile $file, IngestionRun $run): IngestionResult
    {
        $match = $this->matcher->match($document->shopId(), $document->billingEmail(), $document->customerCode(), $document->orderRef());
        $run->promoted = $this->storage->promote($file);
        $now = $this->clock->now();
        // E-connecteur sends no document date, and only documents less than 15 days old: the day of receipt is the
        // customer's best date for sorting and filtering by year.
        $values = $this->metadata($document, $file, $run->promoted, $now, $now->format('Y-m-d')) + $this->matchColumns($match, DocumentStatus::PENDING) + [
            'id_shop' => $document->shopId(),
            'type' => $document->type(),
            'reference' => $document->reference(),
            'version' => 1,
            'access_token' => self::newAccessToken(),
            'match_attempts' => 1,
            'date_add' => $now,
        ];
        $id = $this->documents->insert($values);
        $row = $this->mustFind($id);
        $this->events->record(EventType::RECEIVED, $row, [
            'version' => 1, 'keyLabel' => $document->keyLabel(), 'source' => $document->source(), 'size' => $file->size(),
        ]);
        $this->recordMatch($row, $match);
        $run->notifyAttached = $match->isAttached();

        return new IngestionResult(IngestionResult::CREATED, $row);
    }

    /**
     * @param array<string, string|null> $old
     */
    private function replace(array $old, IncomingDocument $document, TempFile $file, IngestionRun $run): IngestionResult
    {
        $id = (int) $old['id_document'];
        $oldCustomerId = $old['id_customer'] === null ? null : (int) $old['id_customer'];
        $orderRefChanged = (string) $old['order_ref'] !== (string) $document->orderRef();
        // A manual assignment survives a re-send: only a new e-mail or customer code (or a new order for a notice)
        // makes us decide again who the document belongs to.
        $rematch = (string) $old['email_normalized'] !== $document->emailNormalized()
            || (string) $old['ebp_customer_code'] !== (string) $document->customerCode()
            || ($old['status'] !== DocumentStatus::ATTACHED && $orderRefChanged);

        $run->promoted = $this->storage->promote($file);
        $values = $this->metadata($document, $file, $run->promoted, $this->clock->now(), $old['document_date']);
        $values['version'] = (int) $old['version'] + 1;
        $match = null;
        if ($rematch) {
            $match = $this->matcher->match($document->shopId(), $document->billingEmail(), $document->customerCode(), $document->orderRef());
            $keptStatus = $old['status'] === DocumentStatus::DISMISSED ? DocumentStatus::DISMISSED : DocumentStatus::PENDING;
            $values += $this->matchColumns($match, $keptStatus);
            $values['match_attempts'] = (int) $old['match_attempts'] + 1;
            if ($match->customerId() !== $oldCustomerId) {
                $values['access_token'] = self::newAccessToken();
            }
        } elseif ($orderRefChanged) {
            $values['id_order'] = $oldCustomerId === null ? null : $this->matcher->orderOf($document->shopId(), $oldCustomerId, $document->orderRef());
        }
        $this->documents->update($id, $values);
        $row = $this->mustFind($id);
        $run->obsoleteFile = (string) $old['file_name'];

        $this->events->record(EventType::REPLACED, $row, [
            'version' => (int) $row['version'], 'previousVersion' => (int) $old['version'], 'keyLabel' => $document->keyLabel(),
            'rematched' => $rematch, 'size' => $file->size(),
        ], $row['id_customer'] === null ? null : (int) $row['id_customer']);
        $newCustomerId = $row['id_customer'] === null ? null : (int) $row['id_customer'];
        $moved = $newCustomerId !== $oldCustomerId || $row['status'] !== $old['status'];
        if ($match !== null && $moved) {
            $this->recordMatch($row, $match);
        }
        $run->notifyAttached = $row['status'] === DocumentStatus::ATTACHED;
        $run->notifyAsNewVersion = $newCustomerId === $oldCustomerId;

        return new IngestionResult(IngestionResult::REPLACED, $row, $newCustomerId !== $oldCustomerId ? $oldCustomerId : null);
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
    private function matchColumns(MatchResult $match, string $keptAsideStatus): array
    {
        return [
            'id_customer' => $match->customerId(),
            'status' => $match->isAttached() ? DocumentStatus::ATTACHED : $keptAsideStatus,
            'reason' => $match->reason(),
            'match_method' => $match->method(),
            'id_order' => $match->orderId(),
        ];
    }

    /**
     * @param array<string, string|null> $row
     */
    private function recordMatch(array $row, MatchResult $match): void
    {
        if ($match->isAttached()) {
            $this->events->record(EventType::ATTACHED, $row, ['method' => $match->method()], $match->customerId());
        } else {
            $this->events->record(EventType::KEPT_ASIDE, $row, ['reason' => $match->reason()]);
        }
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

    /**
     * @return array<string, string|null>
     */
    private function mustFind(int $id): array
    {
        $row = $this->documents->find($id);
        if ($row === null) {
            throw new \RuntimeException('Document vanished inside its own transaction');
        }

        return $row;
    }

    /** Per-document secret of the customer's download URL (256 bits from the CSPRNG). */
    public static function newAccessToken(): string
    {
        return bin2hex(random_bytes(32));
    }
}
