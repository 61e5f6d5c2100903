<?php

declare(strict_types=1);

namespace Ebpdocuments\Wiring;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin;
use Ebpdocuments\Health;
use Ebpdocuments\Import;
use Ebpdocuments\Ingestion;
use Ebpdocuments\Maintenance;
use Ebpdocuments\Presenter;
use Ebpdocuments\Setup;
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

    public function adminDispatcher(): Admin\ActionDispatcher
    {
        return $this->shared(Admin\ActionDispatcher::class, function () {
            $translator = $this->core->translator();

            return new Admin\ActionDispatcher(
                new BackOfficeActions($this->core, $this->receiving, $this),
                new Admin\AdminErrorMapper(new Admin\AdminMessages($translator), $translator, $this->core->errorLog())
            );
        });
    }

    /** Daily housekeeping: old notices purged, storage swept (cron hook or back-office page load). */
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

    public function adminDocumentLoader(): Admin\DocumentLoader
    {
        return $this->shared(Admin\DocumentLoader::class, function () {
            return new Admin\DocumentLoader($this->core->connection());
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

    public function importAccess(): Admin\Import\ImportAccess
    {
        return $this->shared(Admin\Import\ImportAccess::class, function () {
            return new Admin\Import\ImportAccess($this->importRepository());
        });
    }

    public function importPresenter(): Admin\Import\ImportPresenter
    {
        return $this->shared(Admin\Import\ImportPresenter::class, function () {
            return new Admin\Import\ImportPresenter($this->importRepository(), $this->core->storage(), $this->core->links(), $this->receiving->uploadLimits());
        });
    }

    /** CSV and ZIP exports of the Documents and Notices lists. */
    public function documentExport(): Admin\Export\DocumentExport
    {
        return $this->shared(Admin\Export\DocumentExport::class, function () {
            $core = $this->core;

            return new Admin\Export\DocumentExport(
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

    public function documentListQuery(): Admin\Query\DocumentListQuery
    {
        return $this->shared(Admin\Query\DocumentListQuery::class, function () {
            return new Admin\Query\DocumentListQuery($this->core->connection());
        });
    }

    public function eventListQuery(): Admin\Query\EventListQuery
    {
        return $this->shared(Admin\Query\EventListQuery::class, function () {
            return new Admin\Query\EventListQuery($this->core->connection());
        });
    }

    public function storageUsage(): Admin\Query\StorageUsage
    {
        return $this->shared(Admin\Query\StorageUsage::class, function () {
            return new Admin\Query\StorageUsage($this->core->connection(), $this->core->settings(), $this->core->clock());
        });
    }

    /** Where documents may be stored; the shop root is PrestaShop's when known (not in plain PHP tests). */
    public function storageDirPolicy(): Admin\StorageDirPolicy
    {
        return $this->shared(Admin\StorageDirPolicy::class, function () {
            return new Admin\StorageDirPolicy(defined('_PS_ROOT_DIR_') ? (string) constant('_PS_ROOT_DIR_') : '');
        });
    }

    public function pageTargets(): Admin\Page\PageTargets
    {
        return $this->shared(Admin\Page\PageTargets::class, function () {
            return new Admin\Page\PageTargets($this->core->connection(), $this->core->customerMatcher());
        });
    }

    /** The "EBP documents" blocks of PrestaShop's own Customer and Order pages. */
    public function pageDocuments(): Admin\Page\PageDocuments
    {
        return $this->shared(Admin\Page\PageDocuments::class, function () {
            return new Admin\Page\PageDocuments($this->core->connection(), $this->pageTargets(), $this->documentListQuery(), $this->documentRowPresenter(), $this->core->emailNormalizer());
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

    public function noticeBadge(): Admin\NoticeBadge
    {
        return $this->shared(Admin\NoticeBadge::class, function () {
            return new Admin\NoticeBadge($this->core->connection());
        });
    }

    public function adminBootPresenter(): Presenter\AdminBootPresenter
    {
        return $this->shared(Presenter\AdminBootPresenter::class, function () {
            return new Presenter\AdminBootPresenter($this->core->links(), $this->core->translator(), $this->noticeBadge(), $this->core->moduleVersion());
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
