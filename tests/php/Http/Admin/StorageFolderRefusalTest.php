<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\Kernel\Support\SettingKeys;

/**
 * Issue 8, "a refused setting writes nothing": a storage-folder change that is refused, for any reason and whatever
 * the other settings of the save, leaves nothing on disk (no folder, no .htaccess, index.php or tmp/) and stores
 * nothing; an accepted one creates the folder only then.
 */
final class StorageFolderRefusalTest extends AdminAjaxTestCase
{
    /** @var string[] folders to remove after the test, should a broken build create them */
    private $cleanup = [];

    protected function tearDown(): void
    {
        foreach ($this->cleanup as $folder) {
            foreach (['tmp/index.php', 'tmp/.htaccess', 'index.php', '.htaccess'] as $file) {
                @unlink($folder . '/' . $file);
            }
            @rmdir($folder . '/tmp');
            @rmdir($folder);
        }
        parent::tearDown();
    }

    public function testAFolderRefusedBecauseOfAnotherSettingIsNotCreated(): void
    {
        $folder = self::$dir . '/private-a';
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => $folder, 'colour' => 'blue']]), 422, 'validation', 'colour');
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => $folder, 'maxPdfMb' => 0]]), 422, 'validation', 'maxPdfMb');
        $this->assertFileDoesNotExist($folder);
        $this->assertSame('', $this->harness()->settings()->get(SettingKeys::STORAGE_DIR));
    }

    public function testAFolderWithoutTheStoredFilesIsNotCreated(): void
    {
        $this->insertDocument([], true);
        $folder = self::$dir . '/private-b/documents';
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => $folder]]), 422, 'validation', 'storageDir');
        $this->assertFileDoesNotExist(self::$dir . '/private-b');
    }

    public function testASystemFolderIsRefusedWithoutWritingInIt(): void
    {
        $folder = '/etc/ebpdocs-refusal-' . bin2hex(random_bytes(4));
        $this->cleanup[] = $folder;
        $result = $this->admin('saveSettings', ['settings' => ['storageDir' => $folder]]);
        $this->assertRefused($result, 422, 'validation', 'storageDir');
        $this->assertStringContainsString('system folder', $result->json()['error']['message']);
        $this->assertFileDoesNotExist($folder);
        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => '/etc/cron.d']]), 422, 'validation', 'storageDir');
        $this->assertFileDoesNotExist('/etc/cron.d/.htaccess');
        $this->assertFileDoesNotExist('/etc/cron.d/tmp');
    }

    public function testAnotherSitesWebRootIsRefusedWithoutWritingInIt(): void
    {
        $site = self::$dir . '/other-site/www';
        mkdir($site, 0777, true);
        file_put_contents($site . '/index.html', '<h1>Another site</h1>');
        $result = $this->admin('saveSettings', ['settings' => ['storageDir' => $site . '/ebp']]);
        $this->assertRefused($result, 422, 'validation', 'storageDir');
        $this->assertStringContainsString('reached from the web', $result->json()['error']['message']);
        $this->assertFileDoesNotExist($site . '/ebp');

        $this->assertRefused($this->admin('saveSettings', ['settings' => ['storageDir' => $site]]), 422, 'validation', 'storageDir');
        $this->assertSame(['index.html'], array_values(array_diff(scandir($site) ?: [], ['.', '..'])), 'nothing added to the site');
    }

    public function testAnExistingFolderWithOtherFilesIsRefusedAndLeftAlone(): void
    {
        $folder = self::$dir . '/backups';
        mkdir($folder);
        file_put_contents($folder . '/customers.sql', 'secret');
        $result = $this->admin('saveSettings', ['settings' => ['storageDir' => $folder]]);
        $this->assertRefused($result, 422, 'validation', 'storageDir');
        $this->assertStringContainsString('already holds other files', $result->json()['error']['message']);
        $this->assertSame(['customers.sql'], array_values(array_diff(scandir($folder) ?: [], ['.', '..'])));
    }

    public function testAnAcceptedFolderIsCreatedThenAndAStorageFolderOfTheModuleIsAccepted(): void
    {
        $folder = self::$dir . '/private-c/documents';
        $saved = $this->ok('saveSettings', ['settings' => ['storageDir' => $folder, 'maxPdfMb' => 30]])['settings'];
        $this->assertSame($folder, $saved['storageDir']);
        $this->assertFileExists($folder . '/.htaccess');
        $this->assertFileExists($folder . '/index.php');
        $this->assertDirectoryExists($folder . '/tmp');

        // The files moved by the merchant into another folder: a storage folder of this module, accepted.
        $this->insertDocument([], true);
        $moved = self::$dir . '/private-d';
        rename(self::$dir . '/storage', $moved);
        mkdir(self::$dir . '/storage');
        $this->assertSame($moved, $this->ok('saveSettings', ['settings' => ['storageDir' => $moved]])['settings']['storageDir']);
    }
}
