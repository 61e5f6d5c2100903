<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Admin;

use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\StorageDirPolicy;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Tests\Unit\Storage\StorageTestCase;
use PHPUnit\Framework\TestCase;

final class StorageDirPolicyTest extends TestCase
{
    /** @var string */
    private $shop;

    protected function setUp(): void
    {
        $this->shop = sys_get_temp_dir() . '/ebpdocs-policy-' . getmypid();
        @mkdir($this->shop . '/var', 0777, true);
        @mkdir($this->shop . '/modules', 0777, true);
    }

    protected function tearDown(): void
    {
        StorageTestCase::removeTree($this->shop);
        StorageTestCase::removeTree($this->shop . '-elsewhere');
    }

    public function testOnlyVarInsideTheShopIsPrivate(): void
    {
        $policy = new StorageDirPolicy($this->shop);
        $this->assertNull($policy->refusal($this->shop . '/var/modules/ebpdocuments'));
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($this->shop . '/modules/ebpdocuments/files'));
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($this->shop . '/img/docs'));
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($this->shop));
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($this->shop . '/var'));
        $this->assertNull($policy->refusal('/srv/ebp-documents'));
    }

    public function testDocumentRootIsPublicToo(): void
    {
        $policy = new StorageDirPolicy($this->shop, '/var/www/html');
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal('/var/www/html/private'));
    }

    public function testPathsMustBeAbsoluteAndPlain(): void
    {
        $policy = new StorageDirPolicy($this->shop);
        foreach (['', 'var/docs', './docs', '/srv/../etc/docs', '/srv/./docs', 'phar:///tmp/x.phar', "/srv/do\0cs", 'http://evil/x'] as $path) {
            $this->assertSame(AdminMessages::STORAGE_NOT_ABSOLUTE, $policy->refusal($path), $path);
        }
        foreach (['/', '/etc', '/proc', '/usr'] as $system) {
            $this->assertSame(AdminMessages::STORAGE_SYSTEM, $policy->refusal($system), $system);
        }
    }

    public function testEverythingInsideASystemFolderIsRefused(): void
    {
        $policy = new StorageDirPolicy($this->shop);
        foreach (['/etc/cron.d', '/etc/ebp/documents', '/usr/local/ebp', '/proc/1/cwd', '/var/spool/cron/ebp', '/root/ebp', '/var', '/home', '/tmp'] as $path) {
            $this->assertSame(AdminMessages::STORAGE_SYSTEM, $policy->refusal($path), $path);
        }
        $this->assertNull($policy->refusal('/var/lib/ebpdocuments'));
        $this->assertNull($policy->refusal('/home/shop/ebp-documents'));
    }

    public function testWebRootsAreFoundByTheirFilesTheirNamesAndConventions(): void
    {
        $base = $this->shop . '-elsewhere';
        $this->mkdir($base . '/site-a/www');
        file_put_contents($base . '/site-a/www/index.html', 'a site');
        $this->mkdir($base . '/site-b');
        file_put_contents($base . '/site-b/.htaccess', 'RewriteEngine On');
        $this->mkdir($base . '/site-c');
        file_put_contents($base . '/site-c/index.php', '<?php');
        $this->mkdir($base . '/private');
        file_put_contents($this->shop . '/index.php', '<?php');
        file_put_contents($this->shop . '/var/.htaccess', 'Require all denied');

        $policy = new StorageDirPolicy($this->shop);
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($base . '/site-a/www/ebp'), 'an index.html above');
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($base . '/site-b/private/deeper/ebp'), 'a .htaccess above');
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($base . '/site-c/uploads'), 'an index.php above');
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($base . '/clients/public_html/ebp'), 'a hosting folder name');
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal('/var/www/other-site/ebp'), 'a conventional web root');
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal('/srv/www/shop/ebp'));
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal('/srv/http/ebp'));
        $this->assertNull($policy->refusal($base . '/private/ebp'), 'nothing served above');
        $this->assertNull($policy->refusal($this->shop . '/var/modules/ebpdocuments'), "the shop's var/ stays allowed");
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($this->shop . '/upload/ebp'));
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, (new StorageDirPolicy(''))->refusal($this->shop . '/var/modules/ebpdocuments'), 'shop unknown: its index.php marks it');
    }

    public function testAnExistingFolderMustBeEmptyOrAStorageFolderOfTheModule(): void
    {
        $policy = new StorageDirPolicy($this->shop);
        $base = $this->shop . '/var/content';
        $this->assertNull($policy->contentRefusal($base . '/new/folder'), 'created later under a writable parent');
        $this->mkdir($base . '/empty');
        $this->assertNull($policy->contentRefusal($base . '/empty'));

        (new DocumentStorage($base . '/storage'))->ensureReady();
        $this->mkdir($base . '/storage/ab');
        file_put_contents($base . '/storage/ab/' . str_repeat('ab', 32) . '.pdf', '%PDF-');
        $this->assertNull($policy->contentRefusal($base . '/storage'), 'what DocumentStorage makes');

        $this->mkdir($base . '/foreign');
        file_put_contents($base . '/foreign/notes.txt', 'x');
        $this->assertSame(AdminMessages::STORAGE_NOT_EMPTY, $policy->contentRefusal($base . '/foreign'));
        $this->mkdir($base . '/other-htaccess');
        file_put_contents($base . '/other-htaccess/.htaccess', 'Options +Indexes');
        $this->assertSame(AdminMessages::STORAGE_NOT_EMPTY, $policy->contentRefusal($base . '/other-htaccess'));
        $this->mkdir($base . '/other-folder/images');
        $this->assertSame(AdminMessages::STORAGE_NOT_EMPTY, $policy->contentRefusal($base . '/other-folder'));
        $this->assertSame(AdminMessages::STORAGE_NOT_WRITABLE, $policy->contentRefusal($base . '/foreign/notes.txt'), 'a file');
    }

    private function mkdir(string $folder): void
    {
        if (!is_dir($folder)) {
            mkdir($folder, 0777, true);
        }
    }

    public function testSymbolicLinksAreJudgedWhereTheyLead(): void
    {
        symlink($this->shop . '/modules', $this->shop . '/var/link-to-modules');
        $policy = new StorageDirPolicy($this->shop);
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($this->shop . '/var/link-to-modules/docs'));
    }
}
