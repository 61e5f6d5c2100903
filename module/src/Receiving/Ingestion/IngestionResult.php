<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Ingestion;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What ingest() did: outcome created|unchanged|replaced, and where the document now stands.
 */
final class IngestionResult
{
    const CREATED = 'created';
    const UNCHANGED = 'unchanged';
    const REPLACED = 'replaced';

    /** @var string */
    private $outcome;
    /** @var array<string, string|null> the document row after the operation */
    private $row;
    /** @var int|null */
    private $previousCustomerId;

    /**
     * @param array<string, string|null> $row
     */
    public function __construct(string $outcome, array $row, ?int $previousCustomerId = null)
    {
        $this->outcome = $outcome;
        $this->row = $row;
        $this->previousCustomerId = $previousCustomerId;
    }

    public function outcome(): string
    {
        return $this->outcome;
    }

    public function documentId(): int
    {
        return (int) $this->row['id_document'];
    }

    /** DocumentStatus code. */
    public function status(): string
    {
        return (string) $this->row['status'];
    }

    /** WaitingReason code when waiting. */
    public function reason(): ?string
    {
        return $this->row['reason'];
    }

    public function customerId(): ?int
    {
        return $this->row['id_customer'] === null ? null : (int) $this->row['id_customer'];
    }

    public function orderId(): ?int
    {
        return $this->row['id_order'] === null ? null : (int) $this->row['id_order'];
    }

    public function matchMethod(): ?string
    {
        return $this->row['match_method'];
    }

    public function version(): int
    {
        return (int) $this->row['version'];
    }

    public function type(): string
    {
        return (string) $this->row['type'];
    }

    public function reference(): string
    {
        return (string) $this->row['reference'];
    }

    /** Customer before a replacement re-matched the document (null when created or unchanged). */
    public function previousCustomerId(): ?int
    {
        return $this->previousCustomerId;
    }

    /**
     * @return array<string, string|null>
     */
    public function row(): array
    {
        return $this->row;
    }
}
