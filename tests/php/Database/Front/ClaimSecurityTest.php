<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Front;

use Ebpdocuments\Customer\ClaimResult;
use Ebpdocuments\Customer\CustomerDocumentsQuery;
use Ebpdocuments\Customer\CustomerIdentity;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;
use Ebpdocuments\Tests\Support\Harness\FixedServerSecret;

/**
 * "Who receives" (issue 8) on the customer side, on MariaDB: the waiting documents and the proof a completed code
 * gives, the code budgets per account and per address, codes that a copy of the database does not reveal, and a
 * GDPR erasure that leaves no trace of the address.
 */
final class ClaimSecurityTest extends FrontDatabaseTestCase
{
    private function identity(int $customerId): CustomerIdentity
    {
        return new CustomerIdentity($customerId, false, 1);
    }

    private function lastCode(): string
    {
        $mail = end($this->mailer->sent);
        self::assertIsArray($mail);

        return (string) $mail['variables']['{code}'];
    }

    /**
     * @param array<string, mixed> $values
     *
     * @return array<string, mixed>
     */
    private function waiting(string $email, array $values = []): array
    {
        return $this->addDocument($values + [
            'status' => DocumentStatus::WAITING,
            'reason' => WaitingReason::UNPROVEN_EMAIL,
            'billing_email' => $email,
            'email_normalized' => $email,
            'match_method' => null,
        ]);
    }

    public function testMyDocumentsSaysHowManyWaitAndTheCodeAttachesThemAndProvesTheAddress(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->waiting('alice@example.com');
        $this->waiting('alice@example.com', ['reason' => WaitingReason::NO_ACCOUNT]);
        $this->waiting('alice@example.com', ['reason' => WaitingReason::AMBIGUOUS]);
        $this->waiting('bob@example.com');
        $page = $this->app()->customer()->myDocumentsPage();
        $identity = $this->identity($alice);

        $before = $page->variables($identity, 1, []);
        self::assertSame(['count' => 2, 'message' => '2 documents wait for you: confirm your e-mail address to see them.'], $before['waiting']);
        self::assertSame([], $before['documents']);

        self::assertSame(ClaimResult::CODE_SENT, $page->post($identity, 1, ['action' => 'requestClaimCode'], true)->status(), 'one click sends the code');
        $claimed = $page->post($identity, 1, ['action' => 'claimDocuments', 'code' => $this->lastCode()], true);

        self::assertSame([ClaimResult::CLAIMED, 2], [$claimed->status(), $claimed->attachedCount()]);
        $after = $page->variables($identity, 1, []);
        self::assertSame(0, $after['waiting']['count']);
        self::assertCount(2, $after['documents']);
        self::assertTrue($this->app()->core()->emailProofs()->isProven($alice, 'alice@example.com'));
        $next = $this->app()->core()->customerMatcher()->match(1, 'Alice@Example.com');
        self::assertSame([$alice, 'email'], [$next->customerId(), $next->method()], 'later documents go straight to the account');
    }

    public function testOneWaitingDocumentIsSaidInTheSingular(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->waiting('alice@example.com');

        $waiting = $this->app()->customer()->myDocumentsPage()->variables($this->identity($alice), 1, [])['waiting'];

        self::assertSame(['count' => 1, 'message' => '1 document waits for you: confirm your e-mail address to see it.'], $waiting);
    }

    public function testManyWaitingDocumentsAreCountedUpToTheCap(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        for ($i = 0; $i <= CustomerDocumentsQuery::COUNT_CAP; ++$i) {
            $this->waiting('alice@example.com', ['noFile' => true]);
        }

        $waiting = $this->app()->customer()->myDocumentsPage()->variables($this->identity($alice), 1, [])['waiting'];

        self::assertSame(['count' => CustomerDocumentsQuery::COUNT_CAP + 1, 'message' => '99+ documents wait for you: confirm your e-mail address to see them.'], $waiting);
    }

    public function testTheAddressKeepsItsBudgetWhenItMovesToAnotherAccount(): void
    {
        $alice = $this->addCustomer('shared@example.com');
        $claims = $this->app()->customer()->claims();
        for ($i = 1; $i <= 3; ++$i) {
            self::assertSame(ClaimResult::CODE_SENT, $claims->requestCode($this->identity($alice), 1)->status());
        }
        // Alice gives the address up; a new account takes it (or the address moves to an existing account).
        $this->db->execute('UPDATE PREFIX_customer SET email = \'alice.new@example.com\' WHERE id_customer = :id', ['id' => $alice]);
        $mallory = $this->addCustomer('shared@example.com');

        self::assertSame(ClaimResult::RATE_LIMITED, $claims->requestCode($this->identity($mallory), 1)->status(), 'the address has no fresh budget');
        self::assertSame(ClaimResult::RATE_LIMITED, $claims->requestCode($this->identity($alice), 1)->status(), 'nor has the account');
        self::assertSame(ClaimResult::RATE_LIMITED, $claims->requestCode($this->identity($alice), 2)->status(), 'nor in another shop');
        self::assertCount(3, $this->mailer->sent);

        $this->clock->advance('+61 minutes');
        self::assertSame(ClaimResult::CODE_SENT, $claims->requestCode($this->identity($mallory), 1)->status(), 'a new window an hour later');
    }

    public function testACodeCannotBeRecoveredFromItsDatabaseRow(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->app()->customer()->claims()->requestCode($this->identity($alice), 1);
        $code = $this->lastCode();
        $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_claim');
        self::assertNotNull($row);

        // Everything a reader of the table has: the row. 1.0.0 keyed the HMAC with the row's own values only.
        $oldScheme = function (string $candidate) use ($row): string {
            return hash_hmac('sha256', $candidate, 'ebpdocuments-claim|' . $row['id_shop'] . '|' . $row['id_customer'] . '|' . $row['email'] . '|' . $row['expires_at']);
        };
        // Today's layout, tried with a wrong secret (the attacker lacks _COOKIE_KEY_).
        $wrongSecret = (new FixedServerSecret('not-the-server-secret'))->keyFor('claim-code');
        $newSchemeWithoutSecret = function (string $candidate) use ($row, $wrongSecret): string {
            return hash_hmac('sha256', $row['id_shop'] . '|' . $row['id_customer'] . '|' . $row['email'] . '|' . $row['expires_at'] . '|' . $candidate, $wrongSecret);
        };
        $found = [];
        for ($n = 0; $n <= 999999; ++$n) {
            $candidate = str_pad((string) $n, 6, '0', STR_PAD_LEFT);
            if (hash_equals((string) $row['code_hash'], $oldScheme($candidate)) || hash_equals((string) $row['code_hash'], $newSchemeWithoutSecret($candidate))) {
                $found[] = $candidate;
            }
        }

        self::assertSame([], $found, 'no code out of 000000-999999 matches the row without the server secret');
        $rightSecret = (new FixedServerSecret())->keyFor('claim-code');
        self::assertSame($row['code_hash'], hash_hmac('sha256', $row['id_shop'] . '|' . $row['id_customer'] . '|' . $row['email'] . '|' . $row['expires_at'] . '|' . $code, $rightSecret), 'with the secret it does');
        self::assertSame(ClaimResult::CLAIMED, $this->app()->customer()->claims()->claim($this->identity($alice), 1, $code)->status());
    }

    public function testAnotherServerSecretMakesTheCodeUseless(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $this->app()->customer()->claims()->requestCode($this->identity($alice), 1);
        $app = $this->app();
        $app->core()->setServerSecret(new FixedServerSecret('a-restored-backup-on-another-server'));

        self::assertSame(ClaimResult::INVALID_CODE, $app->customer()->claims()->claim($this->identity($alice), 1, $this->lastCode())->status());
    }

    public function testGdprErasureLeavesNoTraceOfTheAddressOnDocumentsGivenToSomeoneElse(): void
    {
        $erased = $this->addCustomer('gone@example.com');
        $owner = $this->addCustomer('accounting@company.example');
        $given = $this->addDocument(['id_customer' => $owner, 'billing_email' => ' Gone@Example.com', 'email_normalized' => 'gone@example.com', 'match_method' => 'manual']);
        $lookAlike = $this->addDocument(['id_customer' => $owner, 'billing_email' => 'gône@example.com', 'email_normalized' => 'gône@example.com', 'match_method' => 'manual']);
        $this->app()->core()->emailProofs()->record($erased, 'gone@example.com', EmailProofs::METHOD_CODE);
        $this->app()->core()->emailProofs()->record($owner, 'gone@example.com', EmailProofs::METHOD_MANUAL);
        $this->app()->customer()->claims()->requestCode($this->identity($erased), 1);

        $this->app()->customer()->gdprErasure()->erase(['id' => $erased, 'email' => 'gone@example.com']);

        $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $given['id_document']]);
        self::assertNotNull($row, 'the document stays with its owner');
        self::assertSame([(string) $owner, 'attached', '', ''], [$row['id_customer'], $row['status'], $row['billing_email'], $row['email_normalized']]);
        self::assertFileExists($this->storageDir . '/' . $given['file_name']);
        self::assertSame('gône@example.com', $this->db->fetchValue('SELECT email_normalized FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $lookAlike['id_document']]), 'another person\'s look-alike address stays');
        $dump = json_encode([
            $this->db->fetchAll('SELECT * FROM PREFIX_ebpdocuments_document'),
            $this->db->fetchAll('SELECT * FROM PREFIX_ebpdocuments_event'),
            $this->db->fetchAll('SELECT * FROM PREFIX_ebpdocuments_claim'),
        ]);
        self::assertStringNotContainsStringIgnoringCase('gone@example.com', (string) $dump);
        self::assertSame('0', $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_email_proof WHERE email_hash = :h', ['h' => EmailProofs::emailHash('gone@example.com')]));
        self::assertSame('0', $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_claim_budget'), 'its code budgets go too');
    }
}
