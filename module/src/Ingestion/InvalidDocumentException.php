<?php

declare(strict_types=1);

namespace Ebpdocuments\Ingestion;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A document refused at the door: a stable code, the field at fault, a short French message for the EBP user (shown by
 * E-connecteur), an English one (API) and the HTTP status (422, or 413 when too large). Nothing is stored.
 */
final class InvalidDocumentException extends \RuntimeException
{
    /** code => [field, HTTP status, French message, English message] */
    const ERRORS = [
        'pdf_missing' => ['pdf', 422, 'Le PDF du document est absent.', 'The PDF is missing.'],
        'pdf_not_base64' => ['pdf', 422, 'Le PDF n\'est pas encodé en base64 valide.', 'The PDF is not valid base64.'],
        'pdf_not_pdf' => ['pdf', 422, 'Le fichier envoyé n\'est pas un PDF (il doit commencer par %PDF-).', 'The file is not a PDF (it must start with %PDF-).'],
        'pdf_truncated' => ['pdf', 422, 'Le PDF est incomplet (marque de fin %%EOF absente) : renvoyez le document.', 'The PDF is truncated (no %%EOF marker): send it again.'],
        'pdf_too_large' => ['pdf', 413, 'Le PDF dépasse la taille maximale acceptée par le site.', 'The PDF exceeds the maximum size accepted by the shop.'],
        'pdf_active_content' => ['pdf', 422, 'Le PDF contient du contenu actif (JavaScript, fichier joint ou action) refusé par le site.', 'The PDF contains active content (JavaScript, embedded file or launch action), which is refused.'],
        'pdf_uncheckable' => ['pdf', 422, 'Le PDF contient des objets compressés que le site ne peut pas vérifier (flux d\'objets) : exportez-le sans compression des objets.', 'The PDF holds compressed objects the shop cannot check (object stream): export it without object compression.'],
        'email_invalid' => ['email', 422, 'L\'adresse e-mail de facturation est trop longue ou contient des caractères interdits.', 'The billing e-mail is too long or contains forbidden characters.'],
        'reference_missing' => ['reference', 422, 'Le numéro du document (reference) est absent.', 'The document number (reference) is missing.'],
        'reference_invalid' => ['reference', 422, 'Le numéro du document (reference) doit faire 1 à 64 caractères : lettres, chiffres, espace, - _ . / #.', 'The document number (reference) must be 1 to 64 characters: letters, digits, space, - _ . / #.'],
        'type_missing' => ['type', 422, 'Le type du document (devis, commande, facture…) est absent.', 'The document type (quote, order, invoice…) is missing.'],
        'type_invalid' => ['type', 422, 'Le type du document doit faire au plus 64 caractères lisibles.', 'The document type must be at most 64 printable characters.'],
        'date_invalid' => ['date', 422, 'La date du document doit être au format AAAA-MM-JJ.', 'The document date must be an ISO date (YYYY-MM-DD).'],
        'amount_invalid' => ['total', 422, 'Le montant doit être un nombre décimal (ex. 120.50).', 'The amount must be a decimal number (e.g. 120.50).'],
        'currency_invalid' => ['currency', 422, 'La devise doit être un code ISO 4217 de 3 lettres (ex. EUR).', 'The currency must be a 3-letter ISO 4217 code (e.g. EUR).'],
        'oid_invalid' => ['oid', 422, 'Le numéro de commande web (oid) doit faire au plus 64 caractères lisibles.', 'The web order number (oid) must be at most 64 printable characters.'],
        'customer_code_invalid' => ['customer_code', 422, 'Le code client EBP doit faire 1 à 64 caractères : lettres, chiffres, espace, - _ . / #.', 'The EBP customer code must be 1 to 64 characters: letters, digits, space, - _ . / #.'],
        'field_not_text' => ['', 422, 'Un champ du formulaire n\'est pas un texte simple.', 'A field is not a plain string.'],
        'encoding_invalid' => ['', 422, 'Un champ n\'est pas encodé en UTF-8 valide.', 'A field is not valid UTF-8.'],
    ];

    /** @var string */
    private $errorCode;
    /** @var string */
    private $field;
    /** @var int */
    private $httpStatus;
    /** @var string */
    private $frenchMessage;

    private function __construct(string $errorCode, string $field, int $httpStatus, string $frenchMessage, string $englishMessage)
    {
        parent::__construct($englishMessage);
        $this->errorCode = $errorCode;
        $this->field = $field;
        $this->httpStatus = $httpStatus;
        $this->frenchMessage = $frenchMessage;
    }

    /**
     * @param string|null $field overrides the default field (e.g. "total_tax_incl" for amount_invalid)
     */
    public static function because(string $errorCode, ?string $field = null): self
    {
        if (!isset(self::ERRORS[$errorCode])) {
            throw new \InvalidArgumentException('Unknown document error ' . $errorCode);
        }
        list($defaultField, $status, $french, $english) = self::ERRORS[$errorCode];

        return new self($errorCode, $field !== null ? $field : $defaultField, $status, $french, $english);
    }

    /** Stable machine code, e.g. "pdf_not_base64". */
    public function errorCode(): string
    {
        return $this->errorCode;
    }

    /** The request field at fault ("pdf", "email", "reference"…). */
    public function field(): string
    {
        return $this->field;
    }

    public function httpStatus(): int
    {
        return $this->httpStatus;
    }

    public function frenchMessage(): string
    {
        return $this->frenchMessage;
    }

    public function englishMessage(): string
    {
        return $this->getMessage();
    }
}
