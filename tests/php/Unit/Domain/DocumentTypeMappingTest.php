<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Domain;

use Ebpdocuments\Kernel\Domain\DocumentType;
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
            'devis' => ['devis', 'quote'],
            'DEVIS upper' => ['DEVIS', 'quote'],
            'commande' => ['Commande', 'order'],
            'bon de commande' => ['bon de commande', 'order'],
            'bon de livraison' => ['Bon de livraison', 'delivery'],
            'underscores' => ['bon_de_livraison', 'delivery'],
            'BL' => ['BL', 'delivery'],
            'facture with spaces' => ['  Facture ', 'invoice'],
            'avoir' => ['avoir', 'credit_note'],
            'facture d\'avoir accents' => ['Facture d\'avoir', 'credit_note'],
            'note de crédit accent' => ['Note de CRÉDIT', 'credit_note'],
            'unknown' => ['proforma', DocumentType::OTHER],
            'empty' => ['', DocumentType::OTHER],
            'injection text' => ['../facture', DocumentType::OTHER],
        ];
    }
}
