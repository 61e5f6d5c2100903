<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * One back-office AJAX action, built with its collaborators by the back-office provider (Wiring\BackOfficeActions)
 * when it runs. It validates its own params (BackOffice\Params) and answers the `data` of the
 * `{ok: true, data}` envelope; refusals are thrown as Refusal.
 */
interface AdminAction
{
    /**
     * @param array<string, mixed> $params
     *
     * @return array<string, mixed>
     */
    public function handle(array $params, ActionContext $context): array;
}
