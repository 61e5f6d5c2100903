<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\ActionException;
use Ebpdocuments\Admin\AdminAction;
use Ebpdocuments\Admin\AdminMessages;
use Ebpdocuments\Admin\DocumentLoader;
use Ebpdocuments\Admin\Params;
use Ebpdocuments\Application;
use Ebpdocuments\Domain\EventType;
use Ebpdocuments\Front\NewDocumentNotifier;
use Ebpdocuments\Repository\EventRepository;

/**
 * resendDocumentMail (edit) `{id}` → `{sent: bool}`: sends the new-document e-mail again to the customer the
 * document is attached to, and records a `mailed` event with the employee when it went. A document that is not in
 * a registered customer's account, or of a type customers do not see, is refused (422 on id).
 */
final class ResendDocumentMailAction implements AdminAction
{
    /** @var DocumentLoader */
    private $documents;
    /** @var NewDocumentNotifier */
    private $notifier;
    /** @var EventRepository */
    private $events;

    public function __construct(DocumentLoader $documents, NewDocumentNotifier $notifier, EventRepository $events)
    {
        $this->documents = $documents;
        $this->notifier = $notifier;
        $this->events = $events;
    }

    public static function fromApplication(Application $app): AdminAction
    {
        return new self($app->adminDocumentLoader(), $app->notifier(), $app->events());
    }

    public function handle(array $params, ActionContext $context): array
    {
        $document = $this->documents->visible((new Params($params))->id('id'), $context);
        $sent = $this->notifier->sendAgain((int) $document['id_document']);
        if ($sent === null) {
            throw ActionException::validation('id', AdminMessages::NOT_MAILABLE);
        }
        if ($sent) {
            $this->events->record(EventType::MAILED, $document, ['manual' => true], (int) $document['id_customer'], $context->employeeId());
        }

        return ['sent' => $sent];
    }
}
