<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * revokeKey (edit) `{id}` → `{key: ApiKey}`. Revoking twice answers the key as it is.
 */
final class RevokeKeyAction extends ApiKeyAction
{
    public function handle(array $params, ActionContext $context): array
    {
        $id = (new Params($params))->id('id');
        try {
            $key = $this->keys->revoke($id, $context->shopIds());
        } catch (Refusal $missing) {
            if ($missing->status() !== 404) {
                throw $missing;
            }
            throw Refusal::notFound(AdminMessages::KEY_NOT_FOUND, 'id');
        }

        return ['key' => $key->toArray()];
    }
}
