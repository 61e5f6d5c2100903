<?php

/**
 * Lays module/src out by what the product does (issue 10 item 6): receiving, matching, storage, customer side,
 * back office, shop glue (PrestaShop adapters), plus the shared kernel and the composition root (Wiring).
 *
 *   php tools/relayout.php            moves the files (git mv) and rewrites every reference
 *   php tools/relayout.php --dry-run  prints the moves only
 *
 * Deterministic and re-runnable: the rules below are by folder (a file someone adds to an old folder moves with it)
 * plus a few classes; a second run on a laid-out tree changes nothing. What it rewrites:
 *  - PHP (module/, tests/, tools/ except this folder): namespaces, `use` imports and class names, resolved with
 *    nikic/php-parser (tests/php/vendor), so relative names and namespace imports stay right; an import is added
 *    where a class left its former siblings; `dirname(__DIR__, N)` follows the file's new depth; in comments and
 *    strings, fully qualified names, names relative to Ebpdocuments\ and module/src paths;
 *  - other text (docs, READMEs, TypeScript, config): fully qualified names, names relative to Ebpdocuments\ and
 *    module/src paths; docs/ARCHITECTURE.md's "### Folders" section is replaced by tools/relayout/folders.md;
 *  - installs the guard test tools/relayout/GroupCyclesTest.php into tests/php/Unit/Architecture/.
 * Run it from the repository root with a clean work tree, then run the tests.
 */

declare(strict_types=1);

use PhpParser\Node;
use PhpParser\NodeFinder;
use PhpParser\NodeTraverser;
use PhpParser\NodeVisitor\NameResolver;
use PhpParser\ParserFactory;

const ROOT_NS = 'Ebpdocuments\\';

/** Old namespace (relative to Ebpdocuments\) => new one, for every class below it; the longest match wins. */
const FOLDERS = [
    // Shared kernel: plain values, ports and HTTP primitives every side uses.
    'Support' => 'Kernel\\Support',
    'Database' => 'Kernel\\Database',
    'Domain' => 'Kernel\\Domain',
    'Http' => 'Kernel\\Http',
    // Receiving: the connectors' doors, their keys, ingestion.
    'Api' => 'Receiving\\Api',
    'Auth' => 'Receiving\\Auth',
    'Ingestion' => 'Receiving\\Ingestion',
    // Matching: who receives a document.
    'Matching' => 'Matching',
    // Storage: files, rows, events and the changes of a stored document.
    'Storage' => 'Storage',
    'Repository' => 'Storage\\Repository',
    'Documents' => 'Storage\\Documents',
    // Customer side.
    'Front' => 'Customer',
    'Gdpr' => 'Customer\\Gdpr',
    // Back office.
    'Admin' => 'BackOffice',
    'Presenter' => 'BackOffice\\Presenter',
    'Translation' => 'BackOffice\\Translation',
    'Import' => 'BackOffice\\Import',
    'Health' => 'BackOffice\\Health',
    'Setup' => 'BackOffice\\Setup',
    'Maintenance' => 'BackOffice\\Maintenance',
    // Shop glue: what PrestaShop calls and what calls PrestaShop.
    'Adapter' => 'Shop',
    'Install' => 'Shop\\Install',
    // Composition root.
    'Wiring' => 'Wiring',
];

/** Classes that do not follow their folder (old => new, relative to Ebpdocuments\): each breaks a cycle. */
const CLASSES = [
    // Thrown by the PDF checks (storage) and the validator (receiving): a refusal of the shared kernel.
    'Ingestion\\InvalidDocumentException' => 'Kernel\\Domain\\InvalidDocumentException',
    // What the document store tells after a commit (implemented by the customer side's new-document mail).
    'Ingestion\\DocumentListener' => 'Storage\\Documents\\DocumentListener',
    // The connectors' error mapper knows ingestion's and storage's exceptions.
    'Http\\ErrorMapper' => 'Receiving\\Api\\ErrorMapper',
    // The learned EBP code → customer links are matching's data.
    'Repository\\CustomerLinkRepository' => 'Matching\\CustomerLinkRepository',
];

/** Test-only classes out of src: old (relative) => [new fully qualified, new path]. */
const TEST_ONLY = [
    'Support\\InMemorySettings' => ['Ebpdocuments\\Tests\\Support\\InMemorySettings', 'tests/php/Support/InMemorySettings.php'],
];

const TEXT_EXTENSIONS = ['md', 'ts', 'js', 'vue', 'neon', 'xml', 'sh', 'yaml', 'yml', 'json', 'tpl'];

main($argv);

/**
 * @param string[] $argv
 */
function main(array $argv): void
{
    $dryRun = in_array('--dry-run', $argv, true);
    $root = getcwd();
    if (!is_file($root . '/module/ebpdocuments.php') || !is_file($root . '/tests/php/vendor/autoload.php')) {
        fwrite(STDERR, "Run from the repository root, after composer install in tests/php.\n");
        exit(2);
    }
    require $root . '/tests/php/vendor/autoload.php';

    $map = new ClassMap(scanClasses($root . '/module/src'));
    $moves = $map->moves();
    foreach ($moves as $from => $to) {
        echo $from, ' -> ', $to, "\n";
    }
    echo count($moves), " file(s) to move\n";
    if ($dryRun) {
        return;
    }

    // 1. Rewrite every file in place (old paths), so each PHP file is parsed once, with its old names.
    $changed = [];
    foreach (trackedFiles($root) as $file) {
        $path = $root . '/' . $file;
        $old = (string) file_get_contents($path);
        $new = substr($file, -4) === '.php' ? rewritePhp($old, $file, $map) : rewriteText($old, $map);
        if ($file === 'docs/ARCHITECTURE.md') {
            $new = replaceFoldersSection($new, (string) file_get_contents(__DIR__ . '/relayout/folders.md'));
        }
        if ($new !== $old) {
            file_put_contents($path, $new);
            $changed[] = $file;
        }
    }
    echo count($changed), " file(s) rewritten\n";

    // 2. Move the files.
    foreach ($moves as $from => $to) {
        @mkdir(dirname($root . '/' . $to), 0777, true);
        $tracked = trim((string) shell_exec('git ls-files -- ' . escapeshellarg($from))) !== '';
        if ($tracked) {
            passthru('git mv ' . escapeshellarg($from) . ' ' . escapeshellarg($to), $status);
            if ($status !== 0) {
                exit(1);
            }
        } else {
            rename($root . '/' . $from, $root . '/' . $to);
        }
    }
    removeEmptyFolders($root . '/module/src');

    // 3. The guard: no cycle between the top-level groups.
    $guard = $root . '/tests/php/Unit/Architecture/GroupCyclesTest.php';
    @mkdir(dirname($guard), 0777, true);
    copy(__DIR__ . '/relayout/GroupCyclesTest.php', $guard);
    $changed = array_merge(array_diff($changed, array_keys($moves)), array_values($moves), [substr($guard, strlen($root) + 1)]);
    foreach (array_chunk($changed, 100) as $chunk) {
        passthru('git add -- ' . implode(' ', array_map('escapeshellarg', $chunk)));
    }
    echo "done: run the tests (tests/run.sh), then commit\n";
}

final class ClassMap
{
    /** @var array<string, string> old fully qualified class => new fully qualified class (classes of module/src) */
    public $classes = [];
    /** @var array<string, string> old fully qualified namespace => new (every namespace of module/src) */
    public $namespaces = [];
    /** @var array<string, string> fully qualified class => path relative to the repository root, before the moves */
    private $oldPaths = [];
    /** @var array<string, string> old path of a file or folder under module/src (relative to src/) => new */
    public $paths = [];

    /**
     * @param array<string, string> $classes fully qualified class => path relative to module/src
     */
    public function __construct(array $classes)
    {
        $taken = [];
        foreach ($classes as $class => $relative) {
            $new = $this->map($class);
            if (isset($taken[strtolower($new)]) || ($new !== $class && isset($classes[$new]) && $this->map($new) === $new)) {
                fwrite(STDERR, "$class and " . (isset($taken[strtolower($new)]) ? $taken[strtolower($new)] : $new) . " would both be $new: rename one, or add a rule to CLASSES\n");
                exit(1);
            }
            $taken[strtolower($new)] = $class;
            $this->classes[$class] = $new;
            $this->oldPaths[$class] = 'module/src/' . $relative;
            $this->namespaces[namespaceOf($class)] = namespaceOf($new);
            if ($new !== $class) {
                $this->paths[$relative] = $this->newRelativePath($new);
            }
        }
        foreach (FOLDERS as $from => $to) {
            if ($from !== $to && is_dir(getcwd() . '/module/src/' . str_replace('\\', '/', $from))) {
                $this->paths[str_replace('\\', '/', $from) . '/'] = str_replace('\\', '/', $to) . '/';
            }
            $this->namespaces[ROOT_NS . $from] = ROOT_NS . $to;
        }
        uksort($this->paths, function (string $a, string $b): int {
            return strlen($b) - strlen($a) ?: strcmp($a, $b);
        });
    }

    /** The new name of a class or namespace (fully qualified, no leading backslash); others unchanged. */
    public function map(string $name): string
    {
        if (strpos($name, ROOT_NS) !== 0) {
            return $name;
        }
        $relative = substr($name, strlen(ROOT_NS));
        if (isset(TEST_ONLY[$relative])) {
            return TEST_ONLY[$relative][0];
        }
        if (isset(CLASSES[$relative])) {
            return ROOT_NS . CLASSES[$relative];
        }
        $best = null;
        foreach (FOLDERS as $from => $to) {
            if (($relative === $from || strpos($relative, $from . '\\') === 0) && ($best === null || strlen($from) > strlen($best))) {
                $best = $from;
            }
        }

        return $best === null ? $name : ROOT_NS . FOLDERS[$best] . substr($relative, strlen($best));
    }

    /**
     * @return array<string, string> old path => new path (repository-relative), sorted
     */
    public function moves(): array
    {
        $moves = [];
        foreach ($this->classes as $old => $new) {
            if ($old === $new) {
                continue;
            }
            $relative = substr($old, strlen(ROOT_NS));
            $moves[$this->oldPaths[$old]] = isset(TEST_ONLY[$relative]) ? TEST_ONLY[$relative][1] : 'module/src/' . $this->newRelativePath($new);
        }
        ksort($moves);

        return $moves;
    }

    /** A module/src path relative to src/ (file or folder with trailing slash) => its new one, or null. */
    public function mapPath(string $relative): ?string
    {
        foreach ($this->paths as $from => $to) {
            if ($relative === $from || (substr($from, -1) === '/' && strpos($relative, $from) === 0)) {
                return $to . substr($relative, strlen($from));
            }
        }

        return null;
    }

    /** How many folders deeper (or higher) the file of $class lands. */
    public function depthChange(string $class): int
    {
        return substr_count($this->map($class), '\\') - substr_count($class, '\\');
    }

    private function newRelativePath(string $new): string
    {
        if (strpos($new, ROOT_NS . 'Tests\\') === 0) {
            foreach (TEST_ONLY as $target) {
                if ($target[0] === $new) {
                    return '../../' . $target[1];
                }
            }
        }

        return str_replace('\\', '/', substr($new, strlen(ROOT_NS))) . '.php';
    }
}

/**
 * @return array<string, string> fully qualified class => path relative to $src
 */
function scanClasses(string $src): array
{
    $classes = [];
    $files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($src, FilesystemIterator::SKIP_DOTS));
    foreach ($files as $file) {
        $path = (string) $file;
        if (substr($path, -4) === '.php') {
            $relative = substr($path, strlen($src) + 1);
            $classes[ROOT_NS . str_replace('/', '\\', substr($relative, 0, -4))] = $relative;
        }
    }
    ksort($classes);

    return $classes;
}

function namespaceOf(string $class): string
{
    $at = strrpos($class, '\\');

    return $at === false ? '' : substr($class, 0, $at);
}

function shortName(string $class): string
{
    $at = strrpos($class, '\\');

    return $at === false ? $class : substr($class, $at + 1);
}

/**
 * @return string[] files git tracks (and untracked ones it does not ignore) that may name classes or src paths
 */
function trackedFiles(string $root): array
{
    $list = explode("\0", (string) shell_exec('cd ' . escapeshellarg($root) . ' && git ls-files -z --cached --others --exclude-standard'));
    $files = [];
    foreach ($list as $file) {
        if ($file === '' || !is_file($root . '/' . $file) || strpos($file, 'tools/relayout') === 0) {
            continue;
        }
        if (preg_match('#(^|/)(vendor|node_modules|dist|\.cache)/|^module/views/(js|css)/#', $file) === 1) {
            continue;
        }
        $extension = pathinfo($file, PATHINFO_EXTENSION);
        if ($extension === 'php' || in_array($extension, TEXT_EXTENSIONS, true)) {
            $files[] = $file;
        }
    }
    sort($files);

    return $files;
}

/**
 * One PHP file: its names (with their imports) by the parser, then comments and strings as text.
 */
function rewritePhp(string $code, string $file, ClassMap $map): string
{
    $parser = (new ParserFactory())->createForHostVersion();
    try {
        $ast = $parser->parse($code);
    } catch (\PhpParser\Error $error) {
        fwrite(STDERR, "$file: not parsed ({$error->getMessage()}), rewritten as text\n");

        return rewriteText($code, $map);
    }
    if ($ast === null) {
        return $code;
    }
    $traverser = new NodeTraverser();
    $traverser->addVisitor(new NameResolver(null, ['replaceNodes' => false]));
    $ast = $traverser->traverse($ast);
    $finder = new NodeFinder();

    /** @var Node\Stmt\Namespace_|null $namespaceNode */
    $namespaceNode = $finder->findFirstInstanceOf($ast, Node\Stmt\Namespace_::class);
    $oldNamespace = $namespaceNode !== null && $namespaceNode->name !== null ? $namespaceNode->name->toString() : '';
    $newNamespace = $oldNamespace === '' ? '' : $map->map($oldNamespace);
    $declared = $finder->findFirstInstanceOf($ast, Node\Stmt\ClassLike::class);
    $ownClass = $declared instanceof Node\Stmt\ClassLike && $declared->name !== null ? $oldNamespace . '\\' . $declared->name->toString() : '';
    if ($ownClass !== '' && isset($map->classes[ltrim($ownClass, '\\')])) {
        $newNamespace = namespaceOf($map->classes[ltrim($ownClass, '\\')]);
    }
    $ownShort = $declared instanceof Node\Stmt\ClassLike && $declared->name !== null ? $declared->name->toString() : '';

    $edits = [];
    // The imports: alias => new target, for classes and namespaces alike.
    $imports = [];
    $lastUseEnd = null;
    foreach ($finder->findInstanceOf($ast, Node\Stmt\Use_::class) as $use) {
        if ($use->type !== Node\Stmt\Use_::TYPE_NORMAL) {
            continue;
        }
        $lastUseEnd = $use->getEndFilePos();
        foreach ($use->uses as $item) {
            $old = $item->name->toString();
            $new = $map->map($old);
            $alias = $item->alias !== null ? $item->alias->toString() : shortName($new);
            $imports[$alias] = $new;
            if ($new !== $old) {
                $edits[] = [$item->name->getStartFilePos(), $item->name->getEndFilePos(), $new];
            }
        }
    }
    if ($namespaceNode !== null && $namespaceNode->name !== null && $newNamespace !== $oldNamespace) {
        $edits[] = [$namespaceNode->name->getStartFilePos(), $namespaceNode->name->getEndFilePos(), $newNamespace];
    }

    // Former siblings (same old namespace) that no longer share the file's namespace, named by their short name.
    $added = [];
    foreach ($map->classes as $old => $new) {
        $short = shortName($old);
        if (namespaceOf($old) !== $oldNamespace || $old === ltrim($ownClass, '\\') || namespaceOf($new) === $newNamespace) {
            continue;
        }
        // Code names are settled below; here the docblock types (@var, @param, @return, @throws…) that name it.
        if (isset($imports[$short]) || $short === $ownShort || preg_match('/@[\w-]+\s[^\n]*?(?<=[\s|<(,?])' . preg_quote($short, '/') . '(?![\w\\\\])/', $code) !== 1) {
            continue;
        }
        $imports[$short] = $new;
        $added[$new] = true;
    }
    // Classes arriving from elsewhere into this namespace no longer need their import (harmless if kept).

    foreach ($finder->findInstanceOf($ast, Node\Name::class) as $name) {
        $resolved = $name->getAttribute('resolvedName');
        if (!$resolved instanceof Node\Name) {
            continue;
        }
        $old = $resolved->toString();
        if (strpos($old, ROOT_NS) !== 0) {
            continue;
        }
        $target = $map->map($old);
        $written = $name;
        if ($written instanceof Node\Name\FullyQualified) {
            if ($target !== $old) {
                $edits[] = [$name->getStartFilePos(), $name->getEndFilePos(), '\\' . $target];
            }
            continue;
        }
        $text = $written->toString();
        if (resolveIn($text, $newNamespace, $imports) === $target) {
            continue;
        }
        $edits[] = [$name->getStartFilePos(), $name->getEndFilePos(), nameFor($target, $newNamespace, $imports, $added, $ownShort)];
    }

    // Apply from the end so offsets stay right.
    usort($edits, function (array $a, array $b): int {
        return $b[0] - $a[0];
    });
    $seen = [];
    foreach ($edits as $edit) {
        if (isset($seen[$edit[0]])) {
            continue;
        }
        $seen[$edit[0]] = true;
        $code = substr($code, 0, $edit[0]) . $edit[2] . substr($code, $edit[1] + 1);
    }
    if ($added !== []) {
        $lines = '';
        foreach (array_keys($added) as $class) {
            $lines .= 'use ' . $class . ";\n";
        }
        $code = addImports($code, $lines);
    }
    if ($edits !== [] || $added !== []) {
        $code = sortImports($code);
    }
    if ($ownClass !== '') {
        $depth = $map->depthChange(ltrim($ownClass, '\\'));
        if ($depth !== 0) {
            $code = (string) preg_replace_callback('/dirname\(__DIR__, (\d+)\)/', function (array $m) use ($depth): string {
                return 'dirname(__DIR__, ' . ((int) $m[1] + $depth) . ')';
            }, $code);
        }
    }

    return rewriteCommentsAndStrings($code, $map, array_keys($imports));
}

/**
 * What a written (not fully qualified) class name resolves to in a namespace with these imports.
 *
 * @param array<string, string> $imports
 */
function resolveIn(string $written, string $namespace, array $imports): string
{
    $parts = explode('\\', $written);
    if (isset($imports[$parts[0]])) {
        $parts[0] = $imports[$parts[0]];

        return implode('\\', $parts);
    }

    return ($namespace === '' ? '' : $namespace . '\\') . $written;
}

/**
 * The shortest way to write $target here: same namespace, an import (of the class or of a namespace above it), a new
 * import, or fully qualified.
 *
 * @param array<string, string> $imports
 * @param array<string, bool> $added
 */
function nameFor(string $target, string $namespace, array &$imports, array &$added, string $ownShort): string
{
    $short = shortName($target);
    if (namespaceOf($target) === $namespace && !isset($imports[$short])) {
        return $short;
    }
    foreach ($imports as $alias => $imported) {
        if ($imported === $target) {
            return $alias;
        }
    }
    foreach ($imports as $alias => $imported) {
        if (strpos($target, $imported . '\\') === 0) {
            return $alias . substr($target, strlen($imported));
        }
    }
    if (!isset($imports[$short]) && $short !== $ownShort) {
        $imports[$short] = $target;
        $added[$target] = true;

        return $short;
    }

    return '\\' . $target;
}

function addImports(string $code, string $lines): string
{
    if (preg_match_all('/^use [^;\n]+;\n/m', $code, $m, PREG_OFFSET_CAPTURE) > 0) {
        $last = end($m[0]);

        return substr($code, 0, $last[1] + strlen($last[0])) . $lines . substr($code, $last[1] + strlen($last[0]));
    }
    // No import yet: after the `if (!defined('_PS_VERSION_')) { exit; }` guard, else after the namespace line.
    if (preg_match('/^if \(!defined\(\'_PS_VERSION_\'\)\) \{\n\s*exit;\n\}\n/m', $code, $m, PREG_OFFSET_CAPTURE) === 1) {
        $at = $m[0][1] + strlen($m[0][0]);

        return substr($code, 0, $at) . "\n" . $lines . substr($code, $at);
    }
    if (preg_match('/^namespace [^;]+;\n/m', $code, $m, PREG_OFFSET_CAPTURE) === 1) {
        $at = $m[0][1] + strlen($m[0][0]);

        return substr($code, 0, $at) . "\n" . $lines . substr($code, $at);
    }

    return $code;
}

/** Each run of consecutive top-level `use` lines in alphabetical order (as the project writes them), duplicates dropped. */
function sortImports(string $code): string
{
    return (string) preg_replace_callback('/(?:^use [^;\n]+;\n)+/m', function (array $m): string {
        $lines = array_values(array_unique(explode("\n", rtrim($m[0], "\n"))));
        usort($lines, function (string $a, string $b): int {
            return strcasecmp(str_replace('\\', ' ', rtrim($a, ';')), str_replace('\\', ' ', rtrim($b, ';')));
        });

        return implode("\n", $lines) . "\n";
    }, $code);
}

/**
 * @param string[] $aliases names imported by the file: a relative name starting with one is the file's own business
 */
function rewriteCommentsAndStrings(string $code, ClassMap $map, array $aliases): string
{
    $out = '';
    foreach (token_get_all($code) as $token) {
        if (is_array($token) && in_array($token[0], [T_COMMENT, T_DOC_COMMENT, T_CONSTANT_ENCAPSED_STRING, T_ENCAPSED_AND_WHITESPACE, T_INLINE_HTML], true)) {
            $out .= rewriteText($token[1], $map, $aliases);
        } else {
            $out .= is_array($token) ? $token[1] : $token;
        }
    }

    return $out;
}

/**
 * Fully qualified names (one or two backslashes), names relative to Ebpdocuments\ of known classes or namespaces,
 * module/src paths.
 *
 * @param string[] $aliases first segments left alone (a PHP file's own imports)
 */
function rewriteText(string $text, ClassMap $map, array $aliases = []): string
{
    // Fully qualified: Ebpdocuments\Admin\X, Ebpdocuments\\Admin\\X.
    $text = (string) preg_replace_callback('/Ebpdocuments((?:\\\\{1,2}[A-Za-z_]\w*)+)/', function (array $m) use ($map): string {
        $separator = strpos($m[1], '\\\\') === 0 ? '\\\\' : '\\';
        $old = ROOT_NS . str_replace($separator, '\\', substr($m[1], strlen($separator)));
        $new = $map->map($old);

        return $new === $old ? $m[0] : str_replace('\\', $separator, $new);
    }, $text);
    // Relative to Ebpdocuments\: Admin\ActionDispatcher, Front\Hook\AccountCreated (known names only).
    $text = (string) preg_replace_callback('/(?<![\w\\\\\/$])([A-Z]\w*(?:\\\\[A-Z]\w*)+)/', function (array $m) use ($map, $aliases): string {
        $first = explode('\\', $m[1])[0];
        if (in_array($first, $aliases, true) || !isset(FOLDERS[$first])) {
            return $m[0];
        }
        $old = ROOT_NS . $m[1];
        if (!isset($map->classes[$old]) && !isset($map->namespaces[$old])) {
            return $m[0];
        }
        $new = $map->map($old);

        return strpos($new, ROOT_NS) === 0 ? substr($new, strlen(ROOT_NS)) : $m[0];
    }, $text);
    // module/src paths (src/Admin/Action/X.php, src/Adapter/): known files and folders only.
    $text = (string) preg_replace_callback('#(?<![\w.-])((?:module/)?src/)([A-Z][\w/]*(?:\.php)?/?)#', function (array $m) use ($map): string {
        $new = $map->mapPath($m[2]);
        if ($new === null) {
            return $m[0];
        }
        if (strpos($new, '../../') === 0) {
            return substr($new, 6);
        }

        return $m[1] . $new;
    }, $text);

    return $text;
}

function replaceFoldersSection(string $markdown, string $section): string
{
    $start = strpos($markdown, "### Folders\n");
    if ($start === false) {
        return $markdown;
    }
    $end = strpos($markdown, "\n### ", $start + 1);
    $end = $end === false ? strlen($markdown) : $end + 1;

    return substr($markdown, 0, $start) . rtrim($section, "\n") . "\n\n" . substr($markdown, $end);
}

function removeEmptyFolders(string $dir): void
{
    foreach (glob($dir . '/*', GLOB_ONLYDIR) ?: [] as $child) {
        removeEmptyFolders($child);
        if ((glob($child . '/{,.}[!.,!..]*', GLOB_BRACE) ?: []) === []) {
            rmdir($child);
        }
    }
}
