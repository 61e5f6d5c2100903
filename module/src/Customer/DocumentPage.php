<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * One page of a customer's documents with what the page needs around it. Values are raw (ISO dates, decimal
 * strings): the controller formats them in the customer's locale.
 */
final class DocumentPage
{
    /** @var array<int, array<string, mixed>> */
    public $items;
    /** @var int documents matching the filters, counted up to CustomerDocumentsQuery::PAGES_AHEAD pages after this one */
    public $total;
    /** @var bool there are more than $total (pages is then this page + PAGES_AHEAD) */
    public $totalCapped;
    /** @var int */
    public $page;
    /** @var int */
    public $perPage;
    /** @var int */
    public $pages;
    /** @var bool the customer has visible documents (all filters ignored): false means the empty state */
    public $hasDocuments;
    /** @var int[] years that have documents, newest first */
    public $years;
    /** @var array<int, array{code: string, label: string}> visible types, for the filter */
    public $types;
    /** @var DocumentListFilters */
    public $filters;

    /**
     * @param array<int, array<string, mixed>> $items
     * @param int[] $years
     * @param array<int, array{code: string, label: string}> $types
     */
    public function __construct(array $items, int $total, bool $totalCapped, DocumentListFilters $filters, bool $hasDocuments, array $years, array $types)
    {
        $this->items = $items;
        $this->total = $total;
        $this->totalCapped = $totalCapped;
        $this->filters = $filters;
        $this->page = $filters->page();
        $this->perPage = $filters->perPage();
        $this->pages = max(1, (int) ceil($total / $filters->perPage()));
        $this->hasDocuments = $hasDocuments;
        $this->years = $years;
        $this->types = $types;
    }
}
