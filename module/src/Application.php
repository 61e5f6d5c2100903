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

    /** @var Support\ErrorLog|null */
    private $errorLog;
    /** @var Support\ShopEnvironment|null */
    private $shopEnvironment;
    /** @var Support\HttpClient|null */
    private $httpClient;

    /** @var Support\NumberFormat|null */
    private $numberFormat;
    /** @var Support\ServerSecret|null */
    private $serverSecret;
    /** @var Support\LanguageTranslators|null */
    private $languageTranslators;

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
        /** @var T $service */
        $service = $this->services[$id];

        return $service;
    }

    // Service getters go below, grouped by folder (Matching, Storage, Ingestion, Repository, Auth, Api, Admin, Front, Gdpr).

    // Matching, Storage, Ingestion, Repository, Documents (core engineer).

    public function emailNormalizer(): Matching\EmailNormalizer
    {
        return $this->shared(Matching\EmailNormalizer::class, function () {
            return new Matching\EmailNormalizer();
        });
    }

    public function customerMatcher(): Matching\CustomerMatcher
    {
        return $this->shared(Matching\CustomerMatcher::class, function () {
            return new Matching\CustomerMatcher($this->connection, $this->emailNormalizer(), new Matching\OrderResolver($this->connection), $this->customerLinks(), $this->emailProofs());
        });
    }

    public function emailProofs(): Matching\EmailProofs
    {
        return $this->shared(Matching\EmailProofs::class, function () {
            return new Matching\EmailProofs($this->connection, $this->emailNormalizer(), $this->settings, $this->clock);
        });
    }

    public function storage(): Storage\DocumentStorage
    {
        return $this->shared(Storage\DocumentStorage::class, function () {
            return new Storage\DocumentStorage($this->storageDir);
        });
    }

    /** Largest accepted PDF in bytes (setting MAX_PDF_MB). */
    public function maxPdfBytes(): int
    {
        return max(1, (int) $this->settings->get(Support\SettingKeys::MAX_PDF_MB)) * 1048576;
    }

    public function documentValidator(): Ingestion\DocumentValidator
    {
        return $this->shared(Ingestion\DocumentValidator::class, function () {
            return new Ingestion\DocumentValidator($this->emailNormalizer());
        });
    }

    /** Its post-commit listener is notifier() (the optional customer e-mail). */
    public function ingestion(): Ingestion\IngestionService
    {
        return $this->shared(Ingestion\IngestionService::class, function () {
            return new Ingestion\IngestionService(
                $this->connection,
                $this->storage(),
                new Storage\PdfValidator(),
                $this->customerMatcher(),
                $this->documents(),
                $this->events(),
                $this->clock,
                $this->maxPdfBytes(),
                $this->notifier()
            );
        });
    }

    public function documents(): Repository\DocumentRepository
    {
        return $this->shared(Repository\DocumentRepository::class, function () {
            return new Repository\DocumentRepository($this->connection);
        });
    }

    public function events(): Repository\EventRepository
    {
        return $this->shared(Repository\EventRepository::class, function () {
            return new Repository\EventRepository($this->connection, $this->clock);
        });
    }

    public function customerLinks(): Repository\CustomerLinkRepository
    {
        return $this->shared(Repository\CustomerLinkRepository::class, function () {
            return new Repository\CustomerLinkRepository($this->connection, $this->clock);
        });
    }

    public function documentManager(): Documents\DocumentManager
    {
        return $this->shared(Documents\DocumentManager::class, function () {
            return new Documents\DocumentManager(
                $this->connection,
                $this->documents(),
                $this->events(),
                $this->customerLinks(),
                $this->customerMatcher(),
                $this->storage(),
                $this->clock,
                $this->emailProofs(),
                $this->notifier()
            );
        });
    }

    /** Daily housekeeping: old notices purged, storage swept (cron hook or back-office page load). */
    public function maintenance(): Maintenance\MaintenanceTask
    {
        return $this->shared(Maintenance\MaintenanceTask::class, function () {
            return new Maintenance\MaintenanceTask($this->connection, $this->documentManager(), $this->storage(), $this->settings, $this->clock, $this->shopId, $this->storageUsage());
        });
    }

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
            // Its own counter (namespace) in the auth_failure table: recording refusals never locks a key out.
            $anonymousBudget = new Auth\AuthThrottle(new Repository\AuthFailureRepository($this->connection), $this->clock, 'ebpdocuments-rejection:');

            return new Api\RejectionLog($this->events(), $this->shopId, $anonymousBudget);
        });
    }

    // Front and Gdpr (front engineer).

    /** Where customer-facing services log what the merchant must know (a file lost…). PHP's error_log until set. */
    public function setErrorLog(Support\ErrorLog $errorLog): void
    {
        $this->errorLog = $errorLog;
    }

    /** How amounts are written in exports (Adapter\PrestaShopNumberFormat in the shop). */
    public function setNumberFormat(Support\NumberFormat $numberFormat): void
    {
        $this->numberFormat = $numberFormat;
    }

    public function numberFormat(): Support\NumberFormat
    {
        if ($this->numberFormat === null) {
            $this->numberFormat = new Support\DecimalNumberFormat('.');
        }

        return $this->numberFormat;
    }

    public function errorLog(): Support\ErrorLog
    {
        if ($this->errorLog === null) {
            $this->errorLog = new Support\PhpErrorLog();
        }

        return $this->errorLog;
    }

    /** Adapter\ApplicationFactory sets PrestaShop's; tests and the harness set their own. */
    public function setServerSecret(Support\ServerSecret $serverSecret): void
    {
        $this->serverSecret = $serverSecret;
    }

    /** Fails closed: without a secret no one-time code is made (an empty key would make them recoverable). */
    public function serverSecret(): Support\ServerSecret
    {
        if ($this->serverSecret === null) {
            throw new \LogicException('No server secret: call setServerSecret() when building the Application.');
        }

        return $this->serverSecret;
    }

    /** Adapter\ApplicationFactory sets PrestaShop's; the default knows nothing of a shop (plain PHP runs). */
    public function setShopEnvironment(Support\ShopEnvironment $environment): void
    {
        $this->shopEnvironment = $environment;
    }

    public function shopEnvironment(): Support\ShopEnvironment
    {
        if ($this->shopEnvironment === null) {
            $this->shopEnvironment = new Support\FixedShopEnvironment();
        }

        return $this->shopEnvironment;
    }

    public function setHttpClient(Support\HttpClient $client): void
    {
        $this->httpClient = $client;
    }

    public function httpClient(): Support\HttpClient
    {
        if ($this->httpClient === null) {
            $this->httpClient = new Support\NativeHttpClient();
        }

        return $this->httpClient;
    }

    public function healthChecks(): Health\HealthChecks
    {
        return $this->shared(Health\HealthChecks::class, function () {
            return new Health\HealthChecks($this->settings, Health\PhpIni::fromRuntime(), $this->storage(), $this->shopEnvironment(), $this->httpClient(), $this->clock, $this->links->receiveEndpoint());
        });
    }

    public function testDocumentSender(): Setup\TestDocumentSender
    {
        return $this->shared(Setup\TestDocumentSender::class, function () {
            return new Setup\TestDocumentSender(
                $this->connection,
                $this->httpClient(),
                $this->apiKeyService(),
                $this->apiKeyRepository(),
                $this->events(),
                $this->storage(),
                $this->shopId,
                $this->links->receiveEndpoint()
            );
        });
    }

    public function shopWordings(): Front\ShopWordings
    {
        return $this->shared(Front\ShopWordings::class, function () {
            return new Front\ShopWordings($this->translator);
        });
    }

    public function customerPageGuard(): Front\CustomerPageGuard
    {
        return $this->shared(Front\CustomerPageGuard::class, function () {
            return new Front\CustomerPageGuard();
        });
    }

    public function customerAccounts(): Front\CustomerAccounts
    {
        return $this->shared(Front\CustomerAccounts::class, function () {
            return new Front\CustomerAccounts($this->connection);
        });
    }

    public function customerDocuments(): Front\CustomerDocumentsQuery
    {
        return $this->shared(Front\CustomerDocumentsQuery::class, function () {
            return new Front\CustomerDocumentsQuery($this->connection, $this->settings, $this->links, $this->shopWordings());
        });
    }

    public function download(): Front\DownloadService
    {
        return $this->shared(Front\DownloadService::class, function () {
            return new Front\DownloadService($this->connection, $this->storage(), $this->events(), $this->clock, $this->settings, $this->shopWordings(), $this->errorLog());
        });
    }

    public function waitingDocuments(): Front\WaitingDocuments
    {
        return $this->shared(Front\WaitingDocuments::class, function () {
            return new Front\WaitingDocuments($this->connection, $this->events(), $this->emailNormalizer(), $this->clock);
        });
    }

    public function claims(): Front\ClaimService
    {
        return $this->shared(Front\ClaimService::class, function () {
            return new Front\ClaimService(
                $this->connection,
                $this->clock,
                $this->mailer,
                $this->links,
                $this->shopWordings(),
                $this->customerAccounts(),
                $this->waitingDocuments(),
                $this->emailNormalizer(),
                $this->claimBudget(),
                $this->emailProofs(),
                $this->serverSecret()
            );
        });
    }

    public function claimBudget(): Front\ClaimBudget
    {
        return $this->shared(Front\ClaimBudget::class, function () {
            return new Front\ClaimBudget($this->connection, $this->clock);
        });
    }

    public function myDocumentsPage(): Front\MyDocumentsPage
    {
        return $this->shared(Front\MyDocumentsPage::class, function () {
            return new Front\MyDocumentsPage($this->customerDocuments(), $this->claims(), $this->links, $this->shopWordings());
        });
    }

    /** The post-commit listener of ingestion and the document manager: the optional customer e-mail. */
    public function notifier(): Front\NewDocumentNotifier
    {
        return $this->shared(Front\NewDocumentNotifier::class, function () {
            return new Front\NewDocumentNotifier($this->connection, $this->settings, $this->mailer, $this->links, $this->languageTranslators(), $this->customerAccounts(), $this->errorLog(), $this->storage(), $this->events());
        });
    }

    /** The mails' translator for the customer's language (PrestaShop's: ApplicationFactory; default: the request's). */
    public function setLanguageTranslators(Support\LanguageTranslators $translators): void
    {
        $this->languageTranslators = $translators;
    }

    public function languageTranslators(): Support\LanguageTranslators
    {
        if ($this->languageTranslators === null) {
            $this->languageTranslators = new Support\SameLanguageTranslators($this->translator);
        }

        return $this->languageTranslators;
    }

    /** The documents of a guest order on the guest tracking page (issue 12). */
    public function guestOrderDocuments(): Front\GuestOrderDocuments
    {
        return $this->shared(Front\GuestOrderDocuments::class, function () {
            return new Front\GuestOrderDocuments($this->connection, $this->settings, $this->emailNormalizer(), $this->links, $this->shopWordings(), $this->storage(), $this->events(), $this->clock, $this->errorLog());
        });
    }

    public function guestConverted(): Front\Hook\GuestConverted
    {
        return $this->shared(Front\Hook\GuestConverted::class, function () {
            return new Front\Hook\GuestConverted($this->connection, $this->customerAccounts(), $this->emailNormalizer(), $this->documentManager(), $this->errorLog());
        });
    }

    public function customerAccountTile(): Front\Hook\CustomerAccountTile
    {
        return $this->shared(Front\Hook\CustomerAccountTile::class, function () {
            return new Front\Hook\CustomerAccountTile($this->customerPageGuard(), $this->customerDocuments(), $this->links);
        });
    }

    public function myAccountBlockLink(): Front\Hook\MyAccountBlockLink
    {
        return $this->shared(Front\Hook\MyAccountBlockLink::class, function () {
            return new Front\Hook\MyAccountBlockLink($this->links);
        });
    }

    public function orderDetailDocuments(): Front\Hook\OrderDetailDocuments
    {
        return $this->shared(Front\Hook\OrderDetailDocuments::class, function () {
            return new Front\Hook\OrderDetailDocuments($this->connection, $this->customerPageGuard(), $this->customerDocuments());
        });
    }

    public function accountCreated(): Front\Hook\AccountCreated
    {
        return $this->shared(Front\Hook\AccountCreated::class, function () {
            return new Front\Hook\AccountCreated($this->connection, $this->settings, $this->customerAccounts(), $this->waitingDocuments(), $this->emailNormalizer(), $this->emailProofs());
        });
    }

    public function customerSearchTerms(): Front\Hook\CustomerSearchTerms
    {
        return $this->shared(Front\Hook\CustomerSearchTerms::class, function () {
            return new Front\Hook\CustomerSearchTerms(new Repository\CustomerTermRepository($this->connection));
        });
    }

    public function customerDeleted(): Front\Hook\CustomerDeleted
    {
        return $this->shared(Front\Hook\CustomerDeleted::class, function () {
            return new Front\Hook\CustomerDeleted($this->documentManager(), $this->settings);
        });
    }

    public function gdprExport(): Gdpr\CustomerDataExport
    {
        return $this->shared(Gdpr\CustomerDataExport::class, function () {
            return new Gdpr\CustomerDataExport($this->connection, $this->shopWordings());
        });
    }

    public function gdprErasure(): Gdpr\CustomerDataErasure
    {
        return $this->shared(Gdpr\CustomerDataErasure::class, function () {
            return new Gdpr\CustomerDataErasure(
                $this->connection,
                $this->storage(),
                $this->events(),
                $this->customerAccounts(),
                $this->emailNormalizer(),
                $this->emailProofs(),
                $this->claimBudget()
            );
        });
    }

    // Admin (admin PHP engineer): the AJAX dispatcher and what its actions share.

    public function adminDispatcher(): Admin\ActionDispatcher
    {
        return $this->shared(Admin\ActionDispatcher::class, function () {
            return new Admin\ActionDispatcher($this, new Admin\AdminErrorMapper(new Admin\AdminMessages($this->translator), $this->translator, $this->errorLog()));
        });
    }

    public function adminDocumentLoader(): Admin\DocumentLoader
    {
        return $this->shared(Admin\DocumentLoader::class, function () {
            return new Admin\DocumentLoader($this->connection);
        });
    }

    public function importRepository(): Import\ImportRepository
    {
        return $this->shared(Import\ImportRepository::class, function () {
            return new Import\ImportRepository($this->connection, $this->clock);
        });
    }

    /** Back-office import of older documents; its ingestion sends new-document mails only when the import asks. */
    public function importService(): Import\ImportService
    {
        return $this->shared(Import\ImportService::class, function () {
            return new Import\ImportService(
                $this->importRepository(),
                $this->storage(),
                $this->documentValidator(),
                new Storage\PdfValidator(),
                $this->customerMatcher(),
                $this->documents(),
                function (bool $notify): Ingestion\IngestionService {
                    return new Ingestion\IngestionService(
                        $this->connection,
                        $this->storage(),
                        new Storage\PdfValidator(),
                        $this->customerMatcher(),
                        $this->documents(),
                        $this->events(),
                        $this->clock,
                        $this->maxPdfBytes(),
                        $notify ? $this->notifier() : null
                    );
                },
                $this->errorLog(),
                $this->maxPdfBytes()
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
            return new Admin\Import\ImportPresenter($this->importRepository(), $this->storage(), $this->links, $this->uploadLimits());
        });
    }

    /** CSV and ZIP exports of the Documents and Notices lists. */
    public function documentExport(): Admin\Export\DocumentExport
    {
        return $this->shared(Admin\Export\DocumentExport::class, function () {
            return new Admin\Export\DocumentExport(
                $this->documentListQuery(),
                $this->connection,
                $this->storage(),
                $this->events(),
                $this->numberFormat(),
                $this->translator,
                $this->clock,
                $this->errorLog()
            );
        });
    }

    public function documentListQuery(): Admin\Query\DocumentListQuery
    {
        return $this->shared(Admin\Query\DocumentListQuery::class, function () {
            return new Admin\Query\DocumentListQuery($this->connection);
        });
    }

    public function eventListQuery(): Admin\Query\EventListQuery
    {
        return $this->shared(Admin\Query\EventListQuery::class, function () {
            return new Admin\Query\EventListQuery($this->connection);
        });
    }

    public function storageUsage(): Admin\Query\StorageUsage
    {
        return $this->shared(Admin\Query\StorageUsage::class, function () {
            return new Admin\Query\StorageUsage($this->connection, $this->settings, $this->clock);
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
            return new Admin\Page\PageTargets($this->connection, $this->customerMatcher());
        });
    }

    /** The "EBP documents" blocks of PrestaShop's own Customer and Order pages (issue 12). */
    public function pageDocuments(): Admin\Page\PageDocuments
    {
        return $this->shared(Admin\Page\PageDocuments::class, function () {
            return new Admin\Page\PageDocuments($this->connection, $this->pageTargets(), $this->documentListQuery(), $this->documentRowPresenter(), $this->emailNormalizer());
        });
    }

    public function documentRowPresenter(): Presenter\DocumentRowPresenter
    {
        return $this->shared(Presenter\DocumentRowPresenter::class, function () {
            return new Presenter\DocumentRowPresenter($this->links);
        });
    }

    public function eventRowPresenter(): Presenter\EventRowPresenter
    {
        return $this->shared(Presenter\EventRowPresenter::class, function () {
            return new Presenter\EventRowPresenter($this->links);
        });
    }

    public function noticeBadge(): Admin\NoticeBadge
    {
        return $this->shared(Admin\NoticeBadge::class, function () {
            return new Admin\NoticeBadge($this->connection);
        });
    }

    public function adminBootPresenter(): Presenter\AdminBootPresenter
    {
        return $this->shared(Presenter\AdminBootPresenter::class, function () {
            return new Presenter\AdminBootPresenter($this->links, $this->translator, $this->noticeBadge(), $this->moduleVersion);
        });
    }
}
