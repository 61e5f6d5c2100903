<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Health;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\HttpClient;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Kernel\Support\ShopEnvironment;
use Ebpdocuments\Storage\DocumentStorage;

/**
 * What can stop documents from arriving or leak them, each check green/amber/red with one sentence (the app's
 * wording `health.<code>.<variant>`) saying what to fix:
 * - PHP limits against the module's size limit: a PDF travels in base64 (×1.37 with line breaks) inside the form,
 *   so post_max_size must hold 1.37 × the limit; API v1 sends the file itself (upload_max_filesize) and up to 50
 *   files per batch (max_file_uploads); the E-connecteur door holds about 6 × the PDF in memory (measured).
 * - the storage folder: writable, and NOT served by the web server (a canary file is fetched through the shop's own
 *   address: nginx ignores the folder's .htaccess, and a served folder leaks every customer's invoices);
 * - maintenance mode, friendly URLs, HTTPS, the daily maintenance task's last run.
 */
final class HealthChecks
{
    const BASE64_RATIO = 1.37;
    const FORM_OVERHEAD = 65536;
    /** A PDF of this size is what most sales documents weigh: below this, even ordinary documents are refused. */
    const SMALL_PDF = 2097152;
    const MEMORY_RATIO = 6;
    const MEMORY_BASE = 33554432;
    const BATCH_FILES = 50;
    const MAINTENANCE_LATE_SECONDS = 172800;
    const CANARY_PREFIX = 'ebpdocuments-canary-';

    /** @var Settings */
    private $settings;
    /** @var PhpIni */
    private $ini;
    /** @var DocumentStorage */
    private $storage;
    /** @var ShopEnvironment */
    private $shop;
    /** @var HttpClient */
    private $http;
    /** @var Clock */
    private $clock;
    /** @var string */
    private $receiveUrl;

    public function __construct(Settings $settings, PhpIni $ini, DocumentStorage $storage, ShopEnvironment $shop, HttpClient $http, Clock $clock, string $receiveUrl)
    {
        $this->settings = $settings;
        $this->ini = $ini;
        $this->storage = $storage;
        $this->shop = $shop;
        $this->http = $http;
        $this->clock = $clock;
        $this->receiveUrl = $receiveUrl;
    }

    /**
     * @return HealthCheck[] in the order the app shows them
     */
    public function run(): array
    {
        return [
            $this->postMaxSize(),
            $this->uploadMaxFilesize(),
            $this->maxFileUploads(),
            $this->memoryLimit(),
            $this->storageWritable(),
            $this->storagePrivate(),
            $this->maintenance(),
            $this->friendlyUrls(),
            $this->https(),
            $this->maintenanceTask(),
        ];
    }

    public function maxPdfBytes(): int
    {
        return max(1, (int) $this->settings->get(SettingKeys::MAX_PDF_MB)) * 1048576;
    }

    public function postMaxSize(): HealthCheck
    {
        $value = $this->ini->bytes('post_max_size');
        $needed = self::formBytesFor($this->maxPdfBytes());
        $params = ['value' => $value, 'needed' => $needed, 'limit' => $this->maxPdfBytes(), 'largest' => (int) floor(max(0, $value - self::FORM_OVERHEAD) / self::BASE64_RATIO)];
        if ($value === 0 || $value >= $needed) {
            return new HealthCheck('postMaxSize', HealthCheck::OK, 'enough', $params);
        }

        return new HealthCheck('postMaxSize', $value >= self::formBytesFor(self::SMALL_PDF) ? HealthCheck::WARNING : HealthCheck::ERROR, 'tooLow', $params);
    }

    public function uploadMaxFilesize(): HealthCheck
    {
        $value = $this->ini->bytes('upload_max_filesize');
        $params = ['value' => $value, 'needed' => $this->maxPdfBytes()];
        if ($value === 0 || $value >= $this->maxPdfBytes()) {
            return new HealthCheck('uploadMaxFilesize', HealthCheck::OK, 'enough', $params);
        }

        return new HealthCheck('uploadMaxFilesize', $value >= self::SMALL_PDF ? HealthCheck::WARNING : HealthCheck::ERROR, 'tooLow', $params);
    }

    public function maxFileUploads(): HealthCheck
    {
        $value = $this->ini->count('max_file_uploads');
        $params = ['value' => $value, 'needed' => self::BATCH_FILES];
        if ($value >= self::BATCH_FILES) {
            return new HealthCheck('maxFileUploads', HealthCheck::OK, 'enough', $params);
        }

        return new HealthCheck('maxFileUploads', $value >= 1 ? HealthCheck::WARNING : HealthCheck::ERROR, 'tooLow', $params);
    }

    public function memoryLimit(): HealthCheck
    {
        $value = $this->ini->bytes('memory_limit');
        $needed = self::memoryFor($this->maxPdfBytes());
        $params = ['value' => $value, 'needed' => $needed, 'limit' => $this->maxPdfBytes()];
        if ($value === 0 || $value >= $needed) {
            return new HealthCheck('memoryLimit', HealthCheck::OK, 'enough', $params);
        }

        return new HealthCheck('memoryLimit', $value >= self::memoryFor(self::SMALL_PDF) ? HealthCheck::WARNING : HealthCheck::ERROR, 'tooLow', $params);
    }

    public function storageWritable(): HealthCheck
    {
        $params = ['path' => $this->storage->root()];

        return $this->storage->isWritable()
            ? new HealthCheck('storageWritable', HealthCheck::OK, 'writable', $params)
            : new HealthCheck('storageWritable', HealthCheck::ERROR, 'notWritable', $params);
    }

    /**
     * Writes a canary file with a random name and content into the storage folder, fetches its URL through the
     * shop's own address, and deletes it. Served (200 with the content) = red.
     */
    public function storagePrivate(): HealthCheck
    {
        $root = $this->storage->root();
        $relative = $this->relativeToShop($root);
        if ($relative === null) {
            return new HealthCheck('storagePrivate', HealthCheck::OK, 'outside', ['path' => $root]);
        }
        if (!$this->storage->isWritable() || $this->shop->baseUrl() === '') {
            return new HealthCheck('storagePrivate', HealthCheck::WARNING, 'unchecked', ['path' => $root, 'error' => 'storage']);
        }
        $token = bin2hex(random_bytes(16));
        $name = self::CANARY_PREFIX . bin2hex(random_bytes(8)) . '.txt';
        $path = $root . '/' . $name;
        if (@file_put_contents($path, $token) === false) {
            return new HealthCheck('storagePrivate', HealthCheck::WARNING, 'unchecked', ['path' => $root, 'error' => 'storage']);
        }
        $segments = array_map('rawurlencode', array_filter(explode('/', $relative . '/' . $name), function (string $part): bool {
            return $part !== '';
        }));
        $url = $this->shop->baseUrl() . implode('/', $segments);
        try {
            $answer = $this->http->request('GET', $url, [], '', 10);
        } finally {
            @unlink($path);
        }
        $params = ['path' => $root, 'url' => $url, 'status' => $answer->status()];
        if (!$answer->reached()) {
            return new HealthCheck('storagePrivate', HealthCheck::WARNING, 'unchecked', $params + ['error' => $answer->error()]);
        }
        if ($answer->status() >= 200 && $answer->status() < 300 && strpos($answer->body(), $token) !== false) {
            return new HealthCheck('storagePrivate', HealthCheck::ERROR, 'served', $params);
        }

        return new HealthCheck('storagePrivate', HealthCheck::OK, 'blocked', $params);
    }

    public function maintenance(): HealthCheck
    {
        return $this->shop->maintenance()
            ? new HealthCheck('maintenance', HealthCheck::WARNING, 'on')
            : new HealthCheck('maintenance', HealthCheck::OK, 'off');
    }

    public function friendlyUrls(): HealthCheck
    {
        return $this->shop->friendlyUrls()
            ? new HealthCheck('friendlyUrls', HealthCheck::OK, 'on', ['url' => $this->receiveUrl])
            : new HealthCheck('friendlyUrls', HealthCheck::OK, 'off', ['url' => $this->receiveUrl]);
    }

    public function https(): HealthCheck
    {
        $secure = stripos($this->receiveUrl, 'https://') === 0;

        return $secure
            ? new HealthCheck('https', HealthCheck::OK, 'on')
            : new HealthCheck('https', HealthCheck::WARNING, $this->shop->sslEnabled() ? 'notInUrl' : 'off');
    }

    public function maintenanceTask(): HealthCheck
    {
        $lastRun = (int) $this->settings->get(SettingKeys::MAINTENANCE_LAST_RUN);
        if ($lastRun <= 0) {
            return new HealthCheck('maintenanceTask', HealthCheck::WARNING, 'never');
        }
        $at = (new \DateTimeImmutable('@' . $lastRun))->setTimezone($this->clock->now()->getTimezone());
        $age = $this->clock->now()->getTimestamp() - $lastRun;
        $params = ['at' => $at->format('Y-m-d H:i:s'), 'days' => (int) floor(max(0, $age) / 86400)];

        return $age > self::MAINTENANCE_LATE_SECONDS
            ? new HealthCheck('maintenanceTask', HealthCheck::WARNING, 'late', $params)
            : new HealthCheck('maintenanceTask', HealthCheck::OK, 'recent', $params);
    }

    /** post_max_size a PDF of $pdfBytes needs in the E-connecteur form. */
    public static function formBytesFor(int $pdfBytes): int
    {
        return (int) ceil($pdfBytes * self::BASE64_RATIO) + self::FORM_OVERHEAD;
    }

    public static function memoryFor(int $pdfBytes): int
    {
        return self::MEMORY_RATIO * $pdfBytes + self::MEMORY_BASE;
    }

    /** The storage folder's path inside the shop's folder ('' = the shop folder itself), or null when outside. */
    private function relativeToShop(string $folder): ?string
    {
        $shopRoot = $this->shop->rootDir();
        if ($shopRoot === '') {
            return null;
        }
        $real = realpath($folder);
        $realRoot = realpath($shopRoot);
        $folder = rtrim($real === false ? $folder : $real, '/');
        $shopRoot = rtrim($realRoot === false ? $shopRoot : $realRoot, '/');
        if ($folder === $shopRoot) {
            return '';
        }
        if (strpos($folder . '/', $shopRoot . '/') !== 0) {
            return null;
        }

        return substr($folder, strlen($shopRoot) + 1);
    }
}
