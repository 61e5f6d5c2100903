<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Refusal;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The refusals of a document's content (metadata or PDF), shared by every way in (E-connecteur, API v1, the back
 * office's upload and import): a stable code, the field at fault, the HTTP status (422, or 413 when too large) and
 * the message id. Nothing is stored when one is thrown.
 */
final class DocumentRefusals
{
    /** code => [field, HTTP status, message id] */
    const ERRORS = [
        'pdf_missing' => ['pdf', 422, 'The PDF is missing.'],
        'pdf_not_base64' => ['pdf', 422, 'The PDF is not valid base64.'],
        'pdf_not_pdf' => ['pdf', 422, 'The file is not a PDF (it must start with %PDF-).'],
        'pdf_truncated' => ['pdf', 422, 'The PDF is truncated (no %%EOF marker): send it again.'],
        'pdf_too_large' => ['pdf', 413, 'The PDF exceeds the maximum size accepted by the shop.'],
        'pdf_active_content' => ['pdf', 422, 'The PDF contains active content (JavaScript, embedded file or launch action), which is refused.'],
        'pdf_uncheckable' => ['pdf', 422, 'The PDF holds compressed objects the shop cannot check (object stream): export it without object compression.'],
        'email_invalid' => ['email', 422, 'The billing e-mail is too long or contains forbidden characters.'],
        'reference_missing' => ['reference', 422, 'The document number (reference) is missing.'],
        'reference_invalid' => ['reference', 422, 'The document number (reference) must be 1 to 64 characters: letters, digits, space, - _ . / #.'],
        'type_missing' => ['type', 422, 'The document type (quote, order, invoice…) is missing.'],
        'type_invalid' => ['type', 422, 'The document type must be at most 64 printable characters.'],
        'date_invalid' => ['date', 422, 'The document date must be an ISO date (YYYY-MM-DD).'],
        'amount_invalid' => ['total', 422, 'The amount must be a decimal number (e.g. 120.50).'],
        'currency_invalid' => ['currency', 422, 'The currency must be a 3-letter ISO 4217 code (e.g. EUR).'],
        'oid_invalid' => ['oid', 422, 'The web order number (oid) must be at most 64 printable characters.'],
        'customer_code_invalid' => ['customer_code', 422, 'The EBP customer code must be 1 to 64 characters: letters, digits, space, - _ . / #.'],
        'field_not_text' => ['', 422, 'A field is not a plain string.'],
        'encoding_invalid' => ['', 422, 'A field is not valid UTF-8.'],
    ];

    /**
     * @param string|null $field overrides the default field (e.g. "total_tax_incl" for amount_invalid)
     */
    public static function because(string $errorCode, ?string $field = null): Refusal
    {
        if (!isset(self::ERRORS[$errorCode])) {
            throw new \InvalidArgumentException('Unknown document error ' . $errorCode);
        }
        list($defaultField, $status, $messageId) = self::ERRORS[$errorCode];
        $field = $field !== null ? $field : $defaultField;

        return new Refusal($status, $errorCode, $messageId, $field !== '' ? $field : null);
    }

    /** Whether a refusal is one of these (the document's content was refused, not the request). */
    public static function isDocumentRefusal(Refusal $refusal): bool
    {
        return isset(self::ERRORS[$refusal->errorCode()]);
    }
}
