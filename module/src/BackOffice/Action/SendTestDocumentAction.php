<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\Setup\TestDocumentSender;
use Ebpdocuments\BackOffice\Setup\UnknownTestKeyException;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * sendTestDocument (edit) `{webserviceKeyId?}` → `{ok, status, answer, problem, location, error, url, reference,
 * keyLabel, cleanedUp}` (BackOffice\Setup\TestDocumentSender). An unknown or inactive Webservice key → 422 field
 * webserviceKeyId.
 */
final class SendTestDocumentAction implements AdminAction
{
    /** @var TestDocumentSender */
    private $sender;

    public function __construct(TestDocumentSender $sender)
    {
        $this->sender = $sender;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $keyId = (new Params($params))->optionalId('webserviceKeyId');
        try {
            return $this->sender->send($keyId, $context->employeeId() > 0 ? $context->employeeId() : null);
        } catch (UnknownTestKeyException $unknown) {
            throw Refusal::validation('webserviceKeyId', AdminMessages::KEY_NOT_FOUND);
        }
    }
}
