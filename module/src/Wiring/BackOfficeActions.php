<?php

declare(strict_types=1);

namespace Ebpdocuments\Wiring;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\Action\AssignDocumentAction;
use Ebpdocuments\BackOffice\Action\CancelImportAction;
use Ebpdocuments\BackOffice\Action\ConfigureImportAction;
use Ebpdocuments\BackOffice\Action\CreateImportAction;
use Ebpdocuments\BackOffice\Action\CreateKeyAction;
use Ebpdocuments\BackOffice\Action\DeleteDocumentsAction;
use Ebpdocuments\BackOffice\Action\DismissWaitingAction;
use Ebpdocuments\BackOffice\Action\DownloadDocumentAction;
use Ebpdocuments\BackOffice\Action\DownloadDocumentsZipAction;
use Ebpdocuments\BackOffice\Action\DownloadImportResultAction;
use Ebpdocuments\BackOffice\Action\ExportDocumentsAction;
use Ebpdocuments\BackOffice\Action\GetCustomerDocumentsAction;
use Ebpdocuments\BackOffice\Action\GetDocumentEventsAction;
use Ebpdocuments\BackOffice\Action\GetHealthAction;
use Ebpdocuments\BackOffice\Action\GetImportAction;
use Ebpdocuments\BackOffice\Action\GetKeyActivityAction;
use Ebpdocuments\BackOffice\Action\GetOrderDocumentsAction;
use Ebpdocuments\BackOffice\Action\GetOverviewAction;
use Ebpdocuments\BackOffice\Action\GetSetupAction;
use Ebpdocuments\BackOffice\Action\ListDocumentsAction;
use Ebpdocuments\BackOffice\Action\ListEventsAction;
use Ebpdocuments\BackOffice\Action\ListKeysAction;
use Ebpdocuments\BackOffice\Action\ListWebserviceKeysAction;
use Ebpdocuments\BackOffice\Action\PurgeAllAction;
use Ebpdocuments\BackOffice\Action\ResendDocumentMailAction;
use Ebpdocuments\BackOffice\Action\RetryMatchingAction;
use Ebpdocuments\BackOffice\Action\RevokeKeyAction;
use Ebpdocuments\BackOffice\Action\SaveSettingsAction;
use Ebpdocuments\BackOffice\Action\SearchCustomersAction;
use Ebpdocuments\BackOffice\Action\SendTestDocumentAction;
use Ebpdocuments\BackOffice\Action\StartImportAction;
use Ebpdocuments\BackOffice\Action\StepImportAction;
use Ebpdocuments\BackOffice\Action\UploadDocumentAction;
use Ebpdocuments\BackOffice\Action\UploadImportChunkAction;
use Ebpdocuments\BackOffice\AssignableCustomer;
use Ebpdocuments\BackOffice\DocumentPurger;
use Ebpdocuments\BackOffice\Query\CustomerSearchQuery;
use Ebpdocuments\BackOffice\Query\KeyActivityQuery;
use Ebpdocuments\BackOffice\Query\OverviewQuery;
use Ebpdocuments\BackOffice\Translation\AdminWordings;
use Ebpdocuments\Kernel\Support\ClassFactory;

/**
 * The back office's actions (BackOffice\ActionDispatcher::ACTIONS), each built with its collaborators when its request
 * runs: one entry per action class.
 */
final class BackOfficeActions implements ClassFactory
{
    /** @var FactoryMap */
    private $factories;
    /** @var CoreServices */
    private $core;
    /** @var ReceivingServices */
    private $receiving;
    /** @var BackOfficeServices */
    private $backOffice;

    public function __construct(CoreServices $core, ReceivingServices $receiving, BackOfficeServices $backOffice)
    {
        $this->core = $core;
        $this->receiving = $receiving;
        $this->backOffice = $backOffice;
        $this->factories = new FactoryMap($this->factories());
    }

    public function create(string $class)
    {
        return $this->factories->create($class);
    }

    /**
     * @return string[] the action classes this factory builds
     */
    public function classes(): array
    {
        return $this->factories->classes();
    }

    /**
     * @return array<string, callable(): object>
     */
    private function factories(): array
    {
        return [
            GetSetupAction::class => function () {
                return new GetSetupAction($this->core->links(), $this->core->settings(), $this->core->storage(), $this->backOffice->storageUsage(), $this->core->shopContact()->email());
            },
            SaveSettingsAction::class => function () {
                return new SaveSettingsAction($this->core->settings(), $this->backOffice->storageDirPolicy(), $this->core->connection(), $this->core->storageDir());
            },
            ListKeysAction::class => function () {
                return new ListKeysAction($this->receiving->apiKeyService());
            },
            CreateKeyAction::class => function () {
                return new CreateKeyAction($this->receiving->apiKeyService());
            },
            RevokeKeyAction::class => function () {
                return new RevokeKeyAction($this->receiving->apiKeyService());
            },
            ListWebserviceKeysAction::class => function () {
                return new ListWebserviceKeysAction($this->receiving->apiKeyRepository(), $this->core->links(), $this->core->settings());
            },
            GetOverviewAction::class => function () {
                return new GetOverviewAction(new OverviewQuery($this->core->connection()), $this->backOffice->storageUsage(), $this->core->storage(), $this->core->clock());
            },
            ListDocumentsAction::class => function () {
                return new ListDocumentsAction($this->backOffice->documentListQuery(), $this->backOffice->documentRowPresenter(), $this->backOffice->pageTargets());
            },
            GetDocumentEventsAction::class => function () {
                return new GetDocumentEventsAction($this->backOffice->adminDocumentLoader(), $this->backOffice->eventListQuery(), $this->backOffice->eventRowPresenter());
            },
            AssignDocumentAction::class => function () {
                return new AssignDocumentAction(
                    $this->backOffice->adminDocumentLoader(),
                    new AssignableCustomer($this->core->connection(), $this->core->customerMatcher()),
                    $this->core->documentManager(),
                    $this->backOffice->documentListQuery(),
                    $this->backOffice->documentRowPresenter()
                );
            },
            DeleteDocumentsAction::class => function () {
                return new DeleteDocumentsAction($this->backOffice->adminDocumentLoader(), $this->core->documentManager());
            },
            SearchCustomersAction::class => function () {
                return new SearchCustomersAction(new CustomerSearchQuery($this->core->connection(), $this->core->customerMatcher()), $this->core->links());
            },
            RetryMatchingAction::class => function () {
                return new RetryMatchingAction($this->backOffice->adminDocumentLoader(), $this->core->documentManager(), $this->core->connection(), $this->core->clock());
            },
            DismissWaitingAction::class => function () {
                return new DismissWaitingAction($this->backOffice->adminDocumentLoader(), $this->core->documentManager());
            },
            ListEventsAction::class => function () {
                return new ListEventsAction($this->backOffice->eventListQuery(), $this->backOffice->eventRowPresenter());
            },
            PurgeAllAction::class => function () {
                $words = (new AdminWordings())->all($this->core->translator());

                return new PurgeAllAction(new DocumentPurger($this->core->connection(), $this->core->storage(), $this->core->events()), $words['purge.word']);
            },
            DownloadDocumentAction::class => function () {
                return new DownloadDocumentAction($this->backOffice->adminDocumentLoader(), $this->core->storage(), $this->core->translator(), $this->core->errorLog());
            },
            ExportDocumentsAction::class => function () {
                return new ExportDocumentsAction($this->backOffice->documentExport());
            },
            DownloadDocumentsZipAction::class => function () {
                return new DownloadDocumentsZipAction($this->backOffice->documentExport());
            },
            GetImportAction::class => function () {
                return new GetImportAction($this->backOffice->importAccess(), $this->backOffice->importPresenter());
            },
            CreateImportAction::class => function () {
                return new CreateImportAction($this->backOffice->importService(), $this->backOffice->importAccess(), $this->backOffice->importPresenter());
            },
            UploadImportChunkAction::class => function () {
                return new UploadImportChunkAction($this->backOffice->importService(), $this->backOffice->importAccess());
            },
            ConfigureImportAction::class => function () {
                return new ConfigureImportAction($this->backOffice->importService(), $this->backOffice->importAccess(), $this->backOffice->importPresenter());
            },
            StepImportAction::class => function () {
                return new StepImportAction($this->backOffice->importService(), $this->backOffice->importAccess(), $this->backOffice->importPresenter());
            },
            StartImportAction::class => function () {
                return new StartImportAction($this->backOffice->importService(), $this->backOffice->importAccess(), $this->backOffice->importPresenter());
            },
            CancelImportAction::class => function () {
                return new CancelImportAction($this->backOffice->importService(), $this->backOffice->importAccess(), $this->backOffice->importPresenter());
            },
            DownloadImportResultAction::class => function () {
                return new DownloadImportResultAction($this->backOffice->importAccess(), $this->backOffice->importRepository(), $this->core->translator());
            },
            GetCustomerDocumentsAction::class => function () {
                return new GetCustomerDocumentsAction($this->backOffice->pageDocuments());
            },
            GetOrderDocumentsAction::class => function () {
                return new GetOrderDocumentsAction($this->backOffice->pageDocuments());
            },
            UploadDocumentAction::class => function () {
                return new UploadDocumentAction($this->backOffice->pageTargets(), $this->receiving->documentIntake(), $this->core->documentManager(), $this->backOffice->documentListQuery(), $this->backOffice->documentRowPresenter());
            },
            ResendDocumentMailAction::class => function () {
                return new ResendDocumentMailAction($this->backOffice->adminDocumentLoader(), $this->core->notifier());
            },
            GetHealthAction::class => function () {
                return new GetHealthAction($this->backOffice->healthChecks());
            },
            GetKeyActivityAction::class => function () {
                return new GetKeyActivityAction(new KeyActivityQuery($this->core->connection()), $this->receiving->apiKeyRepository(), $this->core->shopId());
            },
            SendTestDocumentAction::class => function () {
                return new SendTestDocumentAction($this->backOffice->testDocumentSender());
            },
        ];
    }
}
