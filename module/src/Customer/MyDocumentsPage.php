<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Links;

/**
 * The My documents page without PrestaShop: the list's template variables and the claim form's two actions. The
 * front controller (and the test harness) only supplies who is logged in, whether the form token is valid, and
 * formats dates and amounts in the customer's locale.
 */
final class MyDocumentsPage
{
    const ACTION_REQUEST_CODE = 'requestClaimCode';
    const ACTION_CLAIM = 'claimDocuments';

    /** @var CustomerDocumentsQuery */
    private $documents;
    /** @var ClaimService */
    private $claims;
    /** @var Links */
    private $links;
    /** @var ShopWordings */
    private $wordings;

    public function __construct(CustomerDocumentsQuery $documents, ClaimService $claims, Links $links, ShopWordings $wordings)
    {
        $this->documents = $documents;
        $this->claims = $claims;
        $this->links = $links;
        $this->wordings = $wordings;
    }

    /**
     * @param array<string, mixed> $query raw query parameters
     *
     * @return array<string, mixed> template variables (raw dates and amounts)
     */
    public function variables(CustomerIdentity $identity, int $shopId, array $query): array
    {
        $filters = DocumentListFilters::fromQuery($query);
        $page = $this->documents->page($identity->customerId(), $shopId, $filters);
        $filters = $page->filters;

        $pages = [];
        // The pages around this one, as far ahead as the list read (no further: it was not counted).
        $first = max(1, $page->page - CustomerDocumentsQuery::PAGES_AHEAD);
        $last = min($page->pages, $page->page + CustomerDocumentsQuery::PAGES_AHEAD);
        for ($number = $first; $number <= $last; ++$number) {
            $pages[] = ['number' => $number, 'url' => $this->links->myDocuments($filters->withPage($number)->toQuery()), 'current' => $number === $page->page];
        }
        $resetPaging = $filters->withPage(1);
        $waiting = $this->claims->waitingCount($identity, $shopId, CustomerDocumentsQuery::COUNT_CAP);

        return [
            'documents' => $page->items,
            'total' => $page->total,
            'totalCapped' => $page->totalCapped,
            'hasDocuments' => $page->hasDocuments,
            'filters' => [
                'type' => $filters->type(),
                'year' => $filters->year(),
                'perPage' => $filters->perPage(),
                'types' => $page->types,
                'years' => $page->years,
                'active' => $filters->type() !== '' || $filters->year() !== 0,
                'resetUrl' => $this->links->myDocuments(),
            ],
            'pagination' => [
                'page' => $page->page,
                'pages' => $page->pages,
                'items' => $pages,
                'previousUrl' => $page->page > 1 ? $this->links->myDocuments($filters->withPage($page->page - 1)->toQuery()) : null,
                'nextUrl' => $page->page < $page->pages ? $this->links->myDocuments($filters->withPage($page->page + 1)->toQuery()) : null,
                'firstUrl' => $this->links->myDocuments($resetPaging->toQuery()),
            ],
            'filterForm' => $this->getForm($this->links->myDocuments()),
            'formUrl' => $this->links->myDocuments(),
            // Documents waiting for the account's address until it confirms it with the one-time code.
            'waiting' => ['count' => $waiting, 'message' => $waiting > 0 ? $this->wordings->waitingDocuments($waiting, CustomerDocumentsQuery::COUNT_CAP) : ''],
            // "Documents missing?" shows one step at a time: send the code, then type it.
            'claim' => ['codeSent' => $this->claims->hasPendingCode($identity->customerId(), $shopId)],
            'title' => $this->wordings->myDocumentsTitle(),
        ];
    }

    /**
     * A GET form replaces the query string of its action, so the parameters of a URL without friendly URLs
     * (fc, module, controller) become hidden fields.
     *
     * @return array{action: string, hidden: array<string, string>}
     */
    private function getForm(string $url): array
    {
        $parts = explode('?', $url, 2);
        $hidden = [];
        if (isset($parts[1])) {
            parse_str($parts[1], $query);
            foreach ($query as $name => $value) {
                if (is_string($value)) {
                    $hidden[(string) $name] = $value;
                }
            }
        }

        return ['action' => $parts[0], 'hidden' => $hidden];
    }

    /**
     * Handles a POST of the claim form. A bad form token answers a neutral error and does nothing.
     *
     * @param array<string, mixed> $post raw POST fields
     */
    public function post(CustomerIdentity $identity, int $shopId, array $post, bool $formTokenValid): ClaimResult
    {
        $action = isset($post['action']) && is_string($post['action']) ? $post['action'] : '';
        if (!$formTokenValid || ($action !== self::ACTION_REQUEST_CODE && $action !== self::ACTION_CLAIM)) {
            return new ClaimResult(ClaimResult::INVALID_FORM, $this->wordings->claimInvalidForm());
        }
        if ($action === self::ACTION_REQUEST_CODE) {
            return $this->claims->requestCode($identity, $shopId);
        }
        $code = isset($post['code']) && is_string($post['code']) ? $post['code'] : '';

        return $this->claims->claim($identity, $shopId, $code);
    }
}
