<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Architecture;

use PhpParser\Node;
use PhpParser\NodeFinder;
use PhpParser\NodeTraverser;
use PhpParser\NodeVisitor\NameResolver;
use PhpParser\ParserFactory;
use PHPUnit\Framework\TestCase;

/**
 * module/src is laid out by what the product does: each top-level namespace under Ebpdocuments\ is a group
 * (Kernel, Receiving, Matching, Storage, Customer, BackOffice, Shop, Wiring; the root class Application belongs to
 * Wiring). The groups' dependency graph, read from the class names each file uses (imports and every name the
 * parser resolves), has no cycle, and the shared kernel depends on no other group.
 */
final class GroupCyclesTest extends TestCase
{
    const GROUPS = ['BackOffice', 'Customer', 'Kernel', 'Matching', 'Receiving', 'Shop', 'Storage', 'Wiring'];

    public function testTheGroupsDependOnEachOtherWithoutCycle(): void
    {
        $graph = self::graph();
        $cycles = self::cycles($graph);
        self::assertSame([], $cycles, "Cycles between groups:\n" . self::describe($graph, $cycles));
    }

    public function testTheSharedKernelDependsOnNoOtherGroup(): void
    {
        $graph = self::graph();
        self::assertSame([], isset($graph['Kernel']) ? $graph['Kernel'] : [], 'the kernel uses other groups');
    }

    public function testEveryClassBelongsToAKnownGroup(): void
    {
        self::assertSame(self::GROUPS, array_keys(self::classesByGroup()));
    }

    /** The check itself: a two-group loop and a three-group loop are found, a chain is not. */
    public function testTheCycleFinderFindsLoops(): void
    {
        self::assertSame([], self::cycles(['A' => ['B' => ['x']], 'B' => ['C' => ['y']]]));
        self::assertSame([['A', 'B']], self::cycles(['A' => ['B' => ['x']], 'B' => ['A' => ['y']]]));
        self::assertSame([['A', 'B', 'C']], self::cycles(['A' => ['B' => ['x']], 'B' => ['C' => ['y']], 'C' => ['A' => ['z']]]));
    }

    /**
     * @return array<string, array<string, string[]>> group => used group => "Class -> Used" examples
     */
    private static function graph(): array
    {
        $graph = [];
        foreach (self::classesByGroup() as $group => $files) {
            foreach ($files as $class => $ast) {
                foreach ((new NodeFinder())->findInstanceOf($ast, Node\Name::class) as $name) {
                    $resolved = $name->getAttribute('resolvedName');
                    $full = $resolved instanceof Node\Name ? $resolved->toString() : $name->toString();
                    $used = self::groupOf($full);
                    if ($used !== null && $used !== $group) {
                        $graph[$group][$used][$class . ' -> ' . $full] = true;
                    }
                }
                foreach ((new NodeFinder())->findInstanceOf($ast, Node\UseItem::class) as $item) {
                    $used = self::groupOf($item->name->toString());
                    if ($used !== null && $used !== $group) {
                        $graph[$group][$used][$class . ' -> ' . $item->name->toString()] = true;
                    }
                }
            }
        }
        $out = [];
        ksort($graph);
        foreach ($graph as $group => $targets) {
            ksort($targets);
            foreach ($targets as $target => $examples) {
                $out[$group][$target] = array_keys($examples);
            }
        }

        return $out;
    }

    private static function groupOf(string $class): ?string
    {
        $class = ltrim($class, '\\');
        if (strpos($class, 'Ebpdocuments\\') !== 0 || strpos($class, 'Ebpdocuments\\Tests\\') === 0) {
            return null;
        }
        $parts = explode('\\', $class);

        // A class right under Ebpdocuments\ (Application) is the composition root's; Ebpdocuments\Storage is a group.
        return count($parts) === 2 && !in_array($parts[1], self::GROUPS, true) ? 'Wiring' : $parts[1];
    }

    /**
     * @return array<string, array<string, Node[]>> group => class => resolved AST
     */
    private static function classesByGroup(): array
    {
        $root = dirname(__DIR__, 4) . '/module/src/';
        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($root, \FilesystemIterator::SKIP_DOTS));
        $parser = (new ParserFactory())->createForHostVersion();
        $out = [];
        foreach ($files as $file) {
            $path = (string) $file;
            if (substr($path, -4) !== '.php') {
                continue;
            }
            $class = 'Ebpdocuments\\' . str_replace('/', '\\', substr($path, strlen($root), -4));
            $traverser = new NodeTraverser();
            $traverser->addVisitor(new NameResolver());
            $ast = $traverser->traverse((array) $parser->parse((string) file_get_contents($path)));
            $out[(string) self::groupOf($class)][$class] = $ast;
        }
        ksort($out);

        return $out;
    }

    /**
     * Strongly connected components of more than one group (Tarjan), each sorted.
     *
     * @param array<string, array<string, string[]>> $graph
     *
     * @return string[][]
     */
    private static function cycles(array $graph): array
    {
        $index = [];
        $low = [];
        $stack = [];
        $onStack = [];
        $found = [];
        $counter = 0;
        $visit = function (string $node) use (&$visit, &$index, &$low, &$stack, &$onStack, &$found, &$counter, $graph): void {
            $index[$node] = $low[$node] = $counter++;
            $stack[] = $node;
            $onStack[$node] = true;
            foreach (array_keys(isset($graph[$node]) ? $graph[$node] : []) as $next) {
                if (!isset($index[$next])) {
                    $visit($next);
                    $low[$node] = min($low[$node], $low[$next]);
                } elseif (isset($onStack[$next])) {
                    $low[$node] = min($low[$node], $index[$next]);
                }
            }
            if ($low[$node] === $index[$node]) {
                $component = [];
                do {
                    $member = array_pop($stack);
                    unset($onStack[$member]);
                    $component[] = $member;
                } while ($member !== $node);
                if (count($component) > 1) {
                    sort($component);
                    $found[] = $component;
                }
            }
        };
        $nodes = array_keys($graph);
        foreach ($graph as $targets) {
            $nodes = array_merge($nodes, array_keys($targets));
        }
        $nodes = array_values(array_unique($nodes));
        sort($nodes);
        foreach ($nodes as $node) {
            if (!isset($index[$node])) {
                $visit($node);
            }
        }
        sort($found);

        return $found;
    }

    /**
     * @param array<string, array<string, string[]>> $graph
     * @param string[][] $cycles
     */
    private static function describe(array $graph, array $cycles): string
    {
        $lines = [];
        foreach ($cycles as $cycle) {
            foreach ($cycle as $from) {
                foreach ($cycle as $to) {
                    if (isset($graph[$from][$to])) {
                        $lines[] = $from . ' -> ' . $to . ': ' . implode(', ', array_slice($graph[$from][$to], 0, 5));
                    }
                }
            }
        }

        return implode("\n", $lines);
    }
}
