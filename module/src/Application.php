<?php

declare(strict_types=1);

namespace Ebpdocuments;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;
use Ebpdocuments\Support\Clock;
use Ebpdocuments\Support\Links;
use Ebpdocuments\Support\Mailer;
use Ebpdocuments\Support\Settings;
use Ebpdocuments\Support\Translator;

/**
 * Composition root: builds the module's services from the adapters of one shop. PrestaShop builds it in
 * Adapter\ApplicationFactory; tests and the local harness build it on their own database. Services are created
 * once, when first asked for.
 */
final class Application
{
    /** @var Connection */
    private $connection;
    /** @var Settings */
    private $settings;
    /** @var Clock */
    private $clock;
    /** @var Translator */
    private $translator;
    /** @var Links */
    private $links;
    /** @var Mailer */
    private $mailer;
    /** @var int */
    private $shopId;
    /** @var string absolute folder where PDFs are stored */
    private $storageDir;
    /** @var string */
    private $moduleVersion;

    /** @var array<string, object> */
    private $services = [];

    public function __construct(
        Connection $connection,
        Settings $settings,
        Clock $clock,
        Translator $translator,
        Links $links,
        Mailer $mailer,
        int $shopId,
        string $storageDir,
        string $moduleVersion
    ) {
        $this->connection = $connection;
        $this->settings = $settings;
        $this->clock = $clock;
        $this->translator = $translator;
        $this->links = $links;
        $this->mailer = $mailer;
        $this->shopId = $shopId;
        $this->storageDir = $storageDir;
        $this->moduleVersion = $moduleVersion;
    }

    public function connection(): Connection
    {
        return $this->connection;
    }

    public function settings(): Settings
    {
        return $this->settings;
    }

    public function clock(): Clock
    {
        return $this->clock;
    }

    public function translator(): Translator
    {
        return $this->translator;
    }

    public function links(): Links
    {
        return $this->links;
    }

    public function mailer(): Mailer
    {
        return $this->mailer;
    }

    public function shopId(): int
    {
        return $this->shopId;
    }

    public function storageDir(): string
    {
        return $this->storageDir;
    }

    public function moduleVersion(): string
    {
        return $this->moduleVersion;
    }

    /**
     * Builds a service once. Each service getter below is one line: `return $this->shared(X::class, function () {...});`
     *
     * @template T of object
     *
     * @param class-string<T> $id
     * @param callable(): T $factory
     *
     * @return T
     */
    private function shared(string $id, callable $factory)
    {
        if (!isset($this->services[$id])) {
            $this->services[$id] = $factory();
        }

        return $this->services[$id];
    }

    // Service getters go below, grouped by folder (Matching, Storage, Ingestion, Repository, Auth, Api, Admin, Front, Gdpr).

    // Auth and Api (doors engineer).

    public function apiKeyRepository(): Repository\ApiKeyRepository
    {
        return $this->shared(Repository\ApiKeyRepository::class, function () {
            return new Repository\ApiKeyRepository($this->connection);
        });
    }

    public function apiKeyService(): Auth\ApiKeyService
    {
        return $this->shared(Auth\ApiKeyService::class, function () {
            return new Auth\ApiKeyService($this->apiKeyRepository(), $this->clock);
        });
    }

    public function authThrottle(): Auth\AuthThrottle
    {
        return $this->shared(Auth\AuthThrottle::class, function () {
            return new Auth\AuthThrottle(new Repository\AuthFailureRepository($this->connection), $this->clock);
        });
    }

    public function clientAuthenticator(): Api\ClientAuthenticator
    {
        return $this->shared(Api\ClientAuthenticator::class, function () {
            return new Api\ClientAuthenticator($this->apiKeyService(), $this->authThrottle(), $this->settings, $this->shopId);
        });
    }

    public function uploadLimits(): Support\UploadLimits
    {
        return $this->shared(Support\UploadLimits::class, function () {
            return Support\UploadLimits::fromSettings($this->settings);
        });
    }

    public function documentIntake(): Api\DocumentIntake
    {
        return $this->shared(Api\DocumentIntake::class, function () {
            return new Api\DocumentIntake($this);
        });
    }

    public function rejectionLog(): Api\RejectionLog
    {
        return $this->shared(Api\RejectionLog::class, function () {
            return new Api\RejectionLog($this->events(), $this->shopId);
        });
    }
}
