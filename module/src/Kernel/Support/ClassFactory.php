<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Builds one class of a closed set when a request needs it: the route handlers of API v1 and the back office's
 * actions, so a door builds only what its request runs. The composition root (Wiring\) provides it; the doors know
 * this interface only, never the container.
 */
interface ClassFactory
{
    /**
     * @template T of object
     *
     * @param class-string<T> $class
     *
     * @return T
     *
     * @throws \LogicException when the class is not one this factory builds
     */
    public function create(string $class);
}
