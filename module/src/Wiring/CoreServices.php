<?php

declare(strict_types=1);

namespace Ebpdocuments\Wiring;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Support;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\Mailer;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Matching;
use Ebpdocuments\Receiving\Ingestion;
use Ebpdocuments\Storage;
use Ebpdocuments\Storage\Documents;
use Ebpdocuments\Storage\Repository;

/**
 * The core every side uses: the shop's adapters, matching, storage, ingestion, the repositories, the document
 * manager and the new-document mail (ingestion's post-commit listener).
 */
final class CoreServices extends Provider
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
    /** @var Support\ShopContact|null */
    private $shopContact;

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

    // The shop's platform services: Shop\ApplicationFactory sets PrestaShop's, tests and the harness their own.

    /** Where services log what the merchant must know (a file lost…). PHP's error_log until set. */
    public function setErrorLog(Support\ErrorLog $errorLog): void
    {
        $this->errorLog = $errorLog;
    }

    public function errorLog(): Support\ErrorLog
    {
        if ($this->errorLog === null) {
            $this->errorLog = new Support\PhpErrorLog();
        }

        return $this->errorLog;
    }

    /** How amounts are written in exports (Shop\PrestaShopNumberFormat in the shop). */
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

    /** The default knows nothing of a shop (plain PHP runs). */
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

    /** Shop\ApplicationFactory sets PrestaShop's; the default has no address (no daily summary is sent). */
    public function setShopContact(Support\ShopContact $contact): void
    {
        $this->shopContact = $contact;
    }

    public function shopContact(): Support\ShopContact
    {
        if ($this->shopContact === null) {
            $this->shopContact = new Support\FixedShopContact();
        }

        return $this->shopContact;
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

    /** The mails' translator for the customer's language (default: the request's). */
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

    // Matching, storage, ingestion, repositories, documents.

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
            return $this->newIngestion(true);
        });
    }

    /** A new ingestion service, which sends new-document mails only when $notify (the back-office import asks). */
    public function newIngestion(bool $notify): Ingestion\IngestionService
    {
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

    public function customerLinks(): Matching\CustomerLinkRepository
    {
        return $this->shared(Matching\CustomerLinkRepository::class, function () {
            return new Matching\CustomerLinkRepository($this->connection, $this->clock);
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

    public function customerAccounts(): Customer\CustomerAccounts
    {
        return $this->shared(Customer\CustomerAccounts::class, function () {
            return new Customer\CustomerAccounts($this->connection);
        });
    }

    /** The post-commit listener of ingestion and the document manager: the optional customer and guest order e-mails. */
    public function notifier(): Customer\NewDocumentNotifier
    {
        return $this->shared(Customer\NewDocumentNotifier::class, function () {
            return new Customer\NewDocumentNotifier($this->connection, $this->settings, $this->mailer, $this->links, $this->languageTranslators(), $this->customerAccounts(), $this->errorLog(), $this->storage(), $this->events(), $this->guestOrderDocuments());
        });
    }

    // The customer side's services the new-document mail needs (CustomerServices hands the same instances out).

    public function shopWordings(): Customer\ShopWordings
    {
        return $this->shared(Customer\ShopWordings::class, function () {
            return new Customer\ShopWordings($this->translator);
        });
    }

    /** The documents of a guest order: its tracking page, and the guest order e-mail. */
    public function guestOrderDocuments(): Customer\GuestOrderDocuments
    {
        return $this->shared(Customer\GuestOrderDocuments::class, function () {
            return new Customer\GuestOrderDocuments($this->connection, $this->settings, $this->emailNormalizer(), $this->links, $this->shopWordings(), $this->storage(), $this->events(), $this->clock, $this->errorLog());
        });
    }
}
