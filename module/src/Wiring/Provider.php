<?php

declare(strict_types=1);

namespace Ebpdocuments\Wiring;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What the providers share: each service is built once, when first asked for.
 */
abstract class Provider
{
    /** @var array<string, object> */
    private $services = [];

    /**
     * Each service getter of a provider is one line: `return $this->shared(X::class, function () {...});`
     *
     * @template T of object
     *
     * @param class-string<T> $id
     * @param callable(): T $factory
     *
     * @return T
     */
    protected function shared(string $id, callable $factory)
    {
        if (!isset($this->services[$id])) {
            $this->services[$id] = $factory();
        }
        /** @var T $service */
        $service = $this->services[$id];

        return $service;
    }
}
