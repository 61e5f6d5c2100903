<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * API metadata names ↔ the document validator's names. The API speaks of "number" and "order_reference" where the
 * E-connecteur form (and the validator) say "reference" and "oid".
 */
final class ApiFields
{
    /** API name => validator name */
    const TO_VALIDATOR = [
        'type' => 'type',
        'number' => 'reference',
        'date' => 'date',
        'email' => 'email',
        'customer_code' => 'customer_code',
        'order_reference' => 'oid',
        'total_tax_excl' => 'total_tax_excl',
        'total_tax_incl' => 'total_tax_incl',
        'currency' => 'currency',
    ];

    /**
     * The metadata of one document, as strings under the validator's names. Numbers are accepted for amounts
     * (JSON batch); arrays and objects are refused with the field named.
     *
     * @param array<string, mixed> $input
     *
     * @return array<string, string>
     */
    public static function toValidator(array $input): array
    {
        $fields = [];
        foreach (self::TO_VALIDATOR as $apiName => $validatorName) {
            if (!array_key_exists($apiName, $input) || $input[$apiName] === null) {
                continue;
            }
            $value = $input[$apiName];
            if (is_int($value) || is_float($value)) {
                $value = (string) $value;
            }
            if (!is_string($value)) {
                continue;
            }
            $fields[$validatorName] = $value;
        }

        return $fields;
    }

    /**
     * Refuses a field sent as an array or object (metadata[]=…).
     *
     * @param array<string, mixed> $input
     */
    public static function assertScalars(array $input): void
    {
        foreach (array_keys(self::TO_VALIDATOR) as $apiName) {
            if (array_key_exists($apiName, $input) && $input[$apiName] !== null && !is_scalar($input[$apiName])) {
                throw Refusal::badRequest('Field %field% must be a single value.', $apiName, 'field_not_single', ['%field%' => $apiName]);
            }
        }
    }

    /**
     * shop_id is optional and, when given, must be the shop the request reached.
     *
     * @param array<string, mixed> $input
     */
    public static function assertShop(array $input, int $shopId): void
    {
        if (!array_key_exists('shop_id', $input) || $input['shop_id'] === null || $input['shop_id'] === '') {
            return;
        }
        $value = $input['shop_id'];
        if (!(is_int($value) || (is_string($value) && ctype_digit($value))) || (int) $value !== $shopId) {
            throw Refusal::validation('shop_id', 'shop_id must be the id of the shop this URL belongs to (%shop%), or be left out.', ['%shop%' => $shopId], 'shop_mismatch');
        }
    }

    /** A validator error with the field under its API name. */
    public static function apiField(string $validatorField): string
    {
        $names = array_flip(self::TO_VALIDATOR);

        return isset($names[$validatorField]) ? $names[$validatorField] : $validatorField;
    }

    public static function renamed(Refusal $error): Refusal
    {
        return $error->withField($error->field() === null ? null : self::apiField($error->field()));
    }
}
