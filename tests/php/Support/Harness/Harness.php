<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\Application;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\SystemClock;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Tests\Support\Front\MovableClock;
use Ebpdocuments\Tests\Support\InterceptingConnection;
use Ebpdocuments\Tests\Support\PdoConnection;
use Ebpdocuments\Wiring\CoreServices;

/**
 * The module's real classes wired over the throwaway MariaDB, as the harness server and in-process test code see
 * them. State lives in one folder (EBPDOCS_HARNESS_DIR) so tests can change it between requests:
 *   settings.json   module settings (JsonFileSettings)
 *   faults.json     injected database faults (InjectedFaults), harness only
 *   mails.jsonl     mails sent (RecordingMailer)
 *   errors.jsonl    unexpected errors logged (FileErrorLog)
 *   now.txt         the harness's fixed time ('Y-m-d H:i:s'), for tests about "today"; the system clock without it
 *   storage/        the document storage folder
 */
final class Harness
{
    const VERSION = '1.0.0-harness';

    /** @var string */
    private $dir;
    /** @var Application|null */
    private $app;
    /** @var string */
    private $baseUrl;
    /** @var string */
    private $database;

    public function __construct(string $dir, string $database, string $baseUrl)
    {
        $this->dir = rtrim($dir, '/');
        $this->database = $database;
        $this->baseUrl = $baseUrl;
    }

    public static function fromEnvironment(): self
    {
        $dir = (string) getenv('EBPDOCS_HARNESS_DIR');
        if ($dir === '') {
            throw new \RuntimeException('EBPDOCS_HARNESS_DIR is not set');
        }
        $base = (string) getenv('EBPDOCS_HARNESS_BASE_URL');

        return new self($dir, (string) getenv('EBPDOCS_DB_NAME'), $base === '' ? 'http://127.0.0.1' : $base);
    }

    public function app(): Application
    {
        if ($this->app === null) {
            $connection = new InterceptingConnection(PdoConnection::fromEnvironment($this->database), new InjectedFaults($this->path('faults.json')));
            $this->app = new Application(new CoreServices(
                $connection,
                $this->settings(),
                $this->clock(),
                new IdentityTranslator(),
                new HarnessLinks($this->baseUrl),
                new RecordingMailer($this->path('mails.jsonl')),
                (int) (getenv('EBPDOCS_HARNESS_SHOP_ID') ?: 1),
                $this->path('storage'),
                self::VERSION
            ));
            $secret = (string) getenv('EBPDOCS_HARNESS_SECRET');
            $this->app->core()->setServerSecret(new FixedServerSecret($secret === '' ? FixedServerSecret::DEFAULT_SECRET : $secret));
        }

        return $this->app;
    }

    /**
     * A test that depends on "today" writes now.txt (HttpTestCase::fixTime), so it passes on any system date.
     */
    public function clock(): Clock
    {
        $now = @file_get_contents($this->path('now.txt'));

        return $now === false ? new SystemClock() : new MovableClock(trim($now));
    }

    public function errors(): ErrorMapper
    {
        return new ErrorMapper(new FileErrorLog($this->path('errors.jsonl')));
    }

    public function settings(): JsonFileSettings
    {
        return new JsonFileSettings($this->path('settings.json'));
    }

    public function path(string $name): string
    {
        return $this->dir . '/' . $name;
    }
}
