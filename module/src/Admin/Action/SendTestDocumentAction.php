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
use Ebpdocuments\Admin\Params;
use Ebpdocuments\Setup\TestDocumentSender;
use Ebpdocuments\Setup\UnknownTestKeyException;

/**
 * sendTestDocument (edit) `{webserviceKeyId?}` → `{ok, status, answer, problem, location, error, url, reference,
 * keyLabel, cleanedUp}` (Setup\TestDocumentSender). An unknown or inactive Webservice key → 422 field
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
            throw ActionException::validation('webserviceKeyId', AdminMessages::KEY_NOT_FOUND);
        }
    }
}
