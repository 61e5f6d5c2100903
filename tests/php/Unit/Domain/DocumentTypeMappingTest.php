<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Domain;

use Ebpdocuments\Domain\DocumentType;
use PHPUnit\Framework\TestCase;

final class DocumentTypeMappingTest extends TestCase
{
    /**
     * @dataProvider texts
     */
    public function testMapsFreeTextToItsCode(string $text, string $code): void
    {
        self::assertSame($code, DocumentType::fromText($text));
    }

    /**
     * @return array<string, array{string, string}>
     */
    public function texts(): array
    {
        return [
            'devis' => ['devis', DocumentType::QUOTE],
            'DEVIS upper' => ['DEVIS', DocumentType::QUOTE],
            'commande' => ['Commande', DocumentType::ORDER],
            'bon de commande' => ['bon de commande', DocumentType::ORDER],
            'bon de livraison' => ['Bon de livraison', DocumentType::DELIVERY],
            'underscores' => ['bon_de_livraison', DocumentType::DELIVERY],
            'BL' => ['BL', DocumentType::DELIVERY],
            'facture with spaces' => ['  Facture ', DocumentType::INVOICE],
            'avoir' => ['avoir', DocumentType::CREDIT_NOTE],
            'facture d\'avoir accents' => ['Facture d\'avoir', DocumentType::CREDIT_NOTE],
            'note de crédit accent' => ['Note de CRÉDIT', DocumentType::CREDIT_NOTE],
            'unknown' => ['proforma', DocumentType::OTHER],
            'empty' => ['', DocumentType::OTHER],
            'injection text' => ['../facture', DocumentType::OTHER],
        ];
    }
}
