<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;

/**
 * listKeys (view) → `{keys: ApiKey[]}`, newest first; secrets are never stored, so never shown.
 */
final class ListKeysAction extends ApiKeyAction
{
    public function handle(array $params, ActionContext $context): array
    {
        $keys = [];
        foreach ($this->keys->all() as $key) {
            $keys[] = $key->toArray();
        }

        return ['keys' => $keys];
    }
}
