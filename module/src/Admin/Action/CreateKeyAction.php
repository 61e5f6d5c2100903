<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\ActionException;
use Ebpdocuments\Admin\AdminMessages;
use Ebpdocuments\Admin\Params;
use Ebpdocuments\Auth\ApiKeyService;

/**
 * createKey (edit) `{label}` → `{key: ApiKey, secret}`: the only moment the secret exists outside the connector.
 */
final class CreateKeyAction extends ApiKeyAction
{
    public function handle(array $params, ActionContext $context): array
    {
        $label = (new Params($params))->string('label', ApiKeyService::LABEL_MAX);
        if ($label === '') {
            throw ActionException::validation('label', AdminMessages::KEY_LABEL);
        }
        $created = $this->keys->create($label);

        return ['key' => $created->key()->toArray(), 'secret' => $created->secret()];
    }
}
