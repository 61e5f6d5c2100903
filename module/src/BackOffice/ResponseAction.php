<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Http\Response;

/**
 * An action that answers something other than the JSON envelope (the admin PDF download).
 */
interface ResponseAction
{
    /**
     * @param array<string, mixed> $params
     */
    public function respond(array $params, ActionContext $context): Response;
}
