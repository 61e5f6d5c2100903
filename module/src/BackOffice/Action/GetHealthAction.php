<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\Health\HealthCheck;
use Ebpdocuments\BackOffice\Health\HealthChecks;

/**
 * getHealth (view) → `{checks: [{code, state: ok|warning|error, variant, params}]}` (BackOffice\Health\HealthChecks; the app
 * words each check from `health.<code>.<variant>` with its params).
 */
final class GetHealthAction implements AdminAction
{
    /** @var HealthChecks */
    private $checks;

    public function __construct(HealthChecks $checks)
    {
        $this->checks = $checks;
    }

    public function handle(array $params, ActionContext $context): array
    {
        return ['checks' => array_map(function (HealthCheck $check): array {
            return $check->toArray();
        }, $this->checks->run())];
    }
}
