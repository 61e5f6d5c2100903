<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Maintenance;

use Ebpdocuments\BackOffice\Maintenance\DailyDigest;
use Ebpdocuments\BackOffice\Maintenance\MaintenanceTask;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\FixedShopContact;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Receiving\Api\ClientAuthenticator;
use Ebpdocuments\Receiving\Api\RejectionLog;
use Ebpdocuments\Storage\Repository\EventRepository;
use Ebpdocuments\Tests\Database\Ingestion\IngestionTestCase;
use Ebpdocuments\Tests\Support\Front\MemoryErrorLog;
use Ebpdocuments\Tests\Support\Front\MemoryMailer;
use Ebpdocuments\Tests\Support\Front\XlfLanguageTranslators;
use Ebpdocuments\Tests\Support\Harness\HarnessLinks;
use Ebpdocuments\Tests\Support\InMemorySettings;

/**
 * The optional daily summary e-mail, sent by the daily maintenance run, with the time fixed by the Clock: off by
 * default; one mail when the connector was refused since the last one or documents wait for more than N days;
 * never twice the same day; nothing when there is nothing to say.
 */
final class DailyDigestTest extends IngestionTestCase
{
    const SEND_REFUSAL = 'Clé webservice non autorisée à envoyer des documents EBP. Autorisez-la dans Paramètres avancés › Webservice : modifiez la clé, cochez Ajouter (POST) sur la ligne ebpdocuments, enregistrez.';

    /** @var InMemorySettings */
    private $settings;
    /** @var MemoryMailer */
    private $mailer;
    /** @var MemoryErrorLog */
    private $errors;
    /** @var FixedShopContact */
    private $contact;

    protected function setUp(): void
    {
        parent::setUp();
        $this->settings = new InMemorySettings([SettingKeys::DIGEST_ENABLED => '1']);
        $this->mailer = new MemoryMailer();
        $this->errors = new MemoryErrorLog();
        $this->contact = new FixedShopContact('boutique@example.fr', 'Ma Boutique', 1, 'd/m/Y H:i');
    }

    /** The daily maintenance of shop 1 at $now, with the summary wired as Application does. */
    private function maintenance(string $now): MaintenanceTask
    {
        $digest = new DailyDigest(
            $this->db,
            $this->settings,
            $this->fixedClock($now),
            $this->mailer,
            $this->contact,
            new XlfLanguageTranslators(),
            new HarnessLinks('https://shop.example'),
            $this->errors,
            1,
            'https://shop.example/'
        );

        return new MaintenanceTask($this->db, $this->manager(), $this->storage(), $this->settings, $this->fixedClock($now), 1, null, $digest);
    }

    /** A refusal of the E-connecteur door, recorded at $at as the door records it. */
    private function refusal(string $at, ?string $keyLabel, string $reference = 'FA-2025-0042', string $french = self::SEND_REFUSAL, int $shopId = 1): void
    {
        $log = new RejectionLog(new EventRepository($this->db, $this->fixedClock($at)), $shopId);
        $log->record(Refusal::unauthenticated(ClientAuthenticator::KEY_REFUSED, 'key'), $french, $keyLabel, ['type' => 'facture', 'reference' => $reference]);
    }

    /** A waiting document (no account for its e-mail) received $daysAgo days before 2025-03-01 03:00:00. */
    private function waitingDocument(string $reference, int $daysAgo): void
    {
        $id = $this->ingestion()->ingest($this->incoming(['reference' => $reference, 'email' => 'nobody@x.fr']), $this->temp($this->pdf($reference)))->documentId();
        $date = (new \DateTimeImmutable('2025-03-01 03:00:00'))->modify('-' . $daysAgo . ' days')->format('Y-m-d H:i:s');
        $this->db->execute('UPDATE PREFIX_ebpdocuments_document SET date_add = :date WHERE id_document = :id', ['date' => $date, 'id' => $id]);
    }

    public function testOffByDefaultNothingIsSent(): void
    {
        $this->settings = new InMemorySettings();
        self::assertSame('0', $this->settings->get(SettingKeys::DIGEST_ENABLED), 'off by default');
        self::assertSame('7', $this->settings->get(SettingKeys::DIGEST_DAYS));
        $this->refusal('2025-02-28 14:05:00', 'Webservice #3 E-connecteur');
        $this->waitingDocument('FA-1', 30);

        $report = $this->maintenance('2025-03-01 03:00:00')->run();

        self::assertSame(DailyDigest::OFF, $report['digest']);
        self::assertSame([], $this->mailer->sent);
    }

    public function testARefusalOfYesterdayIsMailedOnceWithItsExactAnswerAndKey(): void
    {
        $this->refusal('2025-02-28 14:05:00', 'Webservice #3 E-connecteur');
        // Another shop's refusal is not this shop's business.
        $this->refusal('2025-02-28 15:00:00', 'Webservice #9 Autre', 'FA-OTHER', self::SEND_REFUSAL, 2);

        $report = $this->maintenance('2025-03-01 03:00:00')->run();

        self::assertSame(DailyDigest::SENT, $report['digest']);
        self::assertCount(1, $this->mailer->sent);
        $mail = $this->mailer->sent[0];
        self::assertSame('ebpdocuments_digest', $mail['template']);
        self::assertSame('boutique@example.fr', $mail['toEmail']);
        self::assertSame('Ma Boutique', $mail['toName']);
        self::assertSame(1, $mail['shopId']);
        self::assertSame(1, $mail['languageId']);
        self::assertSame('EBP documents: daily summary', $mail['subject']);
        $variables = $mail['variables'];
        self::assertSame('Since 28/02/2025 03:00, 1 call of the connector was refused: that document was not stored, and E-connecteur sends it again at its next synchronisation.', $variables['{refusal_summary}']);
        self::assertStringContainsString('28/02/2025 14:05, key Webservice #3 E-connecteur, document FA-2025-0042: "' . self::SEND_REFUSAL . '"', $variables['{refusal_list_txt}']);
        self::assertStringNotContainsString('FA-OTHER', $variables['{refusal_list_txt}']);
        self::assertStringContainsString(htmlspecialchars(self::SEND_REFUSAL, ENT_QUOTES, 'UTF-8'), $variables['{refusal_list_html}']);
        self::assertStringContainsString('<li', $variables['{refusal_list_html}']);
        self::assertSame('No document has been waiting for more than 7 days.', $variables['{waiting_summary}']);
        self::assertSame('https://shop.example/admin/ebpdocuments', $variables['{admin_url}']);
        self::assertSame((string) $this->fixedClock('2025-03-01 03:00:00')->now()->getTimestamp(), $this->settings->get(SettingKeys::DIGEST_LAST_SENT));
    }

    public function testASecondMaintenanceRunTheSameDaySendsNothingAndTheNextDayOnlyTheNewRefusals(): void
    {
        $this->refusal('2025-02-28 14:05:00', 'Webservice #3 E-connecteur', 'FA-OLD');
        self::assertSame(DailyDigest::SENT, $this->maintenance('2025-03-01 03:00:00')->run()['digest']);
        $this->refusal('2025-03-01 11:00:00', null, 'FA-NEW', 'Clé manquante ou inconnue.');

        self::assertSame(DailyDigest::ALREADY_SENT, $this->maintenance('2025-03-01 23:59:00')->run()['digest']);
        self::assertCount(1, $this->mailer->sent, 'never twice the same day');

        self::assertSame(DailyDigest::SENT, $this->maintenance('2025-03-02 03:00:00')->run()['digest']);
        self::assertCount(2, $this->mailer->sent);
        $variables = $this->mailer->sent[1]['variables'];
        self::assertStringStartsWith('Since 01/03/2025 03:00, 1 call of the connector was refused', $variables['{refusal_summary}']);
        self::assertStringContainsString('key unknown or missing key, document FA-NEW: "Clé manquante ou inconnue."', $variables['{refusal_list_txt}']);
        self::assertStringNotContainsString('FA-OLD', $variables['{refusal_list_txt}'], 'already in the previous summary');

        self::assertSame(DailyDigest::NOTHING, $this->maintenance('2025-03-03 03:00:00')->run()['digest']);
        self::assertCount(2, $this->mailer->sent);
    }

    public function testNothingToReportSendsNothing(): void
    {
        // A refusal older than the last summary and a document waiting for less than N days: nothing new to say.
        $this->settings->set(SettingKeys::DIGEST_LAST_SENT, (string) $this->fixedClock('2025-02-28 03:00:00')->now()->getTimestamp());
        $this->refusal('2025-02-27 20:00:00', 'Webservice #3 E-connecteur');
        $this->waitingDocument('FA-1', 6);

        $report = $this->maintenance('2025-03-01 03:00:00')->run();

        self::assertSame(DailyDigest::NOTHING, $report['digest']);
        self::assertSame([], $this->mailer->sent);
        self::assertSame((string) $this->fixedClock('2025-02-28 03:00:00')->now()->getTimestamp(), $this->settings->get(SettingKeys::DIGEST_LAST_SENT), 'no stamp without a mail');
    }

    public function testDocumentsWaitingLongerThanTheSettingAreMailed(): void
    {
        $this->settings->set(SettingKeys::DIGEST_DAYS, '10');
        $this->waitingDocument('FA-1', 12);
        $this->waitingDocument('FA-2', 11);
        $this->waitingDocument('FA-3', 9);

        $report = $this->maintenance('2025-03-01 03:00:00')->run();

        self::assertSame(DailyDigest::SENT, $report['digest']);
        $variables = $this->mailer->sent[0]['variables'];
        self::assertSame('2 documents have been waiting for more than 10 days: no customer account could receive them. Assign them to a customer, or dismiss them, in the To attach tab.', $variables['{waiting_summary}']);
        self::assertStringStartsWith('No call of the connector was refused since', $variables['{refusal_summary}']);
        self::assertSame('', $variables['{refusal_list_txt}']);
        self::assertSame('', $variables['{refusal_list_html}']);
    }

    public function testInTheShopsDefaultLanguageFrench(): void
    {
        $this->contact = new FixedShopContact('boutique@example.fr', 'Ma Boutique', XlfLanguageTranslators::FRENCH, 'd/m/Y H:i');
        $this->refusal('2025-02-28 14:05:00', 'Webservice #3 E-connecteur');
        $this->waitingDocument('FA-1', 8);

        $this->maintenance('2025-03-01 03:00:00')->run();

        $mail = $this->mailer->sent[0];
        self::assertSame(XlfLanguageTranslators::FRENCH, $mail['languageId']);
        self::assertSame('Documents EBP : résumé quotidien', $mail['subject']);
        self::assertStringStartsWith('Depuis le 28/02/2025 03:00, 1 appel du connecteur a été refusé', $mail['variables']['{refusal_summary}']);
        self::assertStringContainsString('28/02/2025 14:05, clé Webservice #3 E-connecteur, document FA-2025-0042 : « ' . self::SEND_REFUSAL . ' »', $mail['variables']['{refusal_list_txt}']);
        self::assertStringStartsWith('1 document attend depuis plus de 7 jours', $mail['variables']['{waiting_summary}']);
    }

    public function testEverySentenceOfTheSummaryHasItsFrenchTranslation(): void
    {
        preg_match_all("/trans\\('((?:[^'\\\\]|\\\\.)*)'/", (string) file_get_contents(__DIR__ . '/../../../../module/src/BackOffice/Maintenance/DigestWordings.php'), $matches);
        self::assertCount(11, $matches[1]);
        $french = (new XlfLanguageTranslators())->forLanguage(XlfLanguageTranslators::FRENCH);
        foreach ($matches[1] as $wording) {
            $wording = stripslashes($wording);
            $target = $french->trans($wording, [], 'Modules.Ebpdocuments.Admin');
            self::assertNotSame($wording, $target, 'No French for "' . $wording . '"');
            preg_match_all('/%\w+%/', $wording, $placeholders);
            foreach ($placeholders[0] as $placeholder) {
                self::assertStringContainsString($placeholder, $target);
            }
        }
    }

    public function testWithoutAShopAddressNothingIsSentAndTheReasonIsLogged(): void
    {
        $this->contact = new FixedShopContact('', 'Ma Boutique');
        $this->refusal('2025-02-28 14:05:00', 'Webservice #3 E-connecteur');

        self::assertSame(DailyDigest::NO_ADDRESS, $this->maintenance('2025-03-01 03:00:00')->run()['digest']);
        self::assertSame([], $this->mailer->sent);
        self::assertCount(1, $this->errors->entries);
        self::assertSame('0', $this->settings->get(SettingKeys::DIGEST_LAST_SENT));
    }

    public function testTheCronInTheFrontOfficeLinksToTheAddressRememberedInTheBackOffice(): void
    {
        $this->refusal('2025-02-28 14:05:00', 'Webservice #3 E-connecteur');
        // The tab opened in the back office: PrestaShop built its address, which is remembered.
        (new DailyDigest($this->db, $this->settings, $this->fixedClock('2025-02-20 10:00:00'), $this->mailer, $this->contact, new XlfLanguageTranslators(), new HarnessLinks('https://shop.example'), $this->errors, 1))->rememberAdminUrl();
        self::assertSame('https://shop.example/admin/ebpdocuments', $this->settings->get(SettingKeys::ADMIN_TAB_URL));

        // The cron runs in the front office, where PrestaShop builds no back-office link.
        $digest = new DailyDigest($this->db, $this->settings, $this->fixedClock('2025-03-01 03:00:00'), $this->mailer, $this->contact, new XlfLanguageTranslators(), new FrontOfficeLinks(), $this->errors, 1, 'https://shop.example/');

        self::assertSame(DailyDigest::SENT, $digest->sendIfDue());
        self::assertSame('https://shop.example/admin/ebpdocuments', $this->mailer->sent[0]['variables']['{admin_url}']);
    }
}

/** Links as PrestaShop builds them in a front-office request: no back-office address. */
final class FrontOfficeLinks implements \Ebpdocuments\Kernel\Support\Links
{
    public function adminCustomer(int $customerId): string
    {
        return '';
    }

    public function adminOrder(int $orderId): string
    {
        return '';
    }

    public function adminDocumentDownload(int $documentId): string
    {
        return '';
    }

    public function adminAction(string $action, array $query = []): string
    {
        return '';
    }

    public function myDocuments(array $query = []): string
    {
        return 'https://shop.example/my-documents';
    }

    public function customerDownload(int $documentId, string $accessToken): string
    {
        return '';
    }

    public function guestDownload(int $documentId, string $accessToken): string
    {
        return '';
    }

    public function orderDetail(int $orderId): string
    {
        return '';
    }

    public function guestTracking(int $languageId, int $shopId): string
    {
        return '';
    }

    public function adminWebserviceKeys(): string
    {
        return '';
    }

    public function adminWebserviceKey(int $webserviceAccountId): string
    {
        return '';
    }

    public function adminModuleTab(): string
    {
        return '';
    }

    public function receiveEndpoint(): string
    {
        return 'https://shop.example/module/ebpdocuments/receive';
    }

    public function apiEndpoint(): string
    {
        return 'https://shop.example/module/ebpdocuments/api';
    }
}
