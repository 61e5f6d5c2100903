<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Import;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Which CSV column feeds which field of the ingestion (DocumentValidator's names). guess() reads the usual names of
 * EBP's French exports (and English ones); the merchant can change any choice. Values are converted from French
 * conventions on the way: dd/mm/yyyy dates, decimal commas, spaces as thousands separators.
 */
final class ColumnMapping
{
    /** field => normalized column names, best first */
    const NAMES = [
        'reference' => ['n document', 'no document', 'numero document', 'numero de document', 'n piece', 'no piece', 'numero piece', 'numero de piece', 'numero', 'n', 'no', 'num', 'document number', 'number', 'reference', 'document'],
        'type' => ['type de document', 'type document', 'type de piece', 'type piece', 'type', 'nature', 'document type'],
        'date' => ['date document', 'date du document', 'date de document', 'date piece', 'date de la piece', 'date', 'document date'],
        'email' => ['e mail de facturation', 'email de facturation', 'e mail facturation', 'email facturation', 'adresse e mail', 'adresse email', 'e mail', 'email', 'mail', 'courriel', 'billing e mail', 'billing email'],
        'customer_code' => ['code client', 'code du client', 'code tiers', 'client code', 'customer code', 'client'],
        'total_tax_excl' => ['total ht', 'montant ht', 'total hors taxes', 'montant hors taxes', 'ht', 'total tax excl', 'total excl tax'],
        'total_tax_incl' => ['total ttc', 'montant ttc', 'total toutes taxes comprises', 'net a payer', 'ttc', 'total tax incl', 'total incl tax'],
        'oid' => ['commande web', 'n commande web', 'numero commande web', 'reference commande', 'order reference', 'oid'],
        'currency' => ['devise', 'code devise', 'currency'],
    ];

    /**
     * @param string[] $header
     *
     * @return array<string, string|null> field => column name (null = none)
     */
    public static function guess(array $header): array
    {
        $normalized = [];
        foreach ($header as $index => $name) {
            $normalized[$index] = self::normalize($name);
        }
        $taken = [];
        $mapping = [];
        foreach (self::NAMES as $field => $names) {
            $mapping[$field] = null;
            foreach ($names as $candidate) {
                foreach ($normalized as $index => $name) {
                    if (!isset($taken[$index]) && $name === $candidate) {
                        $mapping[$field] = $header[$index];
                        $taken[$index] = true;
                        break 2;
                    }
                }
            }
        }
        // Second pass: a column whose name starts with a known name ("Total TTC (EUR)").
        foreach (self::NAMES as $field => $names) {
            if ($mapping[$field] !== null) {
                continue;
            }
            foreach ($names as $candidate) {
                if (strlen($candidate) < 4) {
                    continue;
                }
                foreach ($normalized as $index => $name) {
                    if (!isset($taken[$index]) && strpos($name, $candidate) === 0) {
                        $mapping[$field] = $header[$index];
                        $taken[$index] = true;
                        break 2;
                    }
                }
            }
        }

        return $mapping;
    }

    /**
     * The validator's fields of one CSV row.
     *
     * @param array<string, string|null> $mapping
     * @param string[] $header
     * @param string[] $cells
     *
     * @return array<string, string>
     */
    public static function fields(array $mapping, array $header, array $cells): array
    {
        $positions = array_flip($header);
        $fields = [];
        foreach ($mapping as $field => $column) {
            if ($column === null || !isset($positions[$column]) || !isset($cells[$positions[$column]])) {
                continue;
            }
            $value = $cells[$positions[$column]];
            if ($field === 'date') {
                $value = self::date($value);
            } elseif ($field === 'total_tax_excl' || $field === 'total_tax_incl') {
                $value = self::amount($value);
            }
            $fields[$field] = $value;
        }

        return $fields;
    }

    /** "31/01/2024" (or "31/01/24", "31-01-2024", "31.01.2024") → "2024-01-31"; anything else unchanged. */
    public static function date(string $value): string
    {
        $value = trim($value);
        if (preg_match('#^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s.*)?$#', $value, $parts) === 1) {
            $year = strlen($parts[3]) === 2 ? 2000 + (int) $parts[3] : (int) $parts[3];

            return sprintf('%04d-%02d-%02d', $year, (int) $parts[2], (int) $parts[1]);
        }

        return $value;
    }

    /** "1 234,56" / "1.234,56" / "1234,56 €" → "1234.56"; anything unreadable unchanged (the validator refuses it). */
    public static function amount(string $value): string
    {
        $clean = (string) preg_replace('/[\s\x{00A0}\x{202F}€]+/u', '', $value);
        if (strpos($clean, ',') !== false) {
            $clean = str_replace(['.', ','], ['', '.'], $clean);
        }

        return preg_match('/^-?\d+(\.\d+)?$/', $clean) === 1 ? $clean : trim($value);
    }

    public static function normalize(string $name): string
    {
        $name = mb_strtolower(trim($name), 'UTF-8');
        $name = strtr($name, ['é' => 'e', 'è' => 'e', 'ê' => 'e', 'ë' => 'e', 'à' => 'a', 'â' => 'a', 'ç' => 'c', 'î' => 'i', 'ï' => 'i', 'ô' => 'o', 'û' => 'u', 'ù' => 'u', '°' => ' ', 'º' => ' ']);

        return trim((string) preg_replace('/[^a-z0-9]+/', ' ', $name));
    }
}
