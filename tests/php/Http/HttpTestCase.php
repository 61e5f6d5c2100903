<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Shop\Install\Schema;
use Ebpdocuments\Tests\Support\Harness\Harness;
use Ebpdocuments\Tests\Support\PdoConnection;
use PHPUnit\Framework\TestCase;

/**
 * Tests over real HTTP: one harness server (php -S tests/php/harness/router.php) per test class, on a free port, over
 * a database of its own (PrestaShop core tables + the module's schema), with its own state folder. Every test starts
 * from empty module tables, empty storage and default settings.
 */
abstract class HttpTestCase extends TestCase
{
    const SHOP_ID = 1;
    const OTHER_SHOP_ID = 2;

    /** @var resource|null */
    private static $server;
    /** @var int */
    private static $port = 0;
    /** @var string */
    protected static $dir = '';
    /** @var string */
    protected static $database = '';

    /**
     * php.ini values for the harness server (e.g. ['post_max_size' => '1M']).
     *
     * @return array<string, string>
     */
    protected static function serverIni(): array
    {
        return [];
    }

    /**
     * Extra environment variables of the harness server (e.g. PrestaShop's PS_TRUSTED_PROXIES).
     *
     * @return array<string, string>
     */
    protected static function serverEnv(): array
    {
        return [];
    }

    public static function setUpBeforeClass(): void
    {
        self::$database = 'ebpdocs_http_' . substr(sha1(static::class), 0, 12);
        self::$dir = sys_get_temp_dir() . '/ebpdocs-http-' . substr(sha1(static::class . getmypid()), 0, 12);
        self::removeTree(self::$dir);
        mkdir(self::$dir . '/storage', 0777, true);
        self::createDatabase();
        self::startServer();
    }

    public static function tearDownAfterClass(): void
    {
        if (self::$server !== null) {
            // The server runs in its own session (setsid): end the whole group, workers included.
            $pid = (int) proc_get_status(self::$server)['pid'];
            if ($pid > 0 && function_exists('posix_kill')) {
                posix_kill(-$pid, 15);
            }
            proc_terminate(self::$server);
            proc_close(self::$server);
            self::$server = null;
        }
        PdoConnection::pdoFromEnvironment()->exec('DROP DATABASE IF EXISTS `' . self::$database . '`');
        self::removeTree(self::$dir);
    }

    protected function setUp(): void
    {
        $pdo = $this->pdo();
        $pdo->exec('SET FOREIGN_KEY_CHECKS = 0');
        foreach (array_merge(Schema::TABLES, ['customer', 'orders', 'webservice_account', 'webservice_account_shop', 'webservice_permission', 'configuration']) as $table) {
            $pdo->exec('TRUNCATE TABLE `ps_' . $table . '`');
        }
        self::removeTree(self::$dir . '/storage');
        mkdir(self::$dir . '/storage', 0777, true);
        foreach (['settings.json', 'faults.json', 'mails.jsonl', 'errors.jsonl', 'now.txt'] as $file) {
            @unlink(self::$dir . '/' . $file);
        }
    }

    protected function tearDown(): void
    {
        // harness()->app() builds an Application whose service closures refer back to it (a cycle holding a
        // connection): collect it now, or a full run reaches MariaDB's max_connections.
        gc_collect_cycles();
        parent::tearDown();
    }

    // ---- the harness in-process (same database and state folder) ----

    protected function harness(): Harness
    {
        return new Harness(self::$dir, self::$database, $this->url(''));
    }

    protected function pdo(): \PDO
    {
        return PdoConnection::pdoFromEnvironment(self::$database);
    }

    protected function setting(string $key, string $value): void
    {
        $this->harness()->settings()->set($key, $value);
    }

    /**
     * The harness server's clock from now on, for this test only ('Y-m-d H:i:s').
     */
    protected function fixTime(string $now): void
    {
        file_put_contents(self::$dir . '/now.txt', $now);
    }

    /**
     * @param array<int, array<string, mixed>> $faults see InjectedFaults
     */
    protected function injectFaults(array $faults): void
    {
        file_put_contents(self::$dir . '/faults.json', json_encode($faults));
    }

    protected function countRows(string $table, string $where = '1', array $params = []): int
    {
        $statement = $this->pdo()->prepare('SELECT COUNT(*) FROM `ps_' . $table . '` WHERE ' . $where);
        $statement->execute($params);

        return (int) $statement->fetchColumn();
    }

    /**
     * @return array<string, string|null>|null
     */
    protected function documentRow(string $reference): ?array
    {
        $statement = $this->pdo()->prepare('SELECT * FROM ps_ebpdocuments_document WHERE reference = ?');
        $statement->execute([$reference]);
        $row = $statement->fetch(\PDO::FETCH_ASSOC);

        // As the module's Connection gives them: strings or null.
        return $row === false ? null : array_map(function ($value) {
            return $value === null ? null : (string) $value;
        }, $row);
    }

    /**
     * Every file in the storage folder, temp files included, except the folder guards (.htaccess, index.php).
     *
     * @return string[] paths relative to the storage folder
     */
    protected function storedFiles(): array
    {
        $root = self::$dir . '/storage';
        $files = [];
        if (!is_dir($root)) {
            return $files;
        }
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($root, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            if (in_array($file->getFilename(), ['.htaccess', 'index.php'], true)) {
                continue;
            }
            $files[] = substr($file->getPathname(), strlen($root) + 1);
        }
        sort($files);

        return $files;
    }

    protected function storagePath(string $relative): string
    {
        return self::$dir . '/storage/' . $relative;
    }

    /**
     * @return array<int, array<string, mixed>>
     */
    protected function loggedErrors(): array
    {
        $file = self::$dir . '/errors.jsonl';
        if (!is_file($file)) {
            return [];
        }

        return array_map(function ($line) {
            return json_decode($line, true);
        }, file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: []);
    }

    // ---- fixtures ----

    protected function createModuleKey(string $label = 'EBP'): string
    {
        return $this->harness()->app()->receiving()->apiKeyService()->create($label, self::SHOP_ID)->secret();
    }

    protected function addCustomer(string $email, bool $guest = false, int $shopId = self::SHOP_ID): int
    {
        $pdo = $this->pdo();
        $statement = $pdo->prepare(
            'INSERT INTO ps_customer (id_shop_group, id_shop, id_gender, firstname, lastname, email, passwd, active, is_guest, deleted, date_add, date_upd)
             VALUES (1, ?, 1, ?, ?, ?, ?, 1, ?, 0, NOW(), NOW())'
        );
        $statement->execute([$shopId, 'Jean', 'Client', $email, $guest ? '' : 'hash', $guest ? 1 : 0]);

        return (int) $pdo->lastInsertId();
    }

    /**
     * A registered customer who already confirmed their address (one-time code), so documents matched by their
     * e-mail reach them at once under the e-mail proof rule (on by default; Matching\EmailProofs).
     */
    protected function addProvenCustomer(string $email, int $shopId = self::SHOP_ID): int
    {
        $id = $this->addCustomer($email, false, $shopId);
        // Straight through PDO: an Application per call would keep one more database connection open.
        $this->pdo()->prepare('INSERT INTO ps_ebpdocuments_email_proof (id_customer, email_hash, method, date_add) VALUES (?, ?, ?, NOW())')
            ->execute([$id, EmailProofs::emailHash((string) (new EmailNormalizer())->normalize($email)), EmailProofs::METHOD_CODE]);

        return $id;
    }

    /**
     * A shop Webservice key, as Advanced Parameters › Webservice saves it.
     *
     * @param int[] $shops
     * @param string[] $methods the boxes ticked on the module's resource line "ebpdocuments" (none by default)
     */
    protected function addWebserviceKey(string $key, bool $active, array $shops, array $methods = []): int
    {
        $pdo = $this->pdo();
        $statement = $pdo->prepare('INSERT INTO ps_webservice_account (`key`, description, active) VALUES (?, ?, ?)');
        $statement->execute([$key, 'E-connecteur', $active ? 1 : 0]);
        $id = (int) $pdo->lastInsertId();
        foreach ($shops as $shop) {
            $pdo->prepare('INSERT INTO ps_webservice_account_shop (id_webservice_account, id_shop) VALUES (?, ?)')->execute([$id, $shop]);
        }
        foreach ($methods as $method) {
            $pdo->prepare("INSERT INTO ps_webservice_permission (resource, method, id_webservice_account) VALUES ('ebpdocuments', ?, ?)")->execute([$method, $id]);
        }

        return $id;
    }

    /**
     * A small, valid PDF; $marker changes its bytes (another version).
     */
    protected static function pdf(string $marker = 'v1'): string
    {
        $content = 'BT /F1 12 Tf 72 720 Td (Facture ' . $marker . ') Tj ET';

        return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            . "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            . "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
            . '4 0 obj << /Length ' . strlen($content) . " >> stream\n" . $content . "\nendstream endobj\n"
            . "trailer << /Root 1 0 R >>\n%%EOF\n";
    }

    // ---- HTTP ----

    protected function url(string $path): string
    {
        return 'http://127.0.0.1:' . self::$port . $path;
    }

    /**
     * POST application/x-www-form-urlencoded. $body as an array is encoded properly; as a string it is sent raw
     * (to send what a careless client sends, e.g. unescaped "+" or key[]=).
     *
     * @param array<string, mixed>|string $body
     * @param array<string, string> $headers
     */
    protected function postForm(string $path, $body, array $headers = []): HttpResult
    {
        return $this->send('POST', $path, is_array($body) ? http_build_query($body) : $body, $headers + ['Content-Type' => 'application/x-www-form-urlencoded']);
    }

    /**
     * POST multipart/form-data.
     *
     * @param array<string, string> $fields
     * @param array<string, array{0: string, 1?: string, 2?: string}> $files part name => [bytes, file name, type]
     * @param array<string, string> $headers
     */
    protected function postMultipart(string $path, array $fields, array $files = [], array $headers = []): HttpResult
    {
        return $this->execute($this->multipartHandle($path, $fields, $files, $headers));
    }

    /**
     * @param array<string, string> $headers
     */
    protected function send(string $method, string $path, ?string $body = null, array $headers = []): HttpResult
    {
        return $this->execute($this->handle($method, $path, $body, $headers));
    }

    /**
     * Runs several requests at once (curl_multi); answers in the same order.
     *
     * @param resource[]|\CurlHandle[] $handles from handle() / multipartHandle()
     *
     * @return HttpResult[]
     */
    protected function parallel(array $handles): array
    {
        $multi = curl_multi_init();
        $headers = [];
        foreach ($handles as $index => $handle) {
            $headers[$index] = [];
            $this->collectHeaders($handle, $headers[$index]);
            curl_multi_add_handle($multi, $handle);
        }
        $deadline = microtime(true) + 60;
        do {
            $status = curl_multi_exec($multi, $running);
            if ($running > 0) {
                curl_multi_select($multi, 0.5);
            }
        } while ($running > 0 && $status === CURLM_OK && microtime(true) < $deadline);
        $results = [];
        foreach ($handles as $index => $handle) {
            $results[$index] = new HttpResult((int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE), $headers[$index], (string) curl_multi_getcontent($handle));
            curl_multi_remove_handle($multi, $handle);
            curl_close($handle);
        }
        curl_multi_close($multi);

        return $results;
    }

    /**
     * @param array<string, string> $headers
     *
     * @return resource|\CurlHandle
     */
    protected function handle(string $method, string $path, ?string $body = null, array $headers = [])
    {
        $handle = curl_init($this->url($path));
        curl_setopt($handle, CURLOPT_CUSTOMREQUEST, $method);
        if ($body !== null) {
            curl_setopt($handle, CURLOPT_POSTFIELDS, $body);
        }
        $this->common($handle, $headers);

        return $handle;
    }

    /**
     * @param array<string, string> $fields
     * @param array<string, array{0: string, 1?: string, 2?: string}> $files
     * @param array<string, string> $headers
     *
     * @return resource|\CurlHandle
     */
    protected function multipartHandle(string $path, array $fields, array $files = [], array $headers = [])
    {
        $parts = $fields;
        foreach ($files as $name => $file) {
            $parts[$name] = new \CURLStringFile($file[0], isset($file[1]) ? $file[1] : 'document.pdf', isset($file[2]) ? $file[2] : 'application/pdf');
        }
        $handle = curl_init($this->url($path));
        curl_setopt($handle, CURLOPT_POST, true);
        curl_setopt($handle, CURLOPT_POSTFIELDS, $parts);
        $this->common($handle, $headers);

        return $handle;
    }

    /**
     * @param resource|\CurlHandle $handle
     * @param array<string, string> $headers
     */
    private function common($handle, array $headers): void
    {
        $lines = ['Expect:'];
        foreach ($headers as $name => $value) {
            $lines[] = $name . ': ' . $value;
        }
        curl_setopt($handle, CURLOPT_HTTPHEADER, $lines);
        curl_setopt($handle, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($handle, CURLOPT_TIMEOUT, 60);
    }

    /**
     * @param resource|\CurlHandle $handle
     */
    private function execute($handle): HttpResult
    {
        $headers = [];
        $this->collectHeaders($handle, $headers);
        $body = curl_exec($handle);
        if ($body === false) {
            $error = curl_error($handle);
            curl_close($handle);
            throw new \RuntimeException('HTTP request failed: ' . $error);
        }
        $result = new HttpResult((int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE), $headers, (string) $body);
        curl_close($handle);

        return $result;
    }

    /**
     * @param resource|\CurlHandle $handle
     * @param array<string, string> $headers filled as the answer arrives
     */
    private function collectHeaders($handle, array &$headers): void
    {
        curl_setopt($handle, CURLOPT_HEADERFUNCTION, function ($curl, string $line) use (&$headers): int {
            $colon = strpos($line, ':');
            if ($colon !== false) {
                $headers[strtolower(trim(substr($line, 0, $colon)))] = trim(substr($line, $colon + 1));
            }

            return strlen($line);
        });
    }

    // ---- server and database ----

    private static function createDatabase(): void
    {
        $pdo = PdoConnection::freshShopDatabase(self::$database);
        $pdo->exec("INSERT INTO ps_shop_group (id_shop_group, name, color, share_customer, share_order, share_stock, active, deleted) VALUES (1, 'Default', '', 0, 0, 0, 1, 0)");
        $pdo->exec("INSERT INTO ps_shop (id_shop, id_shop_group, name, color, id_category, theme_name, active, deleted) VALUES (1, 1, 'Shop 1', '', 2, 'classic', 1, 0), (2, 1, 'Shop 2', '', 2, 'classic', 1, 0)");
    }

    private static function startServer(): void
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0');
        if ($socket === false) {
            throw new \RuntimeException('No free port');
        }
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);
        self::$port = (int) substr($name, strrpos($name, ':') + 1);

        // setsid: the server and its workers form one process group, ended together in tearDownAfterClass().
        $command = ['setsid', PHP_BINARY];
        foreach (static::serverIni() + ['display_errors' => '0', 'log_errors' => '1', 'memory_limit' => '256M'] as $name => $value) {
            $command[] = '-d';
            $command[] = $name . '=' . $value;
        }
        $command[] = '-S';
        $command[] = '127.0.0.1:' . self::$port;
        $command[] = dirname(__DIR__) . '/harness/router.php';
        $env = array_merge(getenv(), [
            'EBPDOCS_DB_NAME' => self::$database,
            'EBPDOCS_HARNESS_DIR' => self::$dir,
            'EBPDOCS_HARNESS_BASE_URL' => 'http://127.0.0.1:' . self::$port,
            // Several workers, so parallel requests really run in parallel.
            'PHP_CLI_SERVER_WORKERS' => '4',
        ], static::serverEnv());
        $log = self::$dir . '/server.log';
        $server = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']], $pipes, null, $env);
        if (!is_resource($server)) {
            throw new \RuntimeException('Cannot start the harness server');
        }
        self::$server = $server;
        $deadline = microtime(true) + 15;
        while (microtime(true) < $deadline) {
            $handle = curl_init('http://127.0.0.1:' . self::$port . '/__ping');
            curl_setopt($handle, CURLOPT_RETURNTRANSFER, true);
            curl_setopt($handle, CURLOPT_TIMEOUT, 2);
            $answer = curl_exec($handle);
            curl_close($handle);
            if ($answer === 'pong') {
                return;
            }
            usleep(100000);
        }
        throw new \RuntimeException('The harness server did not answer: ' . (string) @file_get_contents($log));
    }

    private static function removeTree(string $path): void
    {
        if ($path === '' || !file_exists($path)) {
            return;
        }
        if (is_file($path) || is_link($path)) {
            @unlink($path);

            return;
        }
        foreach (scandir($path) ?: [] as $entry) {
            if ($entry !== '.' && $entry !== '..') {
                self::removeTree($path . '/' . $entry);
            }
        }
        @rmdir($path);
    }
}
