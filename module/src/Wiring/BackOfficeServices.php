<?php

declare(strict_types=1);

namespace Ebpdocuments\Wiring;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice;
use Ebpdocuments\BackOffice\Health;
use Ebpdocuments\BackOffice\Import;
use Ebpdocuments\BackOffice\Maintenance;
use Ebpdocuments\BackOffice\Presenter;
use Ebpdocuments\BackOffice\Setup;
use Ebpdocuments\Kernel\Http;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Ingestion;
use Ebpdocuments\Storage;

/**
 * The back office: the AJAX dispatcher and what its actions share (lists, import, export, set-up checks), the blocks
 * of PrestaShop's Customer and Order pages, the tab's boot payload and badge, the daily maintenance.
 */
final class BackOfficeServices extends Provider
{
    /** @var CoreServices */
    private $core;
    /** @var ReceivingServices */
    private $receiving;

    public function __construct(CoreServices $core, ReceivingServices $receiving)
    {
        $this->core = $core;
        $this->receiving = $receiving;
    }

    public function adminDispatcher(): BackOffice\ActionDispatcher
    {
        return $this->shared(BackOffice\ActionDispatcher::class, function () {
            return new BackOffice\ActionDispatcher(
                new BackOfficeActions($this->core, $this->receiving, $this),
                new ErrorMapper($this->core->errorLog(), null, $this->core->translator())
            );
        });
    }

    /** Daily housekeeping: old waiting documents purged, storage swept (cron hook or back-office page load). */
    public function maintenance(): Maintenance\MaintenanceTask
    {
        return $this->shared(Maintenance\MaintenanceTask::class, function () {
            $core = $this->core;

            return new Maintenance\MaintenanceTask($core->connection(), $core->documentManager(), $core->storage(), $core->settings(), $core->clock(), $core->shopId(), $this->storageUsage(), $this->dailyDigest());
        });
    }

    /** The optional daily summary e-mail to the merchant, sent at the end of the daily maintenance. */
    public function dailyDigest(): Maintenance\DailyDigest
    {
        return $this->shared(Maintenance\DailyDigest::class, function () {
            $core = $this->core;

            return new Maintenance\DailyDigest($core->connection(), $core->settings(), $core->clock(), $core->mailer(), $core->shopContact(), $core->languageTranslators(), $core->links(), $core->errorLog(), $core->shopId(), $core->shopEnvironment()->baseUrl());
        });
    }

    public function adminDocumentLoader(): BackOffice\DocumentLoader
    {
        return $this->shared(BackOffice\DocumentLoader::class, function () {
            return new BackOffice\DocumentLoader($this->core->connection());
        });
    }

    public function importRepository(): Import\ImportRepository
    {
        return $this->shared(Import\ImportRepository::class, function () {
            return new Import\ImportRepository($this->core->connection(), $this->core->clock());
        });
    }

    /** Back-office import of older documents; its ingestion sends new-document mails only when the import asks. */
    public function importService(): Import\ImportService
    {
        return $this->shared(Import\ImportService::class, function () {
            $core = $this->core;

            return new Import\ImportService(
                $this->importRepository(),
                $core->storage(),
                $core->documentValidator(),
                new Storage\PdfValidator(),
                $core->customerMatcher(),
                $core->documents(),
                function (bool $notify) use ($core): Ingestion\IngestionService {
                    return $core->newIngestion($notify);
                },
                $core->errorLog(),
                $core->maxPdfBytes()
            );
        });
    }

    public function importAccess(): BackOffice\Import\ImportAccess
    {
        return $this->shared(BackOffice\Import\ImportAccess::class, function () {
            return new BackOffice\Import\ImportAccess($this->importRepository());
        });
    }

    public function importPresenter(): BackOffice\Import\ImportPresenter
    {
        return $this->shared(BackOffice\Import\ImportPresenter::class, function () {
            return new BackOffice\Import\ImportPresenter($this->importRepository(), $this->core->storage(), $this->core->links(), $this->receiving->uploadLimits());
        });
    }

    /** CSV and ZIP exports of the Documents and To attach lists. */
    public function documentExport(): BackOffice\Export\DocumentExport
    {
        return $this->shared(BackOffice\Export\DocumentExport::class, function () {
            $core = $this->core;

            return new BackOffice\Export\DocumentExport(
                $this->documentListQuery(),
                $core->connection(),
                $core->storage(),
                $core->events(),
                $core->numberFormat(),
                $core->translator(),
                $core->clock(),
                $core->errorLog()
            );
        });
    }

    public function documentListQuery(): BackOffice\Query\DocumentListQuery
    {
        return $this->shared(BackOffice\Query\DocumentListQuery::class, function () {
            return new BackOffice\Query\DocumentListQuery($this->core->connection());
        });
    }

    public function eventListQuery(): BackOffice\Query\EventListQuery
    {
        return $this->shared(BackOffice\Query\EventListQuery::class, function () {
            return new BackOffice\Query\EventListQuery($this->core->connection());
        });
    }

    public function storageUsage(): BackOffice\Query\StorageUsage
    {
        return $this->shared(BackOffice\Query\StorageUsage::class, function () {
            return new BackOffice\Query\StorageUsage($this->core->connection(), $this->core->settings(), $this->core->clock());
        });
    }

    /** Where documents may be stored; the shop root is PrestaShop's when known (not in plain PHP tests). */
    public function storageDirPolicy(): BackOffice\StorageDirPolicy
    {
        return $this->shared(BackOffice\StorageDirPolicy::class, function () {
            return new BackOffice\StorageDirPolicy(defined('_PS_ROOT_DIR_') ? (string) constant('_PS_ROOT_DIR_') : '');
        });
    }

    public function pageTargets(): BackOffice\Page\PageTargets
    {
        return $this->shared(BackOffice\Page\PageTargets::class, function () {
            return new BackOffice\Page\PageTargets($this->core->connection(), $this->core->customerMatcher());
        });
    }

    /** The "EBP documents" blocks of PrestaShop's own Customer and Order pages. */
    public function pageDocuments(): BackOffice\Page\PageDocuments
    {
        return $this->shared(BackOffice\Page\PageDocuments::class, function () {
            return new BackOffice\Page\PageDocuments($this->core->connection(), $this->pageTargets(), $this->documentListQuery(), $this->documentRowPresenter(), $this->core->emailNormalizer());
        });
    }

    public function documentRowPresenter(): Presenter\DocumentRowPresenter
    {
        return $this->shared(Presenter\DocumentRowPresenter::class, function () {
            return new Presenter\DocumentRowPresenter($this->core->links());
        });
    }

    public function eventRowPresenter(): Presenter\EventRowPresenter
    {
        return $this->shared(Presenter\EventRowPresenter::class, function () {
            return new Presenter\EventRowPresenter($this->core->links());
        });
    }

    public function waitingBadge(): BackOffice\WaitingBadge
    {
        return $this->shared(BackOffice\WaitingBadge::class, function () {
            return new BackOffice\WaitingBadge($this->core->connection());
        });
    }

    public function adminBootPresenter(): Presenter\AdminBootPresenter
    {
        return $this->shared(Presenter\AdminBootPresenter::class, function () {
            return new Presenter\AdminBootPresenter($this->core->links(), $this->core->translator(), $this->waitingBadge(), $this->core->moduleVersion());
        });
    }

    public function healthChecks(): Health\HealthChecks
    {
        return $this->shared(Health\HealthChecks::class, function () {
            $core = $this->core;

            return new Health\HealthChecks($core->settings(), Health\PhpIni::fromRuntime(), $core->storage(), $core->shopEnvironment(), $core->httpClient(), $core->clock(), $core->links()->receiveEndpoint());
        });
    }

    public function testDocumentSender(): Setup\TestDocumentSender
    {
        return $this->shared(Setup\TestDocumentSender::class, function () {
            $core = $this->core;

            return new Setup\TestDocumentSender(
                $core->connection(),
                $core->httpClient(),
                $this->receiving->apiKeyService(),
                $this->receiving->apiKeyRepository(),
                $core->events(),
                $core->storage(),
                $core->shopId(),
                $core->links()->receiveEndpoint()
            );
        });
    }
}
