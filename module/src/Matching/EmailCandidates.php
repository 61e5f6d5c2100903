<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The one SELECT that matches the usual document (a billing e-mail, no order, no customer code): the registered and
 * guest accounts of that address in the shop's scope, each with its proof of the address (EmailProofs). Every column
 * it reads starts with COLUMN_PREFIX, so a caller may read it within a statement of its own (the ingestion reads it
 * with the document's number: one round trip, not two) and give the rows back to CustomerMatcher::matchCandidates().
 */
final class EmailCandidates
{
    const COLUMN_PREFIX = 'candidate_';

    /** @var string */
    private $sql;
    /** @var array<string, mixed> */
    private $params;
    /** @var string */
    private $normalizedEmail;

    /**
     * @param array<string, mixed> $params
     */
    public function __construct(string $sql, array $params, string $normalizedEmail)
    {
        $this->sql = $sql;
        $this->params = $params;
        $this->normalizedEmail = $normalizedEmail;
    }

    /** A SELECT of candidate_id, candidate_email, candidate_is_guest, candidate_proven (SqlBinder placeholders). */
    public function sql(): string
    {
        return $this->sql;
    }

    /**
     * @return array<string, mixed> its parameters, named candidate_* (and scope_* of CustomerScope)
     */
    public function params(): array
    {
        return $this->params;
    }

    public function normalizedEmail(): string
    {
        return $this->normalizedEmail;
    }
}
