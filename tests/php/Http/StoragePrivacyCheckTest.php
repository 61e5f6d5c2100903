<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\BackOffice\Health\HealthChecks;
use Ebpdocuments\BackOffice\Health\PhpIni;
use Ebpdocuments\Kernel\Support\FixedShopEnvironment;
use Ebpdocuments\Kernel\Support\NativeHttpClient;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Tests\Support\Front\MovableClock;
use Ebpdocuments\Tests\Support\InMemorySettings;
use PHPUnit\Framework\TestCase;

/**
 * The "storage folder not served" check over real HTTP: a web server whose document root is the shop folder serves
 * static files from var/ unless a rule denies them (nginx ignores .htaccess; so does php -S). Here php -S plays
 * the misconfigured server, then a server with a deny rule for /var/.
 */
final class StoragePrivacyCheckTest extends TestCase
{
    /** @var string */
    private $dir;
    /** @var resource|null */
    private $server;

    protected function setUp(): void
    {
        $this->dir = sys_get_temp_dir() . '/ebpdocs-canary-' . bin2hex(random_bytes(4));
        mkdir($this->dir . '/shop/var/modules', 0777, true);
        file_put_contents($this->dir . '/deny-var.php', '<?php if (strpos($_SERVER["REQUEST_URI"], "/var/") === 0) { http_response_code(403); echo "Forbidden"; return true; } return false;');
    }

    protected function tearDown(): void
    {
        if (is_resource($this->server)) {
            $status = proc_get_status($this->server);
            posix_kill(-$status['pid'], SIGTERM);
            proc_close($this->server);
        }
        exec('rm -rf ' . escapeshellarg($this->dir));
    }

    public function testAServedFolderTurnsRed(): void
    {
        $base = $this->serve(null);
        $check = $this->checks($base)->storagePrivate();

        $this->assertSame(['error', 'served', 200], [$check->state(), $check->variant(), $check->params()['status']]);
        $this->assertSame([], glob($this->dir . '/shop/var/modules/ebpdocuments/ebpdocuments-canary-*'), 'canary deleted');
    }

    public function testADenyRuleTurnsItGreen(): void
    {
        $base = $this->serve($this->dir . '/deny-var.php');
        $check = $this->checks($base)->storagePrivate();

        $this->assertSame(['ok', 'blocked', 403], [$check->state(), $check->variant(), $check->params()['status']]);
    }

    private function checks(string $base): HealthChecks
    {
        return new HealthChecks(
            new InMemorySettings(),
            new PhpIni([]),
            new DocumentStorage($this->dir . '/shop/var/modules/ebpdocuments'),
            new FixedShopEnvironment($this->dir . '/shop', $base),
            new NativeHttpClient(),
            new MovableClock('2024-06-15 12:00:00'),
            $base . 'receive'
        );
    }

    private function serve(?string $router): string
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0');
        $this->assertNotFalse($socket);
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);
        $port = (int) substr($name, strrpos($name, ':') + 1);
        $command = ['setsid', PHP_BINARY, '-S', '127.0.0.1:' . $port, '-t', $this->dir . '/shop'];
        if ($router !== null) {
            $command[] = $router;
        }
        $server = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'a'], 2 => ['file', '/dev/null', 'a']], $pipes);
        $this->assertIsResource($server);
        $this->server = $server;
        $deadline = microtime(true) + 10;
        while (microtime(true) < $deadline) {
            $connection = @fsockopen('127.0.0.1', $port, $errno, $error, 0.2);
            if ($connection !== false) {
                fclose($connection);

                return 'http://127.0.0.1:' . $port . '/';
            }
            usleep(100000);
        }
        $this->fail('php -S did not start');
    }
}
