<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Storage;

use Ebpdocuments\Storage\DocumentStorage;
use PHPUnit\Framework\TestCase;

/**
 * A fresh storage folder under the system temp dir for each test, removed afterwards.
 */
abstract class StorageTestCase extends TestCase
{
    /** @var string */
    protected $root;

    protected function setUp(): void
    {
        parent::setUp();
        $this->root = sys_get_temp_dir() . '/ebpdocs-storage-' . bin2hex(random_bytes(6));
    }

    protected function tearDown(): void
    {
        self::removeTree($this->root);
        parent::tearDown();
    }

    protected function storage(): DocumentStorage
    {
        return new DocumentStorage($this->root);
    }

    /**
     * @return string[] files under the root, relative, sorted (protection files excluded)
     */
    protected function storedFiles(): array
    {
        $files = [];
        if (!is_dir($this->root)) {
            return $files;
        }
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($this->root, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            $name = substr((string) $file, strlen($this->root) + 1);
            if (basename($name) !== '.htaccess' && basename($name) !== 'index.php') {
                $files[] = $name;
            }
        }
        sort($files);

        return $files;
    }

    public static function removeTree(string $folder): void
    {
        if (!is_dir($folder)) {
            return;
        }
        $iterator = new \RecursiveIteratorIterator(
            new \RecursiveDirectoryIterator($folder, \FilesystemIterator::SKIP_DOTS),
            \RecursiveIteratorIterator::CHILD_FIRST
        );
        foreach ($iterator as $file) {
            $file->isDir() ? rmdir((string) $file) : unlink((string) $file);
        }
        rmdir($folder);
    }
}
