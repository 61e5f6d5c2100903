<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Ingestion;

use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Translation\ModuleCatalogue;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Receiving\Ingestion\DocumentValidator;
use PHPUnit\Framework\TestCase;

final class DocumentValidatorTest extends TestCase
{
    /**
     * @param array<string, mixed> $fields
     */
    private function validate(array $fields): \Ebpdocuments\Receiving\Ingestion\IncomingDocument
    {
        return (new DocumentValidator(new EmailNormalizer()))->fromFields(
            $fields + ['type' => 'Facture', 'reference' => 'FA-0001', 'email' => 'a@x.fr'],
            3,
            'econnecteur',
            12,
            'Clé EBP'
        );
    }

    public function testBuildsTheIncomingDocument(): void
    {
        $document = $this->validate([
            'type' => ' Bon de livraison ', 'reference' => ' BL/2024/001 ', 'email' => ' Jean@X.fr ', 'oid' => 'ABCDEFGHI',
            'date' => '2024-02-29', 'total_tax_excl' => '100,5', 'total_tax_incl' => '120.600000', 'currency' => 'eur',
            'customer_code' => 'CLI 0042',
        ]);

        self::assertSame(3, $document->shopId());
        self::assertSame('delivery', $document->type());
        self::assertSame('Bon de livraison', $document->typeRaw());
        self::assertSame('BL/2024/001', $document->reference());
        self::assertSame('Jean@X.fr', $document->billingEmail());
        self::assertSame('jean@x.fr', $document->emailNormalized());
        self::assertSame('ABCDEFGHI', $document->orderRef());
        self::assertSame('2024-02-29', $document->documentDate());
        self::assertSame('100.5', $document->totalTaxExcl());
        self::assertSame('120.600000', $document->totalTaxIncl());
        self::assertSame('EUR', $document->currency());
        self::assertSame('CLI 0042', $document->customerCode());
        self::assertSame('econnecteur', $document->source());
        self::assertSame(12, $document->apiKeyId());
        self::assertSame('Clé EBP', $document->keyLabel());
    }

    public function testOptionalFieldsMayBeAbsentOrEmpty(): void
    {
        $document = $this->validate(['oid' => '', 'date' => '', 'currency' => null]);

        self::assertNull($document->orderRef());
        self::assertNull($document->documentDate());
        self::assertNull($document->currency());
        self::assertNull($document->customerCode());
    }

    public function testAnInvalidButHarmlessEmailIsKeptForTheNotice(): void
    {
        $document = $this->validate(['email' => 'a@x.fr;b@y.fr']);

        self::assertSame('a@x.fr;b@y.fr', $document->billingEmail());
        self::assertSame('', $document->emailNormalized());
        self::assertSame('', $this->validate(['email' => ''])->emailNormalized());
    }

    public function testUnknownTypeBecomesOther(): void
    {
        self::assertSame(DocumentType::OTHER, $this->validate(['type' => 'Proforma'])->type());
    }

    /**
     * @dataProvider invalid
     *
     * @param array<string, mixed> $fields
     */
    public function testRefusesWithCodeAndField(array $fields, string $code, string $field, int $status = 422): void
    {
        try {
            $this->validate($fields);
            self::fail('accepted');
        } catch (Refusal $e) {
            self::assertSame($code, $e->errorCode());
            self::assertSame($field, $e->field());
            self::assertSame($status, $e->status());
            self::assertNotSame($e->messageId(), (new ModuleCatalogue('fr-FR'))->trans($e->messageId(), [], Refusal::DOMAIN), 'translated in fr-FR');
            self::assertNotSame('', $e->messageId());
        }
    }

    /**
     * @return array<string, array{0: array<string, mixed>, 1: string, 2: string}>
     */
    public function invalid(): array
    {
        return [
            'reference missing' => [['reference' => ''], 'reference_missing', 'reference'],
            'reference too long' => [['reference' => str_repeat('A', 65)], 'reference_invalid', 'reference'],
            'reference with traversal' => [['reference' => '../../x'], 'reference_invalid', 'reference'],
            'reference with quote' => [['reference' => "FA'1"], 'reference_invalid', 'reference'],
            'reference with NUL' => [['reference' => "FA\0"], 'reference_invalid', 'reference'],
            'reference as array' => [['reference' => ['FA']], 'field_not_text', 'reference'],
            'reference invalid utf-8' => [['reference' => "FA\xC3"], 'encoding_invalid', 'reference'],
            'type missing' => [['type' => '  '], 'type_missing', 'type'],
            'type too long' => [['type' => str_repeat('x', 65)], 'type_invalid', 'type'],
            'email with CRLF' => [['email' => "a@x.fr\r\nBcc: b@y.fr"], 'email_invalid', 'email'],
            'email with NUL' => [['email' => "a@x.fr\0"], 'email_invalid', 'email'],
            'email too long' => [['email' => str_repeat('a', 250) . '@x.fr.fr'], 'email_invalid', 'email'],
            'email array' => [['email' => ['a@x.fr']], 'field_not_text', 'email'],
            'oid too long' => [['oid' => str_repeat('1', 65)], 'oid_invalid', 'oid'],
            'date not iso' => [['date' => '01/02/2024'], 'date_invalid', 'date'],
            'date impossible' => [['date' => '2023-02-29'], 'date_invalid', 'date'],
            'amount with letters' => [['total_tax_incl' => '12 EUR'], 'amount_invalid', 'total_tax_incl'],
            'amount exponent' => [['total_tax_excl' => '1e5'], 'amount_invalid', 'total_tax_excl'],
            'currency' => [['currency' => 'EURO'], 'currency_invalid', 'currency'],
            'customer code' => [['customer_code' => 'CLI<1>'], 'customer_code_invalid', 'customer_code'],
        ];
    }
}
