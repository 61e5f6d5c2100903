<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Admin;

use Ebpdocuments\Admin\AdminMessages;
use Ebpdocuments\Admin\StorageDirPolicy;
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
        @unlink($this->shop . '/var/link-to-modules');
        @rmdir($this->shop . '/var');
        @rmdir($this->shop . '/modules');
        @rmdir($this->shop);
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
            $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($system), $system);
        }
    }

    public function testSymbolicLinksAreJudgedWhereTheyLead(): void
    {
        symlink($this->shop . '/modules', $this->shop . '/var/link-to-modules');
        $policy = new StorageDirPolicy($this->shop);
        $this->assertSame(AdminMessages::STORAGE_PUBLIC, $policy->refusal($this->shop . '/var/link-to-modules/docs'));
    }
}
