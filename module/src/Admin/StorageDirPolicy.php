<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Decides whether a folder may hold the documents: an absolute path, no "..", and never where the web server serves
 * files. Inside the shop's folder only var/ is private (PrestaShop protects it, and it is where modules keep their
 * files); everything else there (modules/, img/, upload/, download/, themes/…) can be reached from a browser.
 * Some system folders are refused outright. Symbolic links are resolved before comparing.
 */
final class StorageDirPolicy
{
    const SYSTEM_FOLDERS = ['/', '/bin', '/boot', '/dev', '/etc', '/lib', '/lib64', '/proc', '/root', '/run', '/sbin', '/sys', '/usr', '/var/www'];

    /** @var string[] resolved public roots (shop root, web server document root) */
    private $publicRoots;
    /** @var string resolved shop root, '' when unknown */
    private $shopRoot;

    public function __construct(string $shopRoot, string $documentRoot = '')
    {
        $this->shopRoot = $shopRoot === '' ? '' : self::resolve($shopRoot);
        $roots = [];
        foreach ([$shopRoot, $documentRoot] as $root) {
            if (trim($root) !== '') {
                $roots[] = self::resolve($root);
            }
        }
        $this->publicRoots = array_values(array_unique($roots));
    }

    /**
     * @return string|null the AdminMessages key of the refusal, or null when the folder may be used
     */
    public function refusal(string $path): ?string
    {
        if (!self::isAbsolute($path) || strpos($path, "\0") !== false || preg_match('#(^|[/\\\\])\.\.?([/\\\\]|$)#', $path) === 1
            || preg_match('#^[a-z][a-z0-9+.-]*://#i', $path) === 1) {
            return AdminMessages::STORAGE_NOT_ABSOLUTE;
        }
        $resolved = self::resolve($path);
        foreach (self::SYSTEM_FOLDERS as $system) {
            if ($resolved === $system) {
                return AdminMessages::STORAGE_PUBLIC;
            }
        }
        if ($this->shopRoot !== '' && self::isWithin($resolved, $this->shopRoot . '/var') && $resolved !== $this->shopRoot . '/var') {
            return null;
        }
        foreach ($this->publicRoots as $root) {
            if ($resolved === $root || self::isWithin($resolved, $root)) {
                return AdminMessages::STORAGE_PUBLIC;
            }
        }

        return null;
    }

    private static function isAbsolute(string $path): bool
    {
        return $path !== '' && ($path[0] === '/' || preg_match('#^[A-Za-z]:[/\\\\]#', $path) === 1);
    }

    private static function isWithin(string $path, string $root): bool
    {
        $root = rtrim($root, '/');

        return strpos($path . '/', $root . '/') === 0 && $path !== $root;
    }

    /**
     * The real path of the nearest existing ancestor, with the rest appended: a folder that does not exist yet is
     * judged where it will really be.
     */
    private static function resolve(string $path): string
    {
        $path = rtrim(str_replace('\\', '/', $path), '/');
        if ($path === '') {
            return '/';
        }
        $rest = [];
        $current = $path;
        while ($current !== '' && $current !== '/' && @realpath($current) === false) {
            array_unshift($rest, basename($current));
            $current = dirname($current);
        }
        $real = @realpath($current === '' ? '/' : $current);
        $base = $real === false ? $current : str_replace('\\', '/', $real);
        $full = rtrim($base, '/') . ($rest === [] ? '' : '/' . implode('/', $rest));

        return $full === '' ? '/' : $full;
    }
}
