<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Matching;

use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\MatchMethod;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Matching\CustomerLinkRepository;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Shop\Install\SeedEmailProofs;
use Ebpdocuments\Tests\Database\Ingestion\IngestionTestCase;

/**
 * "An unverified sign-up must not capture future documents" (issue 8): with REQUIRE_EMAIL_PROOF on (the default),
 * a document matched by its billing e-mail alone reaches an account only once that account proved the address.
 * Real ingestion, matcher and document manager on MariaDB.
 */
final class EmailProofMatchingTest extends IngestionTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        $this->proofSettings->set(SettingKeys::REQUIRE_EMAIL_PROOF, '1');
    }

    /**
     * @param array<string, string> $fields
     *
     * @return array<string, string|null>
     */
    private function push(string $reference, array $fields = []): array
    {
        $result = $this->ingestion()->ingest($this->incoming($fields + ['reference' => $reference, 'email' => 'client@x.fr']), $this->temp($this->pdf($reference)));
        $row = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $result->documentId()]);
        self::assertNotNull($row);

        return $row;
    }

    public function testTheDefaultIsOn(): void
    {
        self::assertSame('1', SettingKeys::defaults()[SettingKeys::REQUIRE_EMAIL_PROOF]);
    }

    public function testWhoeverRegisteredFirstWithTheAddressReceivesNothingUntilTheyProveIt(): void
    {
        $squatter = $this->addCustomer('client@x.fr');

        $row = $this->push('FA-1');

        self::assertSame([DocumentStatus::WAITING, WaitingReason::UNPROVEN_EMAIL, null, null], [$row['status'], $row['reason'], $row['id_customer'], $row['match_method']]);
        self::assertSame([], $this->notified, 'no "new document" mail to the unproven account');
        self::assertContains('kept_aside', $this->eventsOf((int) $row['id_document']));

        $this->proofs($this->db)->record($squatter, 'client@x.fr', EmailProofs::METHOD_CODE);
        $next = $this->push('FA-2');
        self::assertSame([DocumentStatus::ATTACHED, (string) $squatter, MatchMethod::EMAIL], [$next['status'], $next['id_customer'], $next['match_method']], 'once proven, e-mail matches go straight to the account');
    }

    public function testAProofIsForOneAddress(): void
    {
        $customer = $this->addCustomer('old@x.fr');
        $this->proofs($this->db)->record($customer, 'old@x.fr', EmailProofs::METHOD_CODE);
        $this->db->execute('UPDATE PREFIX_customer SET email = \'client@x.fr\' WHERE id_customer = :id', ['id' => $customer]);

        self::assertSame(WaitingReason::UNPROVEN_EMAIL, $this->push('FA-1')['reason'], 'a new address must be proven again');
    }

    public function testTheCustomersOwnWebOrderAttachesThatDocumentOnly(): void
    {
        $customer = $this->addCustomer('client@x.fr');
        $orderId = $this->addOrder($customer, 'WEBORDERA');

        $row = $this->push('FA-1', ['oid' => 'WEBORDERA']);
        self::assertSame([DocumentStatus::ATTACHED, (string) $customer, (string) $orderId], [$row['status'], $row['id_customer'], $row['id_order']]);

        self::assertSame(WaitingReason::UNPROVEN_EMAIL, $this->push('FA-2')['reason'], 'an order proves its own document, not the address');
        $other = $this->addCustomer('other@x.fr');
        $this->addOrder($other, 'OTHERORDR');
        self::assertSame(WaitingReason::UNPROVEN_EMAIL, $this->push('FA-3', ['oid' => 'OTHERORDR'])['reason'], 'someone else\'s order proves nothing');
    }

    public function testALearnedEbpCodeLinkIsUnaffected(): void
    {
        $customer = $this->addCustomer('client@x.fr');
        (new CustomerLinkRepository($this->db, $this->fixedClock()))->remember(1, 'C0042', $customer, 7);

        $row = $this->push('FA-1', ['customer_code' => 'C0042']);

        self::assertSame([DocumentStatus::ATTACHED, (string) $customer, MatchMethod::CODE_LINK], [$row['status'], $row['id_customer'], $row['match_method']]);
    }

    public function testAnAdminAssignmentProvesTheAddressAndTheWaitingOnesFollow(): void
    {
        $customer = $this->addCustomer('Client@X.fr');
        $first = $this->push('FA-1');
        $second = $this->push('FA-2');
        self::assertSame(['attached' => 0, 'stillWaiting' => 2], $this->manager()->retryMatching(null));

        $this->manager()->assign((int) $first['id_document'], $customer, 7, false);

        self::assertTrue($this->proofs($this->db)->isProven($customer, 'client@x.fr'));
        self::assertSame('manual', $this->db->fetchValue('SELECT method FROM PREFIX_ebpdocuments_email_proof WHERE id_customer = :id', ['id' => $customer]));
        self::assertSame(['attached' => 0, 'stillWaiting' => 0], $this->manager()->retryMatching(null), 'the other one went at once');
        self::assertSame((string) $customer, $this->db->fetchValue('SELECT id_customer FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $second['id_document']]));
        self::assertSame(DocumentStatus::ATTACHED, $this->push('FA-3')['status']);
    }

    public function testTurnedOffAnEmailMatchAttachesAtOnceAsBefore(): void
    {
        $customer = $this->addCustomer('client@x.fr');
        $this->proofSettings->set(SettingKeys::REQUIRE_EMAIL_PROOF, '0');

        $row = $this->push('FA-1');

        self::assertSame([DocumentStatus::ATTACHED, (string) $customer, MatchMethod::EMAIL], [$row['status'], $row['id_customer'], $row['match_method']]);
    }

    public function testDocumentsAlreadyAttachedByEmailStayAttached(): void
    {
        $customer = $this->addCustomer('client@x.fr');
        $this->proofSettings->set(SettingKeys::REQUIRE_EMAIL_PROOF, '0');
        $row = $this->push('FA-1');
        $this->proofSettings->set(SettingKeys::REQUIRE_EMAIL_PROOF, '1');

        $this->manager()->retryMatching(null);
        $this->ingestion()->ingest($this->incoming(['reference' => 'FA-1', 'email' => 'client@x.fr']), $this->temp($this->pdf('FA-1 version 2')));

        $now = $this->db->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $row['id_document']]);
        self::assertNotNull($now);
        self::assertSame([DocumentStatus::ATTACHED, (string) $customer, '2'], [$now['status'], $now['id_customer'], $now['version']]);
    }

    public function testTheUpgradeRecordsWhatHistoryAlreadyProvedAndCanRunTwice(): void
    {
        $claimed = $this->addCustomer('claimed@x.fr');
        $assigned = $this->addCustomer('assigned-now@x.fr');
        $byEmail = $this->addCustomer('client@x.fr');
        $this->proofSettings->set(SettingKeys::REQUIRE_EMAIL_PROOF, '0');
        $this->push('FA-1');
        $this->proofSettings->set(SettingKeys::REQUIRE_EMAIL_PROOF, '1');
        $claimedDocument = $this->push('FA-2', ['email' => 'claimed@x.fr']);
        $this->db->execute(
            'UPDATE PREFIX_ebpdocuments_document SET status = \'attached\', reason = NULL, id_customer = :c, match_method = \'claim\' WHERE id_document = :id',
            ['c' => $claimed, 'id' => $claimedDocument['id_document']]
        );
        $manual = $this->push('FA-3', ['email' => 'someone@else.fr']);
        $this->db->execute(
            'UPDATE PREFIX_ebpdocuments_document SET status = \'attached\', reason = NULL, id_customer = :c, match_method = \'manual\' WHERE id_document = :id',
            ['c' => $assigned, 'id' => $manual['id_document']]
        );

        (new SeedEmailProofs())->run($this->db);
        (new SeedEmailProofs())->run($this->db);

        $proofs = $this->proofs($this->db);
        self::assertTrue($proofs->isProven($claimed, 'claimed@x.fr'));
        self::assertTrue($proofs->isProven($assigned, 'assigned-now@x.fr'), 'an admin assignment proves the account\'s current address');
        self::assertFalse($proofs->isProven($byEmail, 'client@x.fr'), 'a match by e-mail alone proved nothing');
        self::assertSame(2, (int) $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_email_proof'));
    }
}
