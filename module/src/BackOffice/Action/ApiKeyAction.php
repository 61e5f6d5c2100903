<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\Receiving\Auth\ApiKeyService;

/**
 * An action on the connector's API keys (list, create, revoke): all of them work through ApiKeyService only.
 */
abstract class ApiKeyAction implements AdminAction
{
    /** @var ApiKeyService */
    protected $keys;

    final public function __construct(ApiKeyService $keys)
    {
        $this->keys = $keys;
    }
}
