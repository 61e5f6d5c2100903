<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Storage\DocumentStorage;

/**
 * Decides whether a folder may hold the documents, by looking only (it never writes: a refused folder is never
 * created). Symbolic links are resolved before comparing; a folder that does not exist yet is judged where it will be.
 *
 * Where (refusal()):
 * - an absolute path, without "." or ".." segments or a scheme (phar://…);
 * - never a system folder or anything inside one (/etc/cron.d, /usr/…, /proc/…);
 * - never inside a web root, except under the shop's own var/ (PrestaShop denies it to browsers and keeps module
 *   files there). A web root is: the shop's folder, the web server's document root when known, the hosting
 *   conventions (/var/www, /srv/www, /srv/http, /usr/share/nginx, and any folder named public_html, htdocs, httpdocs,
 *   wwwroot), and any existing folder above the path that holds what only a served folder holds: index.php,
 *   index.html, index.htm, .htaccess or web.config. So another site's folder, or a sub-folder of the shop outside var/,
 *   is refused even when no configuration names it.
 *
 * What is there (contentRefusal()):
 * - an existing folder must be empty or a storage folder of this module (only .htaccess with our content, index.php,
 *   tmp/ and two-hex-digit folders): documents never go into a folder that holds someone else's files;
 * - it (or, when it does not exist yet, its nearest existing parent) must be writable.
 */
final class StorageDirPolicy
{
    /** Refused with everything inside them. */
    const SYSTEM_FOLDERS = ['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/libx32', '/proc', '/root', '/run', '/sbin', '/sys', '/usr', '/var/lock', '/var/run', '/var/spool', '/var/mail'];
    /** Refused themselves only (their sub-folders are judged by the other rules). */
    const SYSTEM_ROOTS = ['/', '/home', '/mnt', '/media', '/opt', '/srv', '/tmp', '/var', '/var/lib', '/var/tmp'];
    /** Conventional web roots of Debian, RHEL, Arch and nginx packages. */
    const WEB_FOLDERS = ['/var/www', '/srv/www', '/srv/http', '/usr/share/nginx'];
    /** Folder names that hosting panels serve. */
    const WEB_FOLDER_NAMES = ['public_html', 'htdocs', 'httpdocs', 'wwwroot'];
    /** Files that only a folder served by a web server holds. */
    const WEB_MARKERS = ['index.php', 'index.html', 'index.htm', '.htaccess', 'web.config'];

    /** @var string[] resolved public roots (shop root, web server document root) */
    private $publicRoots;
    /** @var string resolved shop root, '' when unknown */
    private $shopRoot;

    public function __construct(string $shopRoot, string $documentRoot = '')
    {
        $this->shopRoot = trim($shopRoot) === '' ? '' : self::resolve($shopRoot);
        $roots = [];
        foreach ([$shopRoot, $documentRoot] as $root) {
            if (trim($root) !== '') {
                $roots[] = self::resolve($root);
            }
        }
        $this->publicRoots = array_values(array_unique($roots));
    }

    /**
     * Where the folder is.
     *
     * @return string|null the AdminMessages key of the refusal, or null when the place may be used
     */
    public function refusal(string $path): ?string
    {
        if (!self::isAbsolute($path) || strpos($path, "\0") !== false || preg_match('#(^|[/\\\\])\.\.?([/\\\\]|$)#', $path) === 1
            || preg_match('#^[a-z][a-z0-9+.-]*://#i', $path) === 1) {
            return AdminMessages::STORAGE_NOT_ABSOLUTE;
        }
        $resolved = self::resolve($path);
        foreach (self::SYSTEM_FOLDERS as $system) {
            if ($resolved === $system || self::isWithin($resolved, $system)) {
                return AdminMessages::STORAGE_SYSTEM;
            }
        }
        if (in_array($resolved, self::SYSTEM_ROOTS, true)) {
            return AdminMessages::STORAGE_SYSTEM;
        }
        if ($this->shopRoot !== '' && self::isWithin($resolved, $this->shopRoot . '/var') && $resolved !== $this->shopRoot . '/var') {
            return null;
        }
        foreach (array_merge($this->publicRoots, self::WEB_FOLDERS) as $root) {
            if ($resolved === $root || self::isWithin($resolved, $root)) {
                return AdminMessages::STORAGE_PUBLIC;
            }
        }
        if ($this->insideServedFolder($resolved)) {
            return AdminMessages::STORAGE_PUBLIC;
        }

        return null;
    }

    /**
     * What is at the place now: an existing folder must be empty or one of our storage folders, and writable; a new
     * one must be creatable (its nearest existing parent writable).
     *
     * @return string|null the AdminMessages key of the refusal, or null
     */
    public function contentRefusal(string $path): ?string
    {
        $path = rtrim(str_replace('\\', '/', $path), '/');
        if (file_exists($path) || is_link($path)) {
            if (!is_dir($path)) {
                return AdminMessages::STORAGE_NOT_WRITABLE;
            }
            if (!self::isEmptyOrStorage($path)) {
                return AdminMessages::STORAGE_NOT_EMPTY;
            }
            $temp = $path . '/' . DocumentStorage::TEMP_DIR;

            return is_writable($path) && (!is_dir($temp) || is_writable($temp)) ? null : AdminMessages::STORAGE_NOT_WRITABLE;
        }
        $parent = dirname($path);
        while ($parent !== '' && $parent !== '/' && !file_exists($parent)) {
            $parent = dirname($parent);
        }

        return is_dir($parent) && is_writable($parent) ? null : AdminMessages::STORAGE_NOT_WRITABLE;
    }

    /** Whether an existing folder above $resolved looks served by a web server (see the class comment). */
    private function insideServedFolder(string $resolved): bool
    {
        $folder = $resolved;
        while (true) {
            $parent = dirname($folder);
            if ($parent === $folder) {
                return false;
            }
            $folder = $parent;
            if (in_array(strtolower(basename($folder)), self::WEB_FOLDER_NAMES, true)) {
                return true;
            }
            if (!is_dir($folder)) {
                continue;
            }
            foreach (self::WEB_MARKERS as $marker) {
                if (file_exists($folder . '/' . $marker)) {
                    return true;
                }
            }
        }
    }

    /**
     * Empty, or what DocumentStorage makes: our .htaccess, index.php, tmp/ and <2 hex>/ folders, nothing else.
     */
    private static function isEmptyOrStorage(string $path): bool
    {
        $entries = @scandir($path);
        if ($entries === false) {
            return false;
        }
        foreach ($entries as $entry) {
            if ($entry === '.' || $entry === '..' || $entry === 'index.php') {
                continue;
            }
            if ($entry === '.htaccess') {
                if ((string) @file_get_contents($path . '/.htaccess', false, null, 0, 4096) !== DocumentStorage::HTACCESS) {
                    return false;
                }
                continue;
            }
            $isFolder = is_dir($path . '/' . $entry) && !is_link($path . '/' . $entry);
            if (!$isFolder || ($entry !== DocumentStorage::TEMP_DIR && preg_match('/^[0-9a-f]{2}$/', $entry) !== 1)) {
                return false;
            }
        }

        return true;
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
