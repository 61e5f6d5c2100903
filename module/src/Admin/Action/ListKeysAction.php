<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\AdminAction;
use Ebpdocuments\Application;
use Ebpdocuments\Auth\ApiKeyService;

/**
 * listKeys (view) → `{keys: ApiKey[]}`, newest first; secrets are never stored, so never shown.
 */
final class ListKeysAction implements AdminAction
{
    /** @var ApiKeyService */
    private $keys;

    public function __construct(ApiKeyService $keys)
    {
        $this->keys = $keys;
    }

    public static function fromApplication(Application $app): AdminAction
    {
        return new self($app->apiKeyService());
    }

    public function handle(array $params, ActionContext $context): array
    {
        $keys = [];
        foreach ($this->keys->all() as $key) {
            $keys[] = $key->toArray();
        }

        return ['keys' => $keys];
    }
}
