<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Front;

use Ebpdocuments\Customer\CustomerDocumentsQuery;
use Ebpdocuments\Customer\CustomerIdentity;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;
use Ebpdocuments\Tests\Support\Front\XlfLanguageTranslators;

/**
 * The hook handlers, the new-document e-mail and the GDPR export/erasure on MariaDB.
 */
final class HooksAndNotifierTest extends FrontDatabaseTestCase
{
    public function testNewDocumentMailIsOffByDefaultAndPerType(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $invoice = $this->addDocument(['id_customer' => $alice, 'reference' => 'FA-9']);
        $quote = $this->addDocument(['id_customer' => $alice, 'type' => 'quote']);
        $notifier = $this->app()->core()->notifier();

        $notifier->documentAttached($invoice['id_document'], false);
        self::assertSame([], $this->mailer->sent, 'off by default');

        $this->settings->set(SettingKeys::NOTIFY_TYPES, '["invoice"]');
        $notifier->documentAttached($quote['id_document'], false);
        self::assertSame([], $this->mailer->sent, 'other type: nothing');

        $notifier->documentAttached($invoice['id_document'], false);
        self::assertCount(1, $this->mailer->sent);
        $mail = $this->mailer->sent[0];
        self::assertSame('ebpdocuments_new_document', $mail['template']);
        self::assertSame('alice@example.com', $mail['toEmail']);
        self::assertSame('New document available: Invoice FA-9', $mail['subject']);
        self::assertSame('http://shop.test/documents', $mail['variables']['{my_documents_url}']);
        self::assertSame('FA-9', $mail['variables']['{document_reference}']);
        foreach ($mail['variables'] as $value) {
            self::assertStringNotContainsString($invoice['access_token'], $value, 'never a download token in a mail');
        }
        self::assertSame([], $mail['attachment'], 'no PDF attached by default');
    }

    public function testOneMailPerDocumentVersion(): void
    {
        $this->settings->set(SettingKeys::NOTIFY_TYPES, '["invoice"]');
        $alice = $this->addCustomer('alice@example.com');
        $invoice = $this->addDocument(['id_customer' => $alice, 'reference' => 'FA-V']);
        $notifier = $this->app()->core()->notifier();

        $notifier->documentAttached($invoice['id_document'], false);
        $notifier->documentAttached($invoice['id_document'], false);
        $notifier->documentAttached($invoice['id_document'], true);
        self::assertCount(1, $this->mailer->sent, 'version 1 is announced once, whoever calls again (reassignment, retry)');
        $mailed = $this->eventsOf($invoice['id_document'], 'mailed');
        self::assertCount(1, $mailed);
        self::assertSame(['version' => 1, 'pdfAttached' => false, 'automatic' => true], json_decode((string) $mailed[0]['detail'], true));

        $this->db->execute('UPDATE PREFIX_ebpdocuments_document SET version = 2 WHERE id_document = :id', ['id' => $invoice['id_document']]);
        $notifier->documentAttached($invoice['id_document'], true);
        $notifier->documentAttached($invoice['id_document'], true);
        self::assertCount(2, $this->mailer->sent, 'a new version is announced once too');
    }

    public function testTheMailSpeaksTheCustomersLanguageNotTheRequests(): void
    {
        $this->settings->set(SettingKeys::NOTIFY_TYPES, '["invoice"]');
        $french = $this->addCustomer('francoise@example.com');
        $english = $this->addCustomer('emma@example.com');
        $this->db->execute('UPDATE PREFIX_customer SET id_lang = :lang WHERE id_customer = :id', ['lang' => XlfLanguageTranslators::FRENCH, 'id' => $french]);
        $this->db->execute('UPDATE PREFIX_customer SET id_lang = 1 WHERE id_customer = :id', ['id' => $english]);
        $app = $this->app();
        $app->core()->setLanguageTranslators(new XlfLanguageTranslators());

        $app->core()->notifier()->documentAttached($this->addDocument(['id_customer' => $french, 'reference' => 'FA-FR'])['id_document'], false);
        $app->core()->notifier()->documentAttached($this->addDocument(['id_customer' => $english, 'reference' => 'FA-EN'])['id_document'], false);

        self::assertCount(2, $this->mailer->sent);
        self::assertSame(XlfLanguageTranslators::FRENCH, $this->mailer->sent[0]['languageId'], 'the body template of the customer\'s language');
        self::assertSame('Nouveau document disponible : Facture FA-FR', $this->mailer->sent[0]['subject']);
        self::assertSame('Facture', $this->mailer->sent[0]['variables']['{document_type}']);
        self::assertSame(1, $this->mailer->sent[1]['languageId']);
        self::assertSame('New document available: Invoice FA-EN', $this->mailer->sent[1]['subject']);
    }

    public function testThePdfIsAttachedForTheChosenTypesUnderTheCeiling(): void
    {
        $this->settings->set(SettingKeys::NOTIFY_TYPES, '["invoice","quote"]');
        $this->settings->set(SettingKeys::MAIL_ATTACH_TYPES, '["invoice"]');
        $this->settings->set(SettingKeys::MAIL_ATTACH_MAX_MB, '1');
        $alice = $this->addCustomer('alice@example.com');
        $small = $this->addDocument(['id_customer' => $alice, 'reference' => 'FA/7', 'bytes' => "%PDF-1.4\n% small\n%%EOF\n"]);
        $big = $this->addDocument(['id_customer' => $alice, 'reference' => 'FA-BIG', 'bytes' => "%PDF-1.4\n" . str_repeat('x', 1048577) . "\n%%EOF\n"]);
        $quote = $this->addDocument(['id_customer' => $alice, 'type' => 'quote', 'reference' => 'DE-1']);
        $notifier = $this->app()->core()->notifier();

        $notifier->documentAttached($small['id_document'], false);
        $notifier->documentAttached($big['id_document'], false);
        $notifier->documentAttached($quote['id_document'], false);

        self::assertCount(3, $this->mailer->sent, 'every document is announced');
        self::assertSame(['content' => $small['bytes'], 'name' => 'Invoice-FA-7.pdf', 'mime' => 'application/pdf'], $this->mailer->sent[0]['attachment']);
        self::assertSame([], $this->mailer->sent[1]['attachment'], 'over the ceiling: the mail only links to My documents');
        self::assertSame([], $this->mailer->sent[2]['attachment'], 'a type without the option');
        self::assertSame('http://shop.test/documents', $this->mailer->sent[1]['variables']['{my_documents_url}']);
        self::assertTrue(json_decode((string) $this->eventsOf($small['id_document'], 'mailed')[0]['detail'], true)['pdfAttached']);
    }

    public function testNoMailForGuestsDeletedCustomersOrNotices(): void
    {
        $this->settings->set(SettingKeys::NOTIFY_TYPES, '["invoice"]');
        $guest = $this->addCustomer('g@example.com', ['guest' => true]);
        $deleted = $this->addCustomer('d@example.com', ['deleted' => true]);
        $notifier = $this->app()->core()->notifier();
        $notifier->documentAttached($this->addDocument(['id_customer' => $guest])['id_document'], false);
        $notifier->documentAttached($this->addDocument(['id_customer' => $deleted])['id_document'], false);
        $notifier->documentAttached($this->addDocument(['status' => DocumentStatus::WAITING])['id_document'], false);
        $notifier->documentAttached(987654, false);

        self::assertSame([], $this->mailer->sent);
    }

    public function testAccountTileCountsUnopenedDocumentsForRegisteredCustomersOnly(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->addDocument(['id_customer' => $alice]);
        $this->addDocument(['id_customer' => $alice, 'first_downloaded_at' => '2025-01-01 00:00:00']);
        $tile = $this->app()->customer()->customerAccountTile();

        self::assertSame(['url' => 'http://shop.test/documents', 'newCount' => 1, 'newCountCapped' => false], $tile->variables(new CustomerIdentity($alice, false), 1));
        self::assertNull($tile->variables(new CustomerIdentity($alice, true), 1));
        self::assertNull($tile->variables(CustomerIdentity::anonymous(), 1));
        self::assertSame(['url' => 'http://shop.test/documents'], $this->app()->customer()->myAccountBlockLink()->variables());
    }

    public function testAccountTileShowsAtMostTheCapWithAPlus(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        for ($i = 0; $i < CustomerDocumentsQuery::COUNT_CAP; ++$i) {
            $this->addDocument(['id_customer' => $alice]);
        }
        $tile = $this->app()->customer()->customerAccountTile();
        self::assertSame(['url' => 'http://shop.test/documents', 'newCount' => CustomerDocumentsQuery::COUNT_CAP, 'newCountCapped' => false], $tile->variables(new CustomerIdentity($alice, false), 1));

        $this->addDocument(['id_customer' => $alice]);
        self::assertSame(['url' => 'http://shop.test/documents', 'newCount' => CustomerDocumentsQuery::COUNT_CAP, 'newCountCapped' => true], $tile->variables(new CustomerIdentity($alice, false), 1), 'shown "99+"');
    }

    public function testAccountTileAlsoCountsTheDocumentsWaitingForTheAccountsAddress(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->addDocument(['id_customer' => $alice]);
        $waiting = ['status' => DocumentStatus::WAITING, 'id_customer' => null, 'match_method' => null, 'noFile' => true];
        $this->addDocument($waiting + ['reason' => WaitingReason::UNPROVEN_EMAIL, 'billing_email' => 'Alice@Example.com', 'email_normalized' => 'alice@example.com']);
        $this->addDocument($waiting + ['reason' => WaitingReason::NO_ACCOUNT, 'billing_email' => 'alice@example.com', 'email_normalized' => 'alice@example.com']);
        // Not hers to claim: two accounts share the address; another shop; an address equal only under the collation.
        $this->addDocument($waiting + ['reason' => WaitingReason::AMBIGUOUS, 'billing_email' => 'alice@example.com', 'email_normalized' => 'alice@example.com']);
        $this->addDocument($waiting + ['reason' => WaitingReason::UNPROVEN_EMAIL, 'billing_email' => 'alice@example.com', 'email_normalized' => 'alice@example.com', 'id_shop' => 2]);
        $this->addDocument($waiting + ['reason' => WaitingReason::UNPROVEN_EMAIL, 'billing_email' => 'alîce@example.com', 'email_normalized' => 'alîce@example.com']);
        $tile = $this->app()->customer()->customerAccountTile();

        self::assertSame(['url' => 'http://shop.test/documents', 'newCount' => 3, 'newCountCapped' => false], $tile->variables(new CustomerIdentity($alice, false), 1));

        for ($i = 2; $i < CustomerDocumentsQuery::COUNT_CAP; ++$i) {
            $this->addDocument(['id_customer' => $alice, 'noFile' => true]);
        }
        self::assertSame(['url' => 'http://shop.test/documents', 'newCount' => CustomerDocumentsQuery::COUNT_CAP, 'newCountCapped' => true], $tile->variables(new CustomerIdentity($alice, false), 1), '98 new and 2 waiting: "99+"');
    }

    public function testOrderDetailShowsDocumentsOnlyToTheOrdersOwner(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $order = $this->addOrder($alice, 'ALICEORDR');
        $this->addDocument(['id_customer' => $alice, 'id_order' => $order, 'reference' => 'FA-ORDER']);
        $this->addDocument(['id_customer' => $alice, 'reference' => 'FA-OTHER']);
        $handler = $this->app()->customer()->orderDetailDocuments();

        $mine = $handler->variables(new CustomerIdentity($alice, false), 1, $order);
        self::assertNotNull($mine);
        self::assertSame(['FA-ORDER'], array_column($mine['documents'], 'reference'));
        self::assertNull($handler->variables(new CustomerIdentity($bob, false), 1, $order), 'another customer');
        self::assertNull($handler->variables(CustomerIdentity::anonymous(), 1, $order), 'guest order tracking');
        self::assertNull($handler->variables(new CustomerIdentity($alice, true), 1, $order), 'guest session');
    }

    public function testAccountCreationAttachesNothingUnlessTheMerchantChoseIt(): void
    {
        $this->addDocument(['status' => DocumentStatus::WAITING, 'reason' => WaitingReason::NO_ACCOUNT, 'email_normalized' => 'new@example.com']);
        $customer = $this->addCustomer('new@example.com');

        self::assertSame(0, $this->app()->customer()->accountCreated()->handle($customer, 1));
        self::assertSame('pending', $this->db->fetchValue('SELECT status FROM PREFIX_ebpdocuments_document'));

        $this->settings->set(SettingKeys::AUTO_ATTACH_ON_ACCOUNT, '1');
        self::assertSame(0, $this->app()->customer()->accountCreated()->handle($customer, 1), 'while e-mail proof is required (default), a new account proves nothing');
        self::assertSame('pending', $this->db->fetchValue('SELECT status FROM PREFIX_ebpdocuments_document'));

        $this->settings->set(SettingKeys::REQUIRE_EMAIL_PROOF, '0');
        $guest = $this->addCustomer('new@example.com', ['guest' => true]);
        self::assertSame(0, $this->app()->customer()->accountCreated()->handle($guest, 1), 'a guest checkout never gets documents');
        self::assertSame(1, $this->app()->customer()->accountCreated()->handle($customer, 1));
        $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document');
        self::assertNotNull($row);
        self::assertSame(['attached', (string) $customer, 'account_created'], [$row['status'], $row['id_customer'], $row['match_method']]);
    }

    public function testAnEmailChangeMovesNothingAndASoftDeleteKeepsDocumentsAside(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $document = $this->addDocument(['id_customer' => $alice]);
        $handler = $this->app()->customer()->customerDeleted();

        $handler->onUpdated($alice, false);
        self::assertSame((string) $alice, $this->db->fetchValue('SELECT id_customer FROM PREFIX_ebpdocuments_document'));

        $handler->onUpdated($alice, true);
        $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $document['id_document']]);
        self::assertNotNull($row, 'kept aside by default, not deleted');
        self::assertSame('pending', $row['status']);
        self::assertNull($row['id_customer']);
    }

    public function testGdprExportListsTheCustomersDocuments(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $this->addDocument(['id_customer' => $alice, 'reference' => 'FA-1', 'document_date' => '2025-01-02']);
        $this->addDocument(['id_customer' => $alice, 'type' => 'credit_note', 'reference' => 'AV-1', 'document_date' => null]);
        $this->addDocument(['id_customer' => $bob, 'reference' => 'FA-BOB']);

        $json = $this->app()->customer()->gdprExport()->exportJson($alice);

        self::assertSame([
            ['type' => 'Invoice', 'number' => 'FA-1', 'date' => '2025-01-02'],
            ['type' => 'Credit note', 'number' => 'AV-1', 'date' => ''],
        ], json_decode($json, true));
        self::assertSame('[]', $this->app()->customer()->gdprExport()->exportJson(0));
    }

    public function testGdprErasureRemovesRowsAndFilesOfThatPersonOnly(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $attached = $this->addDocument(['id_customer' => $alice]);
        $notice = $this->addDocument(['status' => DocumentStatus::WAITING, 'reason' => 'NO_ACCOUNT', 'email_normalized' => 'alice@example.com']);
        $bobs = $this->addDocument(['id_customer' => $bob, 'email_normalized' => 'bob@example.com']);
        $this->db->execute('INSERT INTO PREFIX_ebpdocuments_claim (id_shop, id_customer, email, code_hash, attempts, expires_at, date_add) VALUES (1, :c, \'alice@example.com\', \'h\', 0, NOW(), NOW())', ['c' => $alice]);
        $this->app()->core()->events()->record('downloaded', $attached, [], $alice);
        $this->app()->customer()->customerSearchTerms()->saved($alice, false, 'Alice', 'Martin', 'alice@example.com', 'Acme');
        $this->app()->customer()->customerSearchTerms()->saved($bob, false, 'Bob', 'Durand', 'bob@example.com', null);

        $erased = $this->app()->customer()->gdprErasure()->erase(['email' => 'ALICE@example.com']);

        self::assertSame(2, $erased);
        self::assertSame([(string) $bobs['id_document']], array_column($this->db->fetchAll('SELECT id_document FROM PREFIX_ebpdocuments_document'), 'id_document'));
        self::assertFileDoesNotExist($this->storageDir . '/' . $attached['file_name']);
        self::assertFileDoesNotExist($this->storageDir . '/' . $notice['file_name']);
        self::assertFileExists($this->storageDir . '/' . $bobs['file_name']);
        self::assertSame('0', $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_claim'));
        self::assertSame('0', $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_event WHERE id_customer = :c OR id_document IN :ids', ['c' => $alice, 'ids' => [$attached['id_document'], $notice['id_document']]]));
        self::assertSame('2', $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_event WHERE event = \'deleted\' AND id_customer IS NULL'));
        self::assertSame([(string) $bob], array_values(array_unique(array_column($this->db->fetchAll('SELECT id_customer FROM PREFIX_ebpdocuments_customer_term'), 'id_customer'))), 'her search terms went, his stayed');
        self::assertSame(1, $this->app()->customer()->gdprErasure()->erase(['id' => $bob, 'email' => 'bob@example.com']));
    }

    public function testGdprErasureByEmailSparesAccentLookAlikeCustomers(): void
    {
        // The customer table compares under a _ci collation, where "jéan" = "jean" and trailing spaces are ignored:
        // erasing one person must not erase the documents of another whose address only looks the same there.
        $jean = $this->addCustomer('jean@example.com');
        $jeansDocument = $this->addDocument(['id_customer' => $jean, 'email_normalized' => 'jean@example.com']);
        $jeanAccented = $this->addCustomer('jéan@example.com');
        $accentedDocument = $this->addDocument(['id_customer' => $jeanAccented, 'reference' => 'FA-ACC', 'email_normalized' => 'jéan@example.com']);

        $erased = $this->app()->customer()->gdprErasure()->erase(['email' => 'jéan@example.com']);

        self::assertSame(1, $erased);
        self::assertSame([(string) $jeansDocument['id_document']], array_column($this->db->fetchAll('SELECT id_document FROM PREFIX_ebpdocuments_document'), 'id_document'));
        self::assertFileExists($this->storageDir . '/' . $jeansDocument['file_name']);
        self::assertFileDoesNotExist($this->storageDir . '/' . $accentedDocument['file_name']);
    }
}
