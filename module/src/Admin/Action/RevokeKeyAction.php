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
use Ebpdocuments\Application;
use Ebpdocuments\Auth\ApiKeyService;
use Ebpdocuments\Http\NotFoundException;

/**
 * revokeKey (edit) `{id}` → `{key: ApiKey}`. Revoking twice answers the key as it is.
 */
final class RevokeKeyAction implements AdminAction
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
        $id = (new Params($params))->id('id');
        try {
            $key = $this->keys->revoke($id);
        } catch (NotFoundException $missing) {
            throw ActionException::notFound(AdminMessages::KEY_NOT_FOUND, 'id');
        }

        return ['key' => $key->toArray()];
    }
}
