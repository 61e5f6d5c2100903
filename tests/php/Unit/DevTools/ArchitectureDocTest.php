<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\DevTools;

use PHPUnit\Framework\TestCase;

/**
 * docs/ARCHITECTURE.md names only what exists: every `Namespace\Class` is a class of module/src, every
 * `Class::method` a method of that class (module/src, or the PrestaShop stubs for PrestaShop's own classes), and
 * every CamelCase name in backquotes a class of module/src, of the tests, of the PrestaShop stubs or a type of the
 * admin app.
 */
final class ArchitectureDocTest extends TestCase
{
    const ROOT = __DIR__ . '/../../../..';

    /**
     * Names in backquotes that are not the module's classes: PrestaShop classes the stubs do not declare, an OpenAPI
     * schema, a web server directive, product names.
     */
    const NOT_CLASSES = ['PrestaShop', 'MariaDB', 'PrestaShopLogger', 'DbPDO', 'DbMySQLi', 'WebserviceRequest', 'WebserviceKey', 'TypeCode', 'SetEnv'];

    public function testEveryClassAndMethodTheArchitectureNamesExists(): void
    {
        $doc = (string) file_get_contents(self::ROOT . '/docs/ARCHITECTURE.md');
        $classes = self::moduleClasses();
        $others = array_merge(
            self::classNamesIn(self::ROOT . '/tests/php', ['vendor']),
            self::classNamesIn(self::ROOT . '/module/controllers', []),
            self::stubClasses()
        );
        $problems = [];
        $fenced = (string) preg_replace('/```text\n.*?```/s', '', $doc);
        preg_match_all('/`([^`\n]+)`/', $fenced, $spans);
        // The pictures (```text blocks) name classes and methods too: each of their lines is read the same way.
        preg_match_all('/```text\n(.*?)```/s', $doc, $pictures);
        $lines = [];
        foreach ($pictures[1] as $picture) {
            $lines = array_merge($lines, explode("\n", $picture));
        }
        foreach (array_merge($spans[1], $lines) as $span) {
            // A name not inside a path, a file name or a PDF name (`/JavaScript`); `X::class` is no method.
            preg_match_all('/(?<![\w\\\\$>.:\/])((?:[A-Z]\w*\\\\)*[A-Z][A-Za-z0-9]+)(?![\w.\/])(?:::(?!class\b)(\w+))?/', $span, $names, PREG_SET_ORDER);
            foreach ($names as $name) {
                $class = $name[1];
                $method = isset($name[2]) && $name[2] !== '' ? $name[2] : null;
                $short = substr((string) strrchr('\\' . $class, '\\'), 1);
                if (strpos($class, '\\') !== false) {
                    $relative = str_replace('\\', '/', (string) preg_replace('/^Ebpdocuments\\\\/', '', $class));
                    $path = strpos($relative, 'Tests/') === 0
                        ? self::ROOT . '/tests/php/' . substr($relative, 6) . '.php'
                        : self::ROOT . '/module/src/' . $relative . '.php';
                    if (!is_file($path)) {
                        if ($method === null && is_dir(substr($path, 0, -4))) {
                            continue;   // a namespace (`BackOffice\Query`)
                        }
                        $problems[] = '`' . $span . '`: no class ' . $class;
                        continue;
                    }
                    $file = $path;
                } elseif (isset($classes[$short])) {
                    $file = $classes[$short];
                } elseif (in_array($short, $others, true) || in_array($short, self::NOT_CLASSES, true) || class_exists($short, false)) {
                    continue;
                } elseif (preg_match('/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/', $short) === 1 || $method !== null) {
                    $problems[] = '`' . $span . '`: no class ' . $short;
                    continue;
                } else {
                    continue;   // a word (`POST`, `NO_ACCOUNT`, `Db`…)
                }
                if ($method !== null && !preg_match('/^[A-Z_0-9]+$/', $method) && preg_match('/function\s+' . preg_quote($method, '/') . '\s*\(/', (string) file_get_contents($file)) !== 1) {
                    $problems[] = '`' . $span . '`: no method ' . $short . '::' . $method;
                }
                if ($method !== null && preg_match('/^[A-Z_0-9]+$/', $method) && preg_match('/const\s+' . $method . '\b/', (string) file_get_contents($file)) !== 1) {
                    $problems[] = '`' . $span . '`: no constant ' . $short . '::' . $method;
                }
            }
        }
        self::assertSame([], array_values(array_unique($problems)));
    }

    public function testTheCheckFindsAMissingMethod(): void
    {
        $classes = self::moduleClasses();
        self::assertArrayHasKey('DocumentStorage', $classes);
        self::assertSame(1, preg_match('/function\s+sweep\s*\(/', (string) file_get_contents($classes['DocumentStorage'])));
        self::assertSame(0, preg_match('/function\s+dropStatements\s*\(/', (string) file_get_contents($classes['Schema'])));
    }

    /**
     * @return array<string, string> short class name => file
     */
    private static function moduleClasses(): array
    {
        $classes = [];
        $items = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator(self::ROOT . '/module/src', \FilesystemIterator::SKIP_DOTS));
        foreach ($items as $item) {
            if ($item->isFile() && $item->getExtension() === 'php') {
                $classes[$item->getBasename('.php')] = $item->getPathname();
            }
        }

        return $classes;
    }

    /**
     * @param string[] $skip folder names not to enter
     *
     * @return string[]
     */
    private static function classNamesIn(string $dir, array $skip): array
    {
        $names = [];
        $items = new \RecursiveIteratorIterator(new \RecursiveCallbackFilterIterator(
            new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS),
            function (\SplFileInfo $file) use ($skip): bool {
                return !($file->isDir() && in_array($file->getFilename(), $skip, true));
            }
        ));
        foreach ($items as $item) {
            if ($item->isFile() && $item->getExtension() === 'php') {
                $names[] = $item->getBasename('.php');
            }
        }
        foreach (glob(self::ROOT . '/admin-ui/src/types/*.ts') ?: [] as $file) {
            preg_match_all('/(?:interface|type)\s+([A-Z]\w+)/', (string) file_get_contents($file), $types);
            $names = array_merge($names, $types[1]);
        }

        return $names;
    }

    /**
     * @return string[] PrestaShop classes the stubs declare (core names and their *Core parents)
     */
    private static function stubClasses(): array
    {
        preg_match_all('/\bclass\s+(\w+)/', (string) file_get_contents(self::ROOT . '/tests/php/stubs/prestashop.stub.php'), $found);
        $names = [];
        foreach ($found[1] as $name) {
            $names[] = $name;
            $names[] = preg_replace('/Core$/', '', $name);
        }

        return $names;
    }
}
