<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\DocumentLoader;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\Presenter\EventRowPresenter;
use Ebpdocuments\BackOffice\Query\EventListQuery;

/**
 * getDocumentEvents (view) `{id}` → `{items: EventRow[]}`, newest first: "why did this customer not get FA00123?".
 */
final class GetDocumentEventsAction implements AdminAction
{
    /** @var DocumentLoader */
    private $documents;
    /** @var EventListQuery */
    private $query;
    /** @var EventRowPresenter */
    private $presenter;

    public function __construct(DocumentLoader $documents, EventListQuery $query, EventRowPresenter $presenter)
    {
        $this->documents = $documents;
        $this->query = $query;
        $this->presenter = $presenter;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $document = $this->documents->visible((new Params($params))->id('id'), $context);

        return ['items' => $this->presenter->presentAll($this->query->ofDocument((int) $document['id_document']))];
    }
}
