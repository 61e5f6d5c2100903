<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Front;

use Ebpdocuments\Customer\ClaimResult;
use Ebpdocuments\Customer\CustomerIdentity;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;

final class ClaimServiceTest extends FrontDatabaseTestCase
{
    /** @var int */
    private $alice;

    protected function setUp(): void
    {
        parent::setUp();
        $this->alice = $this->addCustomer('Alice@Example.com');
    }

    private function asAlice(): CustomerIdentity
    {
        return new CustomerIdentity($this->alice, false, 1);
    }

    private function lastCode(): string
    {
        $mail = end($this->mailer->sent);
        self::assertIsArray($mail);

        return (string) $mail['variables']['{code}'];
    }

    /**
     * @param array<string, mixed> $values
     */
    private function notice(array $values = []): array
    {
        return $this->addDocument(array_merge([
            'id_customer' => null,
            'status' => DocumentStatus::WAITING,
            'reason' => WaitingReason::NO_ACCOUNT,
            'billing_email' => 'ALICE@example.com ',
            'email_normalized' => 'alice@example.com',
            'match_method' => null,
        ], $values));
    }

    public function testTheAnswerAndTheMailAreTheSameWhetherDocumentsWaitOrNot(): void
    {
        $claims = $this->app()->customer()->claims();
        $withoutDocuments = $claims->requestCode($this->asAlice(), 1);
        $this->notice();
        $this->clock->advance('+1 minute');
        $withDocuments = $claims->requestCode($this->asAlice(), 1);

        self::assertEquals($withoutDocuments, $withDocuments);
        self::assertSame(ClaimResult::CODE_SENT, $withDocuments->status());
        self::assertCount(2, $this->mailer->sent, 'a code is mailed in both cases');
        $mail = $this->mailer->sent[1];
        self::assertSame('ebpdocuments_claim_code', $mail['template']);
        self::assertSame('Alice@Example.com', $mail['toEmail'], 'sent to the account\'s own address');
        self::assertMatchesRegularExpression('/^\d{6}$/', $mail['variables']['{code}']);
        self::assertSame(array_keys($this->mailer->sent[0]['variables']), array_keys($mail['variables']));
        foreach ($mail['variables'] as $name => $value) {
            self::assertStringNotContainsString('download', (string) $value, $name . ': the mail never carries a document link');
        }
        $stored = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_claim ORDER BY id_claim DESC LIMIT 1');
        self::assertNotNull($stored);
        self::assertStringNotContainsString($mail['variables']['{code}'], (string) $stored['code_hash']);
        self::assertSame(64, strlen((string) $stored['code_hash']));
        self::assertSame('2025-03-01 10:16:00', $stored['expires_at']);
    }

    public function testTheRightCodeAttachesTheClaimableNoticesOfThisShopOnly(): void
    {
        $this->addShop(2, 1);
        $noAccount = $this->notice();
        $guestOnly = $this->notice(['reason' => WaitingReason::GUEST_ONLY, 'email_normalized' => 'alice@example.com']);
        $ambiguous = $this->notice(['reason' => WaitingReason::AMBIGUOUS]);
        $dismissed = $this->notice(['status' => DocumentStatus::DISMISSED]);
        $otherShop = $this->notice(['id_shop' => 2]);
        $otherEmail = $this->notice(['email_normalized' => 'bob@example.com']);
        $lookAlike = $this->notice(['email_normalized' => 'alicé@example.com']);
        $claims = $this->app()->customer()->claims();

        $claims->requestCode($this->asAlice(), 1);
        $result = $claims->claim($this->asAlice(), 1, ' ' . substr($this->lastCode(), 0, 3) . ' ' . substr($this->lastCode(), 3));

        self::assertSame(ClaimResult::CLAIMED, $result->status());
        self::assertSame(2, $result->attachedCount());
        self::assertSame('Your e-mail address is confirmed. 2 documents have been added to your account.', $result->message());
        foreach ([$noAccount, $guestOnly] as $document) {
            $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $document['id_document']]);
            self::assertSame(['attached', (string) $this->alice, null, 'claim'], [$row['status'], $row['id_customer'], $row['reason'], $row['match_method']]);
            $events = $this->eventsOf($document['id_document'], 'claimed');
            self::assertCount(1, $events);
            self::assertSame((string) $this->alice, $events[0]['id_customer']);
        }
        foreach ([$ambiguous, $dismissed, $otherShop, $otherEmail, $lookAlike] as $document) {
            self::assertNull($this->db->fetchValue('SELECT id_customer FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $document['id_document']]));
        }
        self::assertSame(ClaimResult::INVALID_CODE, $claims->claim($this->asAlice(), 1, $this->lastCode())->status(), 'a code works once');
    }

    public function testWrongCodesUseUpTheTries(): void
    {
        $this->notice();
        $claims = $this->app()->customer()->claims();
        $claims->requestCode($this->asAlice(), 1);
        $code = $this->lastCode();
        $wrong = $code === '000000' ? '111111' : '000000';

        for ($try = 1; $try <= 5; ++$try) {
            $result = $claims->claim($this->asAlice(), 1, $wrong);
            self::assertSame(ClaimResult::INVALID_CODE, $result->status());
        }
        $afterFive = $claims->claim($this->asAlice(), 1, $code);

        self::assertSame(ClaimResult::INVALID_CODE, $afterFive->status(), 'the right code no longer works after 5 wrong tries');
        self::assertSame('This code is not valid or has expired. Ask for a new code.', $afterFive->message());
        self::assertSame('pending', $this->db->fetchValue('SELECT status FROM PREFIX_ebpdocuments_document'));
    }

    public function testACodeExpiresAfterFifteenMinutes(): void
    {
        $this->notice();
        $claims = $this->app()->customer()->claims();
        $claims->requestCode($this->asAlice(), 1);
        $this->clock->advance('+15 minutes');

        self::assertSame(ClaimResult::INVALID_CODE, $claims->claim($this->asAlice(), 1, $this->lastCode())->status());
    }

    public function testANewCodeReplacesTheOldOne(): void
    {
        $this->notice();
        $claims = $this->app()->customer()->claims();
        $claims->requestCode($this->asAlice(), 1);
        $old = $this->lastCode();
        $claims->requestCode($this->asAlice(), 1);
        $new = $this->lastCode();

        if ($old !== $new) {
            self::assertSame(ClaimResult::INVALID_CODE, $claims->claim($this->asAlice(), 1, $old)->status());
        }
        self::assertSame(ClaimResult::CLAIMED, $claims->claim($this->asAlice(), 1, $new)->status());
    }

    public function testAtMostThreeCodesPerHour(): void
    {
        $claims = $this->app()->customer()->claims();
        for ($i = 1; $i <= 3; ++$i) {
            self::assertSame(ClaimResult::CODE_SENT, $claims->requestCode($this->asAlice(), 1)->status());
            $this->clock->advance('+5 minutes');
        }
        $fourth = $claims->requestCode($this->asAlice(), 1);

        self::assertSame(ClaimResult::RATE_LIMITED, $fourth->status());
        self::assertCount(3, $this->mailer->sent);
        $this->clock->advance('+50 minutes');
        self::assertSame(ClaimResult::CODE_SENT, $claims->requestCode($this->asAlice(), 1)->status(), 'an hour after the first code');
    }

    public function testAnotherCustomersCodeDoesNotWork(): void
    {
        $bob = $this->addCustomer('bob@example.com');
        $this->notice();
        $claims = $this->app()->customer()->claims();
        $claims->requestCode($this->asAlice(), 1);

        self::assertSame(ClaimResult::INVALID_CODE, $claims->claim(new CustomerIdentity($bob, false), 1, $this->lastCode())->status());
    }

    public function testChangingTheAccountEmailAfterTheCodeVoidsIt(): void
    {
        $this->notice();
        $claims = $this->app()->customer()->claims();
        $claims->requestCode($this->asAlice(), 1);
        $this->db->execute('UPDATE PREFIX_customer SET email = \'mallory@example.com\' WHERE id_customer = :id', ['id' => $this->alice]);

        self::assertSame(ClaimResult::INVALID_CODE, $claims->claim($this->asAlice(), 1, $this->lastCode())->status());
    }

    public function testGuestsGetNoCodeAndClaimNothing(): void
    {
        $guest = $this->addCustomer('alice@example.com', ['guest' => true]);
        $this->notice(['reason' => WaitingReason::GUEST_ONLY]);
        $claims = $this->app()->customer()->claims();

        $answer = $claims->requestCode(new CustomerIdentity($guest, true), 1);

        self::assertSame(ClaimResult::CODE_SENT, $answer->status(), 'same answer');
        self::assertSame([], $this->mailer->sent);
        self::assertSame(ClaimResult::INVALID_CODE, $claims->claim(new CustomerIdentity($guest, true), 1, '123456')->status());
    }

    public function testFormWithoutValidTokenDoesNothing(): void
    {
        $page = $this->app()->customer()->myDocumentsPage();

        $result = $page->post($this->asAlice(), 1, ['action' => 'requestClaimCode'], false);

        self::assertSame(ClaimResult::INVALID_FORM, $result->status());
        self::assertSame([], $this->mailer->sent);
        self::assertSame(ClaimResult::INVALID_FORM, $page->post($this->asAlice(), 1, ['action' => 'dropTables'], true)->status());
    }
}
