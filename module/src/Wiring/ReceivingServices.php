<?php

declare(strict_types=1);

namespace Ebpdocuments\Wiring;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support;
use Ebpdocuments\Receiving\Api;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Auth;
use Ebpdocuments\Storage\Repository;

/**
 * The connectors' doors: the E-connecteur endpoint, API v1 and what they share (keys, throttle, intake, rejection
 * log). Builds nothing of the back office nor of the customer pages, so a push stays cheap.
 */
final class ReceivingServices extends Provider
{
    /** @var CoreServices */
    private $core;

    public function __construct(CoreServices $core)
    {
        $this->core = $core;
    }

    public function econnecteurEndpoint(ErrorMapper $errors): Api\EconnecteurEndpoint
    {
        return new Api\EconnecteurEndpoint($this->clientAuthenticator(), $this->documentIntake(), $this->uploadLimits(), $this->core->settings(), $this->rejectionLog(), $errors);
    }

    public function apiRouter(ErrorMapper $errors): Api\V1\ApiRouter
    {
        return new Api\V1\ApiRouter($this->clientAuthenticator(), $this->apiHandlers(), $this->uploadLimits(), $this->rejectionLog(), $errors);
    }

    /** The handlers of ApiRouter::ROUTES; only the one of the request is built. */
    public function apiHandlers(): FactoryMap
    {
        $core = $this->core;

        return new FactoryMap([
            Api\V1\CreateDocumentHandler::class => function () {
                return $this->createDocumentHandler();
            },
            Api\V1\BatchDocumentsHandler::class => function () {
                return new Api\V1\BatchDocumentsHandler($this->createDocumentHandler(), $this->uploadLimits());
            },
            Api\V1\WithdrawDocumentHandler::class => function () use ($core) {
                return new Api\V1\WithdrawDocumentHandler($this->documentNumberQuery(), $core->documentManager());
            },
            Api\V1\DocumentStatusHandler::class => function () {
                return new Api\V1\DocumentStatusHandler($this->documentNumberQuery());
            },
            Api\V1\HealthHandler::class => function () use ($core) {
                return new Api\V1\HealthHandler($core->storage(), $this->uploadLimits(), $core->clock(), $core->shopId(), $core->moduleVersion());
            },
        ]);
    }

    private function createDocumentHandler(): Api\V1\CreateDocumentHandler
    {
        return new Api\V1\CreateDocumentHandler($this->documentIntake(), $this->core->shopId());
    }

    private function documentNumberQuery(): Api\V1\DocumentNumberQuery
    {
        return new Api\V1\DocumentNumberQuery($this->core->documents(), $this->core->shopId());
    }

    public function apiKeyRepository(): Repository\ApiKeyRepository
    {
        return $this->shared(Repository\ApiKeyRepository::class, function () {
            return new Repository\ApiKeyRepository($this->core->connection());
        });
    }

    public function apiKeyService(): Auth\ApiKeyService
    {
        return $this->shared(Auth\ApiKeyService::class, function () {
            return new Auth\ApiKeyService($this->apiKeyRepository(), $this->core->clock());
        });
    }

    public function authThrottle(): Auth\AuthThrottle
    {
        return $this->shared(Auth\AuthThrottle::class, function () {
            return new Auth\AuthThrottle(new Repository\AuthFailureRepository($this->core->connection()), $this->core->clock());
        });
    }

    public function clientAuthenticator(): Api\ClientAuthenticator
    {
        return $this->shared(Api\ClientAuthenticator::class, function () {
            return new Api\ClientAuthenticator($this->apiKeyService(), $this->authThrottle(), $this->core->settings(), $this->core->shopId());
        });
    }

    public function uploadLimits(): Support\UploadLimits
    {
        return $this->shared(Support\UploadLimits::class, function () {
            return Support\UploadLimits::fromSettings($this->core->settings());
        });
    }

    /** Validation, temp file and ingestion of one document, for both doors and the back office's upload. */
    public function documentIntake(): Api\DocumentIntake
    {
        return $this->shared(Api\DocumentIntake::class, function () {
            return new Api\DocumentIntake($this->core->documentValidator(), $this->core->storage(), $this->core->ingestion(), $this->uploadLimits(), $this->core->shopId());
        });
    }

    public function rejectionLog(): Api\RejectionLog
    {
        return $this->shared(Api\RejectionLog::class, function () {
            // Its own counter (namespace) in the auth_failure table: recording refusals never locks a key out.
            $anonymousBudget = new Auth\AuthThrottle(new Repository\AuthFailureRepository($this->core->connection()), $this->core->clock(), 'ebpdocuments-rejection:');

            return new Api\RejectionLog($this->core->events(), $this->core->shopId(), $anonymousBudget);
        });
    }
}
