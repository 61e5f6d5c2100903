<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\AssignableCustomer;
use Ebpdocuments\BackOffice\DocumentLoader;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\Presenter\DocumentRowPresenter;
use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\Storage\Documents\DocumentManager;

/**
 * assignDocument (edit) `{id, customerId, rememberCode, expectedVersion?}` → `{document: DocumentRow}`. The customer
 * must be a registered, non-deleted account in the customer-sharing scope of the document's shop (else 422 on
 * customerId, saying which); rememberCode links the EBP customer code to the customer for the next documents.
 */
final class AssignDocumentAction implements AdminAction
{
    /** @var DocumentLoader */
    private $documents;
    /** @var AssignableCustomer */
    private $customers;
    /** @var DocumentManager */
    private $manager;
    /** @var DocumentListQuery */
    private $rows;
    /** @var DocumentRowPresenter */
    private $presenter;

    public function __construct(DocumentLoader $documents, AssignableCustomer $customers, DocumentManager $manager, DocumentListQuery $rows, DocumentRowPresenter $presenter)
    {
        $this->documents = $documents;
        $this->customers = $customers;
        $this->manager = $manager;
        $this->rows = $rows;
        $this->presenter = $presenter;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $documentId = $input->id('id');
        $customerId = $input->id('customerId');
        $rememberCode = $input->bool('rememberCode', false);
        $expectedVersion = $input->has('expectedVersion') ? $input->intInRange('expectedVersion', 1, 2147483647) : null;

        $document = $this->documents->visible($documentId, $context);
        $this->customers->check((int) $document['id_shop'], $customerId);
        $this->manager->assign($documentId, $customerId, $context->employeeId(), $rememberCode, $expectedVersion);
        $rows = $this->rows->rows([$documentId]);

        return ['document' => $this->presenter->present($rows[0])];
    }
}
