<?php

/**
 * Usage: php tests/php/tools/check-php72.php [path ...]   (default: module/)
 *
 * Fails (exit 1) when a PHP file uses syntax, functions, classes or constants
 * that PHP 7.2 does not have. vendor/ folders are skipped. Polyfills required
 * by module/composer.json (symfony/polyfill-*) are honoured.
 */

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';
require_once __DIR__ . '/Php72Checker.php';

use Ebpdocuments\DevTools\Php72Checker;

$repoRoot = dirname(__DIR__, 3);
$paths = array_slice($argv, 1);
if ($paths === []) {
    $paths = [$repoRoot . '/module'];
}

$files = [];
foreach ($paths as $path) {
    if (is_file($path)) {
        $files[] = $path;
        continue;
    }
    if (!is_dir($path)) {
        fwrite(STDERR, "check-php72: no such file or folder: $path\n");
        exit(2);
    }
    $it = new RecursiveIteratorIterator(
        new RecursiveCallbackFilterIterator(
            new RecursiveDirectoryIterator($path, FilesystemIterator::SKIP_DOTS),
            static function (SplFileInfo $f): bool {
                return !($f->isDir() && in_array($f->getFilename(), ['vendor', 'node_modules', '.git'], true));
            }
        )
    );
    foreach ($it as $f) {
        if ($f->isFile() && $f->getExtension() === 'php') {
            $files[] = $f->getPathname();
        }
    }
}
sort($files);

$checker = new Php72Checker(Php72Checker::polyfillsFromComposerJson($repoRoot . '/module/composer.json'));
$count = 0;
foreach ($files as $file) {
    foreach ($checker->checkFile($file) as $f) {
        $rel = strpos($f['file'], $repoRoot . '/') === 0 ? substr($f['file'], strlen($repoRoot) + 1) : $f['file'];
        printf("%s:%d  [%s, PHP %s] %s\n", $rel, $f['line'], $f['rule'], $f['version'], $f['message']);
        ++$count;
    }
}

printf("PHP 7.2 check: %d file(s), %d problem(s)\n", count($files), $count);
exit($count === 0 ? 0 : 1);
