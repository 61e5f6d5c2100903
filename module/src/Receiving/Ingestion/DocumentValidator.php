<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Ingestion;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Matching\EmailNormalizer;

/**
 * Validates the metadata of a document the same way for both doors. Field names (strings, absent = not given):
 * email, type, reference, oid, date, total_tax_excl, total_tax_incl, currency, customer_code. Other keys (key, pdf…)
 * are ignored here.
 *
 * An e-mail that is merely not a valid address is accepted and the document waiting (INVALID_EMAIL): E-connecteur
 * only counts HTTP 200, so refusing would make it re-send the document at every synchronisation for 15 days and the
 * merchant could never assign it by hand. Only an e-mail that cannot be stored as is (too long, CR/LF/NUL) is refused.
 */
final class DocumentValidator
{
    const SOURCES = ['econnecteur', 'api', 'manual', 'import'];
    /** Letters (any script), digits, space and - _ . / # */
    const SAFE_TEXT = '~^[\p{L}\p{N} _./#-]{1,64}$~u';

    /** @var EmailNormalizer */
    private $normalizer;

    public function __construct(EmailNormalizer $normalizer)
    {
        $this->normalizer = $normalizer;
    }

    /**
     * @param array<string, mixed> $fields
     *
     * @throws Refusal
     */
    public function fromFields(array $fields, int $shopId, string $source, ?int $apiKeyId, string $keyLabel): IncomingDocument
    {
        if (!in_array($source, self::SOURCES, true)) {
            throw new \InvalidArgumentException('Unknown source ' . $source);
        }
        $reference = self::trimmed($this->text($fields, 'reference'));
        if ($reference === '') {
            throw DocumentRefusals::because('reference_missing');
        }
        if (preg_match(self::SAFE_TEXT, $reference) !== 1 || strpos($reference, '..') !== false) {
            throw DocumentRefusals::because('reference_invalid');
        }
        $typeRaw = self::trimmed($this->text($fields, 'type'));
        if ($typeRaw === '') {
            throw DocumentRefusals::because('type_missing');
        }
        if (mb_strlen($typeRaw, 'UTF-8') > 64 || $this->hasControl($typeRaw)) {
            throw DocumentRefusals::because('type_invalid');
        }
        $email = self::trimmed($this->text($fields, 'email'));
        if (strlen($email) > EmailNormalizer::MAX_LENGTH || $this->hasControl($email)) {
            throw DocumentRefusals::because('email_invalid');
        }
        $normalized = $this->normalizer->normalize($email);

        return new IncomingDocument(
            $shopId,
            DocumentType::fromText($typeRaw),
            $typeRaw,
            $reference,
            $email,
            $normalized === null ? '' : $normalized,
            [
                'orderRef' => $this->orderRef($fields),
                'documentDate' => $this->date($fields),
                'totalTaxExcl' => $this->amount($fields, 'total_tax_excl'),
                'totalTaxIncl' => $this->amount($fields, 'total_tax_incl'),
                'currency' => $this->currency($fields),
                'customerCode' => $this->customerCode($fields),
            ],
            $source,
            $apiKeyId,
            mb_substr($keyLabel, 0, 64, 'UTF-8')
        );
    }

    /**
     * @param array<string, mixed> $fields
     */
    private function text(array $fields, string $name): string
    {
        if (!array_key_exists($name, $fields) || $fields[$name] === null) {
            return '';
        }
        if (!is_string($fields[$name])) {
            throw DocumentRefusals::because('field_not_text', $name);
        }
        if (!mb_check_encoding($fields[$name], 'UTF-8')) {
            throw DocumentRefusals::because('encoding_invalid', $name);
        }

        return $fields[$name];
    }

    /** Trims blanks but never NUL, which must reach the checks and be refused. */
    private static function trimmed(string $value): string
    {
        return trim($value, " \t\n\r\x0B");
    }

    private function hasControl(string $value): bool
    {
        return preg_match('/[\x00-\x1F\x7F]/', $value) === 1;
    }

    /**
     * @param array<string, mixed> $fields
     */
    private function orderRef(array $fields): ?string
    {
        $oid = self::trimmed($this->text($fields, 'oid'));
        if ($oid === '') {
            return null;
        }
        if (mb_strlen($oid, 'UTF-8') > 64 || $this->hasControl($oid)) {
            throw DocumentRefusals::because('oid_invalid');
        }

        return $oid;
    }

    /**
     * @param array<string, mixed> $fields
     */
    private function date(array $fields): ?string
    {
        $date = self::trimmed($this->text($fields, 'date'));
        if ($date === '') {
            return null;
        }
        if (preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $date, $parts) !== 1
            || !checkdate((int) $parts[2], (int) $parts[3], (int) $parts[1]) || (int) $parts[1] < 1900) {
            throw DocumentRefusals::because('date_invalid');
        }

        return $date;
    }

    /**
     * @param array<string, mixed> $fields
     */
    private function amount(array $fields, string $name): ?string
    {
        $amount = self::trimmed($this->text($fields, $name));
        if ($amount === '') {
            return null;
        }
        // DECIMAL(20,6): up to 14 integer digits, up to 6 decimals; a comma is accepted as the decimal separator.
        $amount = str_replace(',', '.', $amount);
        if (preg_match('/^-?\d{1,14}(\.\d{1,6})?$/', $amount) !== 1) {
            throw DocumentRefusals::because('amount_invalid', $name);
        }

        return $amount;
    }

    /**
     * @param array<string, mixed> $fields
     */
    private function currency(array $fields): ?string
    {
        $currency = self::trimmed($this->text($fields, 'currency'));
        if ($currency === '') {
            return null;
        }
        if (preg_match('/^[A-Za-z]{3}$/', $currency) !== 1) {
            throw DocumentRefusals::because('currency_invalid');
        }

        return strtoupper($currency);
    }

    /**
     * @param array<string, mixed> $fields
     */
    private function customerCode(array $fields): ?string
    {
        $code = self::trimmed($this->text($fields, 'customer_code'));
        if ($code === '') {
            return null;
        }
        if (preg_match(self::SAFE_TEXT, $code) !== 1) {
            throw DocumentRefusals::because('customer_code_invalid');
        }

        return $code;
    }
}
