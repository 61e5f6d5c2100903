<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Ingestion;

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Matching\EmailCandidates;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Matching\MatchResult;
use Ebpdocuments\Storage\Repository\DocumentRepository;

/**
 * The ingestion reads a document's number and the customers of its e-mail in one statement
 * (DocumentRepository::findByNumberWith + CustomerMatcher::emailCandidates/matchCandidates): it must give exactly the
 * row findByNumber() gives and the match match() gives, for every rule of the e-mail match, with or without the
 * e-mail proof, with or without a stored document, with or without the shop's scope already read.
 */
final class NumberWithItsCustomersTest extends IngestionTestCase
{
    public function testTheRowAndTheMatchAreThoseOfTheTwoSeparateReads(): void
    {
        $this->addShop(2, 1);
        $proven = $this->addCustomer('proven@x.fr');
        $this->addCustomer('unproven@x.fr');
        $this->addCustomer('Jean.Case@Example.FR ');
        $this->addCustomer('jean@x.fr');
        $this->addCustomer('guest@x.fr', ['guest' => true]);
        $this->addCustomer('both@x.fr', ['guest' => true]);
        $this->addCustomer('both@x.fr');
        $this->addCustomer('two@x.fr');
        $this->addCustomer('two@x.fr');
        $this->addCustomer('deleted@x.fr', ['deleted' => true]);
        $this->addCustomer('elsewhere@x.fr', ['shop' => 2]);
        $this->proofs($this->db)->record($proven, 'proven@x.fr', EmailProofs::METHOD_CODE);
        $emails = ['proven@x.fr', 'unproven@x.fr', ' jean.case@example.fr', 'jéan@x.fr', 'JEAN@x.fr', 'guest@x.fr', 'both@x.fr',
            'two@x.fr', 'deleted@x.fr', 'elsewhere@x.fr', 'nobody@x.fr'];
        $stored = $this->ingestion()->ingest($this->incoming(['reference' => 'FA-STORED']), $this->temp($this->pdf()));
        $documents = new DocumentRepository($this->db);
        $checked = 0;

        foreach (['1', '0'] as $proofRequired) {
            $this->proofSettings->set(SettingKeys::REQUIRE_EMAIL_PROOF, $proofRequired);
            foreach ([false, true] as $scopeRead) {
                foreach (['FA-STORED', 'FA-NEW'] as $reference) {
                    foreach ($emails as $email) {
                        $matcher = $this->matcher($this->db);
                        if ($scopeRead) {
                            $matcher->scopeFor(1);
                        }
                        $candidates = $matcher->emailCandidates(1, $email);
                        self::assertInstanceOf(EmailCandidates::class, $candidates);
                        list($row, $rows) = $documents->findByNumberWith(1, 'invoice', $reference, $candidates->sql(), $candidates->params(), EmailCandidates::COLUMN_PREFIX);
                        $case = $email . ' / ' . $reference . ' / proof ' . $proofRequired . ($scopeRead ? ' / scope read' : '');

                        self::assertSame($documents->findByNumber(1, 'invoice', $reference), $row, $case);
                        self::assertSame(self::described($matcher->match(1, $email)), self::described($matcher->matchCandidates($candidates, $rows)), $case);
                        ++$checked;
                    }
                }
            }
        }
        self::assertSame(88, $checked);
        self::assertNotNull($documents->findByNumber(1, 'invoice', 'FA-STORED'));
        self::assertSame($stored->documentId(), (int) $documents->findByNumber(1, 'invoice', 'FA-STORED')['id_document']);
    }

    public function testADocumentWithAnOrderACustomerCodeOrAnInvalidEmailIsMatchedTheUsualWay(): void
    {
        $matcher = $this->matcher($this->db);

        self::assertNull($matcher->emailCandidates(1, 'client@x.fr', null, 'ORDERREF'));
        self::assertNull($matcher->emailCandidates(1, 'client@x.fr', 'C0042', null));
        self::assertNull($matcher->emailCandidates(1, 'not an e-mail'));
        self::assertNotNull($matcher->emailCandidates(1, 'client@x.fr', ' ', ''));
    }

    /**
     * @return array<string, mixed>
     */
    private static function described(MatchResult $result): array
    {
        return ['customer' => $result->customerId(), 'method' => $result->method(), 'reason' => $result->reason(), 'order' => $result->orderId()];
    }
}
