<?php

declare(strict_types=1);

namespace Ebpdocuments\Domain;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The kinds of EBP sales documents. E-connecteur sends the type as free French text ("devis, commande, facture, etc."),
 * so we map words, never EBP's numeric codes, and keep the raw value beside the code.
 */
final class DocumentType
{
    const QUOTE = 'quote';
    const ORDER = 'order';
    const DELIVERY = 'delivery';
    const INVOICE = 'invoice';
    const CREDIT_NOTE = 'credit_note';
    const OTHER = 'other';

    /** Words (lower case, accents removed, single spaces) and the code they mean. Longest phrases first. */
    const SYNONYMS = [
        'bon de livraison' => self::DELIVERY,
        'bons de livraison' => self::DELIVERY,
        'bon de commande' => self::ORDER,
        'bons de commande' => self::ORDER,
        'facture d avoir' => self::CREDIT_NOTE,
        'note de credit' => self::CREDIT_NOTE,
        'credit note' => self::CREDIT_NOTE,
        'delivery note' => self::DELIVERY,
        'devis' => self::QUOTE,
        'quote' => self::QUOTE,
        'quotation' => self::QUOTE,
        'commande' => self::ORDER,
        'commandes' => self::ORDER,
        'order' => self::ORDER,
        'livraison' => self::DELIVERY,
        'bl' => self::DELIVERY,
        'delivery' => self::DELIVERY,
        'facture' => self::INVOICE,
        'factures' => self::INVOICE,
        'invoice' => self::INVOICE,
        'avoir' => self::CREDIT_NOTE,
        'avoirs' => self::CREDIT_NOTE,
        'credit_note' => self::CREDIT_NOTE,
        'other' => self::OTHER,
        'autre' => self::OTHER,
    ];

    /**
     * @return string[]
     */
    public static function all(): array
    {
        return [self::QUOTE, self::ORDER, self::DELIVERY, self::INVOICE, self::CREDIT_NOTE, self::OTHER];
    }

    public static function isValid(string $code): bool
    {
        return in_array($code, self::all(), true);
    }

    /**
     * Maps a free-text type ("Facture", "BON DE LIVRAISON", "bon_de_livraison", "Avoir ") to its code;
     * anything unknown is OTHER, never an error.
     */
    public static function fromText(string $raw): string
    {
        $words = self::simplify($raw);
        if ($words === '') {
            return self::OTHER;
        }
        if (isset(self::SYNONYMS[$words])) {
            return self::SYNONYMS[$words];
        }

        return self::OTHER;
    }

    /**
     * Lower case, accents folded, separators ("_", "-", "'", ".") as spaces, spaces collapsed.
     */
    private static function simplify(string $raw): string
    {
        $text = mb_strtolower(trim($raw), 'UTF-8');
        $text = strtr($text, [
            'à' => 'a', 'â' => 'a', 'ä' => 'a', 'é' => 'e', 'è' => 'e', 'ê' => 'e', 'ë' => 'e',
            'î' => 'i', 'ï' => 'i', 'ô' => 'o', 'ö' => 'o', 'ù' => 'u', 'û' => 'u', 'ü' => 'u', 'ç' => 'c',
        ]);
        $text = (string) preg_replace('/[\s_\-\'’.]+/u', ' ', $text);

        return trim($text);
    }
}
