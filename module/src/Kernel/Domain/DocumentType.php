<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Domain;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The kinds of EBP sales documents, read from document-types.json beside this file: the one place a type is
 * defined (code, labels, the words EBP and E-connecteur use, visible by default). E-connecteur sends the type as
 * free French text ("devis, commande, facture, etc."), so we map words, never EBP's numeric codes, and keep the raw
 * value beside the code.
 */
final class DocumentType
{
    /** What any unknown type becomes: never an error. document-types.json must hold it. */
    const OTHER = 'other';

    const DATA_FILE = 'document-types.json';

    /** @var array<string, array{code: string, label: string, customerLabel: string, answerLabel: string, words: string[], visibleByDefault: bool}>|null */
    private static $types;

    /** @var array<string, string>|null simplified word => code */
    private static $words;

    /**
     * Every type, by code, in the order lists show them.
     *
     * @return array<string, array{code: string, label: string, customerLabel: string, answerLabel: string, words: string[], visibleByDefault: bool}>
     */
    public static function table(): array
    {
        if (self::$types === null) {
            self::$types = self::load(__DIR__ . '/' . self::DATA_FILE);
        }

        return self::$types;
    }

    /**
     * @return string[]
     */
    public static function all(): array
    {
        return array_keys(self::table());
    }

    public static function isValid(string $code): bool
    {
        return isset(self::table()[$code]);
    }

    /** English label of the back office (translated in the domain Modules.Ebpdocuments.Admin). */
    public static function label(string $code): string
    {
        return self::entry($code)['label'];
    }

    /** English label the customer sees (translated in the domain Modules.Ebpdocuments.Shop). */
    public static function customerLabel(string $code): string
    {
        return self::entry($code)['customerLabel'];
    }

    /** The French word of the E-connecteur door's answer ("Document FA-1 (facture) enregistré…"). */
    public static function answerLabel(string $code): string
    {
        return self::entry($code)['answerLabel'];
    }

    /**
     * Types shown to customers until the merchant decides otherwise.
     *
     * @return string[]
     */
    public static function visibleByDefault(): array
    {
        return array_keys(array_filter(self::table(), function (array $type): bool {
            return $type['visibleByDefault'];
        }));
    }

    /**
     * Maps a free-text type ("Facture", "BON DE LIVRAISON", "bon_de_livraison", "Avoir ") to its code;
     * anything unknown is OTHER, never an error.
     */
    public static function fromText(string $raw): string
    {
        if (self::$words === null) {
            self::$words = [];
            foreach (self::table() as $code => $type) {
                foreach (array_merge([$code], $type['words']) as $word) {
                    self::$words[self::simplify($word)] = $code;
                }
            }
        }
        $words = self::simplify($raw);

        return isset(self::$words[$words]) ? self::$words[$words] : self::OTHER;
    }

    /**
     * Lower case, accents folded, separators ("_", "-", "'", ".") as spaces, spaces collapsed.
     */
    public static function simplify(string $raw): string
    {
        $text = mb_strtolower(trim($raw), 'UTF-8');
        $text = strtr($text, [
            'à' => 'a', 'â' => 'a', 'ä' => 'a', 'é' => 'e', 'è' => 'e', 'ê' => 'e', 'ë' => 'e',
            'î' => 'i', 'ï' => 'i', 'ô' => 'o', 'ö' => 'o', 'ù' => 'u', 'û' => 'u', 'ü' => 'u', 'ç' => 'c',
        ]);
        $text = (string) preg_replace('/[\s_\-\'’.]+/u', ' ', $text);

        return trim($text);
    }

    /**
     * @return array{code: string, label: string, customerLabel: string, answerLabel: string, words: string[], visibleByDefault: bool}
     */
    private static function entry(string $code): array
    {
        $table = self::table();

        return isset($table[$code]) ? $table[$code] : $table[self::OTHER];
    }

    /**
     * Reads and checks the data file; a broken file is a programming error (a test reads it on every run).
     *
     * @return array<string, array{code: string, label: string, customerLabel: string, answerLabel: string, words: string[], visibleByDefault: bool}>
     */
    public static function load(string $file): array
    {
        $data = json_decode((string) @file_get_contents($file), true);
        if (!is_array($data) || !isset($data['types']) || !is_array($data['types'])) {
            throw new \LogicException('Unreadable document types: ' . $file);
        }
        $types = [];
        foreach ($data['types'] as $type) {
            if (!is_array($type)) {
                throw new \LogicException('A document type is not an object in ' . $file);
            }
            foreach (['code', 'label', 'customerLabel', 'answerLabel'] as $field) {
                if (!isset($type[$field]) || !is_string($type[$field]) || $type[$field] === '') {
                    throw new \LogicException('Document type field ' . $field . ' missing in ' . $file);
                }
            }
            if (!isset($type['words']) || !is_array($type['words']) || !isset($type['visibleByDefault']) || !is_bool($type['visibleByDefault'])) {
                throw new \LogicException('Document type ' . $type['code'] . ': words or visibleByDefault missing in ' . $file);
            }
            if (preg_match('/^[a-z][a-z_]{0,15}$/', $type['code']) !== 1 || isset($types[$type['code']])) {
                throw new \LogicException('Document type code ' . $type['code'] . ' is invalid or twice in ' . $file);
            }
            $types[$type['code']] = [
                'code' => $type['code'],
                'label' => $type['label'],
                'customerLabel' => $type['customerLabel'],
                'answerLabel' => $type['answerLabel'],
                'words' => array_values(array_map('strval', $type['words'])),
                'visibleByDefault' => $type['visibleByDefault'],
            ];
        }
        if (!isset($types[self::OTHER])) {
            throw new \LogicException('Document type ' . self::OTHER . ' missing in ' . $file);
        }

        return $types;
    }
}
