<?php

declare(strict_types=1);

namespace Ebpdocuments\Wiring;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\ClassFactory;

/**
 * A ClassFactory from a map class => closure building it (the closures of a provider: nothing is built before asked).
 */
final class FactoryMap implements ClassFactory
{
    /** @var array<string, callable(): object> */
    private $factories;

    /**
     * @param array<string, callable(): object> $factories
     */
    public function __construct(array $factories)
    {
        $this->factories = $factories;
    }

    public function create(string $class)
    {
        if (!isset($this->factories[$class])) {
            throw new \LogicException('No factory for ' . $class . ': add it to its provider in module/src/Wiring.');
        }
        $object = call_user_func($this->factories[$class]);
        if (!$object instanceof $class) {
            throw new \LogicException('The factory for ' . $class . ' built ' . get_class($object));
        }

        return $object;
    }

    /**
     * @return string[] the classes this factory builds
     */
    public function classes(): array
    {
        return array_keys($this->factories);
    }
}
