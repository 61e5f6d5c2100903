<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Front;

use Ebpdocuments\Application;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Receiving\Ingestion\IngestionResult;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;
use Ebpdocuments\Tests\Support\Front\XlfLanguageTranslators;
use Ebpdocuments\Tests\Support\PdfFactory;

/**
 * The guest order mail (issue 12) on MariaDB, through the real ingestion and its listener: a document whose oid names
 * a guest order is e-mailed to that order's e-mail, PDF attached, in the order's language, once per version, only
 * for the types of GUEST_MAIL_TYPES (none by default).
 */
final class GuestOrderMailTest extends FrontDatabaseTestCase
{
    /** @var Application */
    private $application;
    /** @var int */
    private $guestOrder;

    protected function setUp(): void
    {
        parent::setUp();
        $this->application = $this->app();
        $this->application->core()->setLanguageTranslators(new XlfLanguageTranslators());
        $guest = $this->addCustomer('guest.buyer@example.com', ['guest' => true]);
        $this->db->execute('UPDATE PREFIX_customer SET firstname = \'Gaston\', lastname = \'Invité\' WHERE id_customer = :id', ['id' => $guest]);
        $this->guestOrder = $this->addOrder($guest, 'GUESTORDR');
        $this->db->execute('UPDATE PREFIX_orders SET id_lang = :lang WHERE id_order = :id', ['lang' => XlfLanguageTranslators::FRENCH, 'id' => $this->guestOrder]);
    }

    public function testOffByDefault(): void
    {
        $result = $this->push('FA-G1', 'GUESTORDR', 'v1');

        self::assertSame('pending', $result->status());
        self::assertSame('GUEST_ONLY', $result->reason());
        self::assertSame([], $this->mailer->sent);
        self::assertSame([], $this->eventsOf($result->documentId(), 'mailed'));
    }

    public function testTheGuestOrdersInvoiceIsMailedOnceWithThePdfInTheOrdersLanguage(): void
    {
        $this->settings->set(SettingKeys::GUEST_MAIL_TYPES, '["invoice"]');
        $pdf = PdfFactory::valid('guest invoice v1');

        $result = $this->push('FA-G2', 'guestordr', $pdf);

        self::assertCount(1, $this->mailer->sent);
        $mail = $this->mailer->sent[0];
        self::assertSame('ebpdocuments_guest_document', $mail['template']);
        self::assertSame('guest.buyer@example.com', $mail['toEmail']);
        self::assertSame('Gaston Invité', $mail['toName']);
        self::assertSame(XlfLanguageTranslators::FRENCH, $mail['languageId'], 'the order\'s language picks the body template');
        self::assertSame('Facture FA-G2 de votre commande GUESTORDR', $mail['subject']);
        self::assertSame('Facture', $mail['variables']['{document_type}']);
        self::assertSame('GUESTORDR', $mail['variables']['{order_reference}']);
        self::assertSame('Vous le trouverez en pièce jointe de cet e-mail (PDF).', $mail['variables']['{document_delivery}']);
        self::assertSame('http://shop.test/guest-tracking?id_lang=2&id_shop=1', $mail['variables']['{order_tracking_url}']);
        self::assertArrayNotHasKey('{my_documents_url}', $mail['variables'], 'a guest has no My documents');
        self::assertSame(['content' => $pdf, 'name' => 'Facture-FA-G2.pdf', 'mime' => 'application/pdf'], $mail['attachment']);
        $mailed = $this->eventsOf($result->documentId(), 'mailed');
        self::assertCount(1, $mailed);
        self::assertSame(['version' => 1, 'pdfAttached' => true, 'automatic' => true, 'guestOrder' => 'GUESTORDR'], json_decode((string) $mailed[0]['detail'], true));
        self::assertSame((string) $this->guestOrderCustomer(), $mailed[0]['id_customer']);

        $again = $this->push('FA-G2', 'guestordr', $pdf);
        self::assertSame(IngestionResult::UNCHANGED, $again->outcome());
        self::assertCount(1, $this->mailer->sent, 'an unchanged re-send mails nothing');

        $this->push('FA-G2', 'guestordr', PdfFactory::valid('guest invoice v2'));
        self::assertCount(2, $this->mailer->sent, 'a new version is mailed again');
        self::assertSame(2, json_decode((string) $this->eventsOf($result->documentId(), 'mailed')[1]['detail'], true)['version']);
        $this->application->core()->notifier()->documentWaiting($result->documentId());
        self::assertCount(2, $this->mailer->sent, 'that version only once, whoever calls again');
    }

    public function testOnlyTheChosenTypesAndOnlyDocumentsOfAGuestOrder(): void
    {
        $this->settings->set(SettingKeys::GUEST_MAIL_TYPES, '["invoice"]');
        $this->push('DE-G1', 'GUESTORDR', 'quote', ['type' => 'devis']);
        $this->push('FA-G3', '', 'no order');
        $this->push('FA-G4', 'NOSUCHORD', 'unknown order');
        $this->push('FA-G5', 'GUESTORDR', 'another e-mail', ['email' => 'someone.else@example.com']);
        $this->push('FA-G6', (string) $this->guestOrder, 'order by id');

        self::assertSame(['FA-G6'], array_map(function (array $mail): string {
            return $mail['variables']['{document_reference}'];
        }, $this->mailer->sent), 'only the invoice whose oid (id or reference) names the guest order with its e-mail');

        $this->settings->set(SettingKeys::VISIBLE_TYPES, '["quote"]');
        $this->push('FA-G7', 'GUESTORDR', 'hidden type');
        self::assertCount(1, $this->mailer->sent, 'a type customers do not see is never mailed');
    }

    public function testOverTheCeilingTheMailLinksToTheTrackingPageWithoutThePdf(): void
    {
        $this->settings->set(SettingKeys::GUEST_MAIL_TYPES, '["invoice"]');
        $this->settings->set(SettingKeys::MAIL_ATTACH_MAX_MB, '1');

        $result = $this->push('FA-BIG', 'GUESTORDR', PdfFactory::valid('big', 1048577));

        self::assertCount(1, $this->mailer->sent);
        $mail = $this->mailer->sent[0];
        self::assertSame('ebpdocuments_guest_document', $mail['template']);
        self::assertSame([], $mail['attachment']);
        self::assertSame('Il est trop volumineux pour être joint à un e-mail : vous pouvez le télécharger sur notre page de suivi de commande.', $mail['variables']['{document_delivery}']);
        self::assertSame('http://shop.test/guest-tracking?id_lang=2&id_shop=1', $mail['variables']['{order_tracking_url}']);
        self::assertFalse(json_decode((string) $this->eventsOf($result->documentId(), 'mailed')[0]['detail'], true)['pdfAttached']);
    }

    public function testARegisteredCustomersOrderGetsTheCustomerMailNotTheGuestMail(): void
    {
        $this->settings->set(SettingKeys::GUEST_MAIL_TYPES, '["invoice"]');
        $member = $this->addCustomer('member@example.com');
        $this->addOrder($member, 'MEMBERORD');

        $result = $this->push('FA-M1', 'MEMBERORD', 'member', ['email' => 'member@example.com']);
        self::assertSame('attached', $result->status());
        self::assertSame([], $this->mailer->sent, 'the guest option does not mail a customer\'s document');

        $this->settings->set(SettingKeys::NOTIFY_TYPES, '["invoice"]');
        $this->push('FA-M2', 'MEMBERORD', 'member 2', ['email' => 'member@example.com']);
        self::assertCount(1, $this->mailer->sent);
        self::assertSame('ebpdocuments_new_document', $this->mailer->sent[0]['template'], 'their own new-document mail');
    }

    public function testAGuestMailedVersionIsNotMailedAgainWhenTheGuestBecomesACustomer(): void
    {
        $this->settings->set(SettingKeys::GUEST_MAIL_TYPES, '["invoice"]');
        $this->settings->set(SettingKeys::NOTIFY_TYPES, '["invoice"]');
        $result = $this->push('FA-C1', 'GUESTORDR', 'converted');
        $this->db->execute('UPDATE PREFIX_customer SET is_guest = 0 WHERE id_customer = :id', ['id' => $this->guestOrderCustomer()]);

        self::assertSame(1, $this->application->customer()->guestConverted()->handle($this->guestOrderCustomer()));

        self::assertSame('attached', $this->db->fetchValue('SELECT status FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $result->documentId()]));
        self::assertCount(1, $this->mailer->sent, 'the same person already received this version');
    }

    // ---- helpers ----

    /**
     * Pushes a document as E-connecteur would (billing e-mail of the guest order unless told), through the
     * application's real ingestion and listener.
     *
     * @param string $pdf the PDF, or a marker to build one
     * @param array<string, string> $fields
     */
    private function push(string $reference, string $oid, string $pdf, array $fields = []): IngestionResult
    {
        if (strpos($pdf, '%PDF') !== 0) {
            $pdf = PdfFactory::valid($pdf);
        }
        $incoming = $this->application->core()->documentValidator()->fromFields(
            $fields + ['type' => 'facture', 'reference' => $reference, 'email' => 'Guest.Buyer@example.com', 'oid' => $oid],
            1,
            'econnecteur',
            null,
            'E-connecteur'
        );

        return $this->application->core()->ingestion()->ingest($incoming, $this->application->core()->storage()->writeTempFromBase64(base64_encode($pdf), 20 * 1048576));
    }

    private function guestOrderCustomer(): int
    {
        return (int) $this->db->fetchValue('SELECT id_customer FROM PREFIX_orders WHERE id_order = :id', ['id' => $this->guestOrder]);
    }
}
