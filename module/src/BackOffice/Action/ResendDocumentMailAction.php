<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\DocumentLoader;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Customer\NewDocumentNotifier;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * resendDocumentMail (edit) `{id}` → `{sent: bool}`: sends the new-document e-mail again to the customer the
 * document is attached to, and records a `mailed` event (version, employee) when it went. A document that is not in
 * a registered customer's account, or of a type customers do not see, is refused (422 on id).
 */
final class ResendDocumentMailAction implements AdminAction
{
    /** @var DocumentLoader */
    private $documents;
    /** @var NewDocumentNotifier */
    private $notifier;
    public function __construct(DocumentLoader $documents, NewDocumentNotifier $notifier)
    {
        $this->documents = $documents;
        $this->notifier = $notifier;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $document = $this->documents->visible((new Params($params))->id('id'), $context);
        $sent = $this->notifier->sendAgain((int) $document['id_document'], $context->employeeId());
        if ($sent === null) {
            throw Refusal::validation('id', AdminMessages::NOT_MAILABLE);
        }

        return ['sent' => $sent];
    }
}
