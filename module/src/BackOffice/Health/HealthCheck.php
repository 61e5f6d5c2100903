<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Health;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * One health check's verdict: `code` (which check), `state` (ok|warning|error: green, amber, red), `variant` (which
 * sentence the app shows: the finding and, when not ok, the fix) and the sentence's `params`.
 */
final class HealthCheck
{
    const OK = 'ok';
    const WARNING = 'warning';
    const ERROR = 'error';

    /** @var string */
    private $code;
    /** @var string */
    private $state;
    /** @var string */
    private $variant;
    /** @var array<string, string|int> */
    private $params;

    /**
     * @param array<string, string|int> $params
     */
    public function __construct(string $code, string $state, string $variant, array $params = [])
    {
        $this->code = $code;
        $this->state = $state;
        $this->variant = $variant;
        $this->params = $params;
    }

    public function code(): string
    {
        return $this->code;
    }

    public function state(): string
    {
        return $this->state;
    }

    public function variant(): string
    {
        return $this->variant;
    }

    /**
     * @return array<string, string|int>
     */
    public function params(): array
    {
        return $this->params;
    }

    /**
     * @return array{code: string, state: string, variant: string, params: array<string, string|int>}
     */
    public function toArray(): array
    {
        return ['code' => $this->code, 'state' => $this->state, 'variant' => $this->variant, 'params' => $this->params];
    }
}
