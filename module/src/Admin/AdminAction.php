<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;

/**
 * One back-office AJAX action. It validates its own params (Admin\Params) and answers the `data` of the
 * `{ok: true, data}` envelope; refusals are thrown as ActionException.
 */
interface AdminAction
{
    /** Builds the action from the module's services (called by ActionDispatcher only when the action runs). */
    public static function fromApplication(Application $app): self;

    /**
     * @param array<string, mixed> $params
     *
     * @return array<string, mixed>
     */
    public function handle(array $params, ActionContext $context): array;
}
