<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\UploadLimits;
use Ebpdocuments\Receiving\Auth\AuthenticatedClient;
use Ebpdocuments\Receiving\Ingestion\DocumentValidator;
use Ebpdocuments\Receiving\Ingestion\IngestionResult;
use Ebpdocuments\Receiving\Ingestion\IngestionService;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\TempFile;

/**
 * What both doors do with one document: validate the metadata, write the PDF to a temp file (decoded and capped),
 * ingest it. Whatever fails, the temp file is discarded: nothing is stored on an error.
 */
final class DocumentIntake
{
    /** @var DocumentValidator */
    private $validator;
    /** @var DocumentStorage */
    private $storage;
    /** @var IngestionService */
    private $ingestion;
    /** @var UploadLimits */
    private $limits;
    /** @var int */
    private $shopId;

    public function __construct(DocumentValidator $validator, DocumentStorage $storage, IngestionService $ingestion, UploadLimits $limits, int $shopId)
    {
        $this->validator = $validator;
        $this->storage = $storage;
        $this->ingestion = $ingestion;
        $this->limits = $limits;
        $this->shopId = $shopId;
    }

    /**
     * @param array<string, string> $fields metadata under the validator's names (type, reference, email, oid, date,
     *                                      customer_code, total_tax_excl, total_tax_incl, currency)
     */
    public function fromBase64(array $fields, string $base64Pdf, string $source, AuthenticatedClient $client): IngestionResult
    {
        $document = $this->validator->fromFields($fields, $this->shopId, $source, $client->apiKeyId(), $client->label());
        $temp = $this->storage->writeTempFromBase64($base64Pdf, $this->maxPdfBytes());

        return $this->ingest($document, $temp);
    }

    /**
     * @param array<string, string> $fields
     */
    public function fromUploadedFile(array $fields, string $uploadedPath, string $source, AuthenticatedClient $client): IngestionResult
    {
        $document = $this->validator->fromFields($fields, $this->shopId, $source, $client->apiKeyId(), $client->label());
        $temp = $this->storage->writeTempFromFile($uploadedPath, $this->maxPdfBytes());

        return $this->ingest($document, $temp);
    }

    /**
     * A PDF an employee uploads from the back office (source `manual`): the same validation, size limit, ingestion
     * and event log as the connectors, for the shop of the customer or order it is uploaded for.
     *
     * @param array<string, string|null> $fields
     */
    public function fromBackOffice(array $fields, string $uploadedPath, int $shopId, string $label): IngestionResult
    {
        $document = $this->validator->fromFields($fields, $shopId, 'manual', null, $label);
        $temp = $this->storage->writeTempFromFile($uploadedPath, $this->maxPdfBytes());

        return $this->ingest($document, $temp);
    }

    /**
     * @param \Ebpdocuments\Receiving\Ingestion\IncomingDocument $document
     */
    private function ingest($document, TempFile $temp): IngestionResult
    {
        try {
            return $this->ingestion->ingest($document, $temp);
        } finally {
            // After a successful ingestion the temp file was renamed (or dropped as a replay): nothing left to remove.
            $this->storage->discard($temp);
        }
    }

    private function maxPdfBytes(): int
    {
        return $this->limits->maxPdfBytes();
    }
}
