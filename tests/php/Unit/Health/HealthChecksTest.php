<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Health;

use Ebpdocuments\BackOffice\Health\HealthChecks;
use Ebpdocuments\BackOffice\Health\PhpIni;
use Ebpdocuments\Kernel\Support\FixedShopEnvironment;
use Ebpdocuments\Kernel\Support\HttpClient;
use Ebpdocuments\Kernel\Support\HttpClientResponse;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Tests\Support\Front\MovableClock;
use Ebpdocuments\Tests\Support\InMemorySettings;
use PHPUnit\Framework\TestCase;

/**
 * Each health check's green/amber/red verdict and the values its sentence shows.
 */
final class HealthChecksTest extends TestCase
{
    const MB = 1048576;

    /** @var string */
    private $dir;
    /** @var array<int, array{method: string, url: string}> */
    private $requests = [];

    protected function setUp(): void
    {
        $this->dir = sys_get_temp_dir() . '/ebpdocs-health-' . bin2hex(random_bytes(4));
        mkdir($this->dir . '/shop/var/modules', 0777, true);
    }

    protected function tearDown(): void
    {
        exec('rm -rf ' . escapeshellarg($this->dir));
    }

    /**
     * @param array<string, string> $ini
     * @param array<string, string> $settings
     */
    private function checks(array $ini = [], array $settings = [], ?FixedShopEnvironment $shop = null, ?callable $answer = null, string $receiveUrl = 'https://shop.test/module/ebpdocuments/receive', ?string $storage = null): HealthChecks
    {
        $ini += ['post_max_size' => '64M', 'upload_max_filesize' => '64M', 'max_file_uploads' => '50', 'memory_limit' => '256M'];
        $requests = &$this->requests;
        $answer = $answer ?? function (): HttpClientResponse {
            return new HttpClientResponse(403, 'Forbidden');
        };
        $http = new class($answer, $requests) implements HttpClient {
            /** @var callable */
            private $answer;
            /** @var array<int, array{method: string, url: string}> */
            private $requests;

            /** @param array<int, array{method: string, url: string}> $requests */
            public function __construct(callable $answer, array &$requests)
            {
                $this->answer = $answer;
                $this->requests = &$requests;
            }

            public function request(string $method, string $url, array $headers = [], string $body = '', int $timeoutSeconds = 30): HttpClientResponse
            {
                $this->requests[] = ['method' => $method, 'url' => $url];

                return ($this->answer)($url);
            }
        };

        return new HealthChecks(
            new InMemorySettings($settings),
            new PhpIni($ini),
            new DocumentStorage($storage ?? $this->dir . '/shop/var/modules/ebpdocuments'),
            $shop ?? new FixedShopEnvironment($this->dir . '/shop', 'https://shop.test/', false, true, true),
            $http,
            new MovableClock('2024-06-15 12:00:00'),
            $receiveUrl
        );
    }

    public function testPostMaxSizeMustHoldTheBase64OfTheLargestPdf(): void
    {
        // 20 MB limit: 20 MB × 1.37 + 64 KB = 28,795,699 bytes.
        $needed = (int) ceil(20 * self::MB * 1.37) + 65536;
        $ok = $this->checks(['post_max_size' => '28M'])->postMaxSize();
        $this->assertSame(['postMaxSize', 'ok', 'enough'], [$ok->code(), $ok->state(), $ok->variant()]);
        $this->assertSame($needed, $ok->params()['needed']);
        $this->assertSame('ok', $this->checks(['post_max_size' => '0'])->postMaxSize()->state(), '0 = no limit');

        $amber = $this->checks(['post_max_size' => '8M'])->postMaxSize();
        $this->assertSame(['warning', 'tooLow'], [$amber->state(), $amber->variant()]);
        $this->assertSame(8 * self::MB, $amber->params()['value']);
        $this->assertSame((int) floor((8 * self::MB - 65536) / 1.37), $amber->params()['largest']);

        $this->assertSame('error', $this->checks(['post_max_size' => '2M'])->postMaxSize()->state(), 'even a 2 MB PDF is refused');
        $this->assertSame('ok', $this->checks(['post_max_size' => '8M'], [SettingKeys::MAX_PDF_MB => '5'])->postMaxSize()->state(), 'a lower module limit fits');
    }

    public function testUploadMaxFilesizeMaxFileUploadsAndMemoryLimit(): void
    {
        $this->assertSame('ok', $this->checks(['upload_max_filesize' => '20M'])->uploadMaxFilesize()->state());
        $this->assertSame('warning', $this->checks(['upload_max_filesize' => '2M'])->uploadMaxFilesize()->state());
        $this->assertSame('error', $this->checks(['upload_max_filesize' => '1M'])->uploadMaxFilesize()->state());

        $this->assertSame('ok', $this->checks(['max_file_uploads' => '50'])->maxFileUploads()->state());
        $files = $this->checks(['max_file_uploads' => '20'])->maxFileUploads();
        $this->assertSame(['warning', 20, 50], [$files->state(), $files->params()['value'], $files->params()['needed']]);
        $this->assertSame('error', $this->checks(['max_file_uploads' => '0'])->maxFileUploads()->state());

        // 6 × the PDF + 32 MB: 152 MB for 20 MB documents.
        $memory = $this->checks(['memory_limit' => '128M'])->memoryLimit();
        $this->assertSame(['warning', 6 * 20 * self::MB + 32 * self::MB], [$memory->state(), $memory->params()['needed']]);
        $this->assertSame('ok', $this->checks(['memory_limit' => '256M'])->memoryLimit()->state());
        $this->assertSame('ok', $this->checks(['memory_limit' => '-1'])->memoryLimit()->state(), 'unlimited');
        $this->assertSame('error', $this->checks(['memory_limit' => '32M'])->memoryLimit()->state());
    }

    public function testStorageWritable(): void
    {
        $this->assertSame(['ok', 'writable'], [$this->checks()->storageWritable()->state(), $this->checks()->storageWritable()->variant()]);
        file_put_contents($this->dir . '/file', 'x');
        $blocked = $this->checks([], [], null, null, 'https://shop.test/r', $this->dir . '/file/storage')->storageWritable();
        $this->assertSame(['error', 'notWritable'], [$blocked->state(), $blocked->variant()]);
    }

    public function testAServedStorageFolderIsRedAndTheCanaryIsRemoved(): void
    {
        $check = $this->checks([], [], null, function (string $url): HttpClientResponse {
            $path = $this->dir . '/shop/' . substr($url, strlen('https://shop.test/'));

            return new HttpClientResponse(200, (string) file_get_contents($path));
        })->storagePrivate();

        $this->assertSame(['error', 'served'], [$check->state(), $check->variant()]);
        $this->assertCount(1, $this->requests);
        $this->assertSame('GET', $this->requests[0]['method']);
        $this->assertMatchesRegularExpression('#^https://shop\.test/var/modules/ebpdocuments/ebpdocuments-canary-[0-9a-f]{16}\.txt$#', $this->requests[0]['url']);
        $this->assertSame($this->requests[0]['url'], $check->params()['url']);
        $this->assertSame([], glob($this->dir . '/shop/var/modules/ebpdocuments/ebpdocuments-canary-*'), 'canary deleted');
    }

    public function testABlockedOrOutsideStorageFolderIsGreenAndAnUnreachableShopAmber(): void
    {
        $blocked = $this->checks()->storagePrivate();
        $this->assertSame(['ok', 'blocked', 403], [$blocked->state(), $blocked->variant(), $blocked->params()['status']]);

        // A 200 that is not the canary (a shop's own "page not found" answered 200) is not the file.
        $page = $this->checks([], [], null, function (): HttpClientResponse {
            return new HttpClientResponse(200, '<html>Page introuvable</html>');
        })->storagePrivate();
        $this->assertSame('ok', $page->state());

        $this->requests = [];
        $outside = $this->checks([], [], null, null, 'https://shop.test/r', $this->dir . '/private-storage')->storagePrivate();
        $this->assertSame(['ok', 'outside'], [$outside->state(), $outside->variant()]);
        $this->assertSame([], $this->requests, 'nothing to fetch outside the web folder');

        $unreachable = $this->checks([], [], null, function (): HttpClientResponse {
            return HttpClientResponse::failed('Connection refused');
        })->storagePrivate();
        $this->assertSame(['warning', 'unchecked', 'Connection refused'], [$unreachable->state(), $unreachable->variant(), $unreachable->params()['error']]);
    }

    public function testMaintenanceFriendlyUrlsAndHttps(): void
    {
        $open = new FixedShopEnvironment($this->dir . '/shop', 'https://shop.test/', false, true, true);
        $closed = new FixedShopEnvironment($this->dir . '/shop', 'http://shop.test/', true, false, false);
        $this->assertSame(['ok', 'off'], [$this->checks([], [], $open)->maintenance()->state(), $this->checks([], [], $open)->maintenance()->variant()]);
        $this->assertSame(['warning', 'on'], [$this->checks([], [], $closed)->maintenance()->state(), $this->checks([], [], $closed)->maintenance()->variant()]);
        $this->assertSame('on', $this->checks([], [], $open)->friendlyUrls()->variant());
        $this->assertSame('off', $this->checks([], [], $closed)->friendlyUrls()->variant());

        $this->assertSame(['ok', 'on'], [$this->checks()->https()->state(), $this->checks()->https()->variant()]);
        $plain = $this->checks([], [], $closed, null, 'http://shop.test/index.php?fc=module&module=ebpdocuments&controller=receive')->https();
        $this->assertSame(['warning', 'off'], [$plain->state(), $plain->variant()]);
        $sslNotUsed = $this->checks([], [], $open, null, 'http://shop.test/receive')->https();
        $this->assertSame(['warning', 'notInUrl'], [$sslNotUsed->state(), $sslNotUsed->variant()]);
    }

    public function testTheMaintenanceTasksLastRun(): void
    {
        $never = $this->checks()->maintenanceTask();
        $this->assertSame(['warning', 'never'], [$never->state(), $never->variant()]);

        $now = (new \DateTimeImmutable('2024-06-15 12:00:00'))->getTimestamp();
        $recent = $this->checks([], [SettingKeys::MAINTENANCE_LAST_RUN => (string) ($now - 3600)])->maintenanceTask();
        $this->assertSame(['ok', 'recent', '2024-06-15 11:00:00', 0], [$recent->state(), $recent->variant(), $recent->params()['at'], $recent->params()['days']]);

        $late = $this->checks([], [SettingKeys::MAINTENANCE_LAST_RUN => (string) ($now - 5 * 86400)])->maintenanceTask();
        $this->assertSame(['warning', 'late', 5], [$late->state(), $late->variant(), $late->params()['days']]);
    }

    public function testRunListsEveryCheckInOrder(): void
    {
        $codes = array_map(function ($check) {
            return $check->code();
        }, $this->checks()->run());
        $this->assertSame(['postMaxSize', 'uploadMaxFilesize', 'maxFileUploads', 'memoryLimit', 'storageWritable', 'storagePrivate', 'maintenance', 'friendlyUrls', 'https', 'maintenanceTask'], $codes);
    }
}
