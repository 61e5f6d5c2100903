<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Ingestion;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The validated metadata of one received document (DocumentValidator builds it; the PDF travels as a TempFile).
 */
final class IncomingDocument
{
    /** @var int */
    private $shopId;
    /** @var string DocumentType code */
    private $type;
    /** @var string */
    private $typeRaw;
    /** @var string */
    private $reference;
    /** @var string trimmed, possibly empty or invalid */
    private $billingEmail;
    /** @var string normalized e-mail, '' when missing or invalid */
    private $emailNormalized;
    /** @var string|null */
    private $orderRef;
    /** @var string|null Y-m-d */
    private $documentDate;
    /** @var string|null */
    private $totalTaxExcl;
    /** @var string|null */
    private $totalTaxIncl;
    /** @var string|null */
    private $currency;
    /** @var string|null */
    private $customerCode;
    /** @var string econnecteur|api|manual */
    private $source;
    /** @var int|null */
    private $apiKeyId;
    /** @var string */
    private $keyLabel;

    /**
     * @param array{orderRef?: ?string, documentDate?: ?string, totalTaxExcl?: ?string, totalTaxIncl?: ?string, currency?: ?string, customerCode?: ?string} $optional
     */
    public function __construct(
        int $shopId,
        string $type,
        string $typeRaw,
        string $reference,
        string $billingEmail,
        string $emailNormalized,
        array $optional,
        string $source,
        ?int $apiKeyId,
        string $keyLabel
    ) {
        $this->shopId = $shopId;
        $this->type = $type;
        $this->typeRaw = $typeRaw;
        $this->reference = $reference;
        $this->billingEmail = $billingEmail;
        $this->emailNormalized = $emailNormalized;
        $this->orderRef = isset($optional['orderRef']) ? $optional['orderRef'] : null;
        $this->documentDate = isset($optional['documentDate']) ? $optional['documentDate'] : null;
        $this->totalTaxExcl = isset($optional['totalTaxExcl']) ? $optional['totalTaxExcl'] : null;
        $this->totalTaxIncl = isset($optional['totalTaxIncl']) ? $optional['totalTaxIncl'] : null;
        $this->currency = isset($optional['currency']) ? $optional['currency'] : null;
        $this->customerCode = isset($optional['customerCode']) ? $optional['customerCode'] : null;
        $this->source = $source;
        $this->apiKeyId = $apiKeyId;
        $this->keyLabel = $keyLabel;
    }

    public function shopId(): int
    {
        return $this->shopId;
    }

    public function type(): string
    {
        return $this->type;
    }

    public function typeRaw(): string
    {
        return $this->typeRaw;
    }

    public function reference(): string
    {
        return $this->reference;
    }

    public function billingEmail(): string
    {
        return $this->billingEmail;
    }

    public function emailNormalized(): string
    {
        return $this->emailNormalized;
    }

    public function orderRef(): ?string
    {
        return $this->orderRef;
    }

    public function documentDate(): ?string
    {
        return $this->documentDate;
    }

    public function totalTaxExcl(): ?string
    {
        return $this->totalTaxExcl;
    }

    public function totalTaxIncl(): ?string
    {
        return $this->totalTaxIncl;
    }

    public function currency(): ?string
    {
        return $this->currency;
    }

    public function customerCode(): ?string
    {
        return $this->customerCode;
    }

    public function source(): string
    {
        return $this->source;
    }

    public function apiKeyId(): ?int
    {
        return $this->apiKeyId;
    }

    public function keyLabel(): string
    {
        return $this->keyLabel;
    }
}
