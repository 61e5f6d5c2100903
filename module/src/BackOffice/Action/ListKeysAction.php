<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;

/**
 * listKeys (view): the module keys of the shops of the employee's back-office context, newest first.
 */
final class ListKeysAction extends ApiKeyAction
{
    public function handle(array $params, ActionContext $context): array
    {
        $keys = [];
        foreach ($this->keys->ofShops($context->shopIds()) as $key) {
            $keys[] = $key->toArray();
        }

        return ['keys' => $keys];
    }
}
