<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;
use Ebpdocuments\Http\Response;

/**
 * An action that answers something other than the JSON envelope (the admin PDF download).
 */
interface ResponseAction
{
    public static function fromApplication(Application $app): self;

    /**
     * @param array<string, mixed> $params
     */
    public function respond(array $params, ActionContext $context): Response;
}
