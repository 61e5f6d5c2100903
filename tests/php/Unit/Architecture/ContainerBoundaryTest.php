<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Architecture;

use Ebpdocuments\Application;
use Ebpdocuments\Shop\ApplicationFactory;
use Ebpdocuments\Shop\CustomerFrontController;
use Ebpdocuments\Shop\MachineFrontController;
use PhpParser\Node;
use PhpParser\NodeFinder;
use PhpParser\NodeTraverser;
use PhpParser\NodeVisitor\NameResolver;
use PhpParser\ParserFactory;
use PHPUnit\Framework\TestCase;

/**
 * Wiring by constructor: only the composition root (Application and its providers under Wiring/) and the door
 * adapters that PrestaShop calls know the container. Every other class of module/src receives its collaborators in
 * its constructor: none takes the container (or a provider) as a parameter, nor names it anywhere.
 */
final class ContainerBoundaryTest extends TestCase
{
    /** The classes of module/src that may know the container: the root, its providers (Wiring\*), the door adapters. */
    const MAY_KNOW_THE_CONTAINER = [
        Application::class,
        ApplicationFactory::class,
        MachineFrontController::class,
        CustomerFrontController::class,
    ];

    const PROVIDERS_NAMESPACE = 'Ebpdocuments\\Wiring\\';

    public function testNoClassBelowTheDoorsTakesTheContainerInItsConstructor(): void
    {
        $found = [];
        foreach ($this->classesBelowTheDoors() as $relative => $ast) {
            foreach ((new NodeFinder())->findInstanceOf($ast, Node\Stmt\ClassMethod::class) as $method) {
                if ($method->name->toLowerString() !== '__construct') {
                    continue;
                }
                foreach ($method->params as $param) {
                    foreach ($this->typeNames($param->type) as $type) {
                        if (self::isContainer($type)) {
                            $found[] = $relative . ':' . $param->getStartLine() . ' takes ' . $type;
                        }
                    }
                }
            }
        }
        $this->assertSame([], $found, "These constructors take the container; give them their collaborators instead:\n" . implode("\n", $found));
    }

    public function testNoClassBelowTheDoorsNamesTheContainer(): void
    {
        $found = [];
        foreach ($this->classesBelowTheDoors() as $relative => $ast) {
            foreach ((new NodeFinder())->findInstanceOf($ast, Node\Name::class) as $name) {
                $resolved = $name->getAttribute('resolvedName');
                $full = $resolved instanceof Node\Name ? $resolved->toString() : $name->toString();
                if (self::isContainer($full)) {
                    $found[] = $relative . ':' . $name->getStartLine() . ' names ' . $full;
                }
            }
        }
        $this->assertSame([], array_values(array_unique($found)), "Only the composition root and the door adapters may know the container:\n" . implode("\n", array_unique($found)));
    }

    /** The rule itself is checked: a class taking the container is found. */
    public function testTheCheckFindsAConstructorTakingTheContainer(): void
    {
        $ast = $this->parse('<?php namespace Ebpdocuments\Receiving\Api; use Ebpdocuments\Application as App; final class X { public function __construct(int $a, ?App $app) {} }');
        $types = [];
        foreach ((new NodeFinder())->findInstanceOf($ast, Node\Param::class) as $param) {
            $types = array_merge($types, $this->typeNames($param->type));
        }
        $this->assertSame(['int', 'Ebpdocuments\Application'], $types);
        $this->assertTrue(self::isContainer('Ebpdocuments\Application'));
        $this->assertTrue(self::isContainer('Ebpdocuments\Wiring\CoreServices'));
        $this->assertFalse(self::isContainer('Ebpdocuments\Receiving\Api\DocumentIntake'));
    }

    private static function isContainer(string $class): bool
    {
        $class = ltrim($class, '\\');

        return $class === 'Ebpdocuments\Application' || strpos($class, 'Ebpdocuments\Wiring\\') === 0;
    }

    /**
     * @return array<string, Node[]> relative path => resolved AST, for every file that may not know the container
     */
    private function classesBelowTheDoors(): array
    {
        $root = dirname(__DIR__, 4) . '/module/src/';
        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($root, \FilesystemIterator::SKIP_DOTS));
        $out = [];
        foreach ($files as $file) {
            $path = (string) $file;
            if (substr($path, -4) !== '.php') {
                continue;
            }
            $relative = substr($path, strlen($root));
            $ast = $this->parse((string) file_get_contents($path));
            $class = $this->declaredClass($ast);
            if (in_array($class, self::MAY_KNOW_THE_CONTAINER, true) || strpos($class, self::PROVIDERS_NAMESPACE) === 0) {
                continue;
            }
            $out[$relative] = $ast;
        }
        ksort($out);
        $this->assertGreaterThan(100, count($out), 'module/src was not found');

        return $out;
    }

    /**
     * @param Node[] $ast
     */
    private function declaredClass(array $ast): string
    {
        $declared = (new NodeFinder())->findFirstInstanceOf($ast, Node\Stmt\ClassLike::class);

        return $declared instanceof Node\Stmt\ClassLike && $declared->namespacedName !== null ? $declared->namespacedName->toString() : '';
    }

    /**
     * @return Node[]
     */
    private function parse(string $code): array
    {
        $ast = (new ParserFactory())->createForHostVersion()->parse($code);
        $traverser = new NodeTraverser();
        $traverser->addVisitor(new NameResolver());

        return $traverser->traverse($ast === null ? [] : $ast);
    }

    /**
     * @param Node|null $type
     *
     * @return string[]
     */
    private function typeNames($type): array
    {
        if ($type === null) {
            return [];
        }
        if ($type instanceof Node\NullableType) {
            return $this->typeNames($type->type);
        }
        if ($type instanceof Node\UnionType || $type instanceof Node\IntersectionType) {
            $names = [];
            foreach ($type->types as $inner) {
                $names = array_merge($names, $this->typeNames($inner));
            }

            return $names;
        }
        if ($type instanceof Node\Identifier) {
            return [$type->toString()];
        }

        return $type instanceof Node\Name ? [$type->toString()] : [];
    }
}
