<?php

declare(strict_types=1);

namespace Ebpdocuments\Api;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;
use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Ingestion\IngestionResult;
use Ebpdocuments\Storage\TempFile;

/**
 * What both doors do with one document: validate the metadata, write the PDF to a temp file (decoded and capped),
 * ingest it. Whatever fails, the temp file is discarded: nothing is stored on an error.
 */
final class DocumentIntake
{
    /** @var Application */
    private $app;

    public function __construct(Application $app)
    {
        $this->app = $app;
    }

    /**
     * @param array<string, string> $fields metadata under the validator's names (type, reference, email, oid, date,
     *                                      customer_code, total_tax_excl, total_tax_incl, currency)
     */
    public function fromBase64(array $fields, string $base64Pdf, string $source, AuthenticatedClient $client): IngestionResult
    {
        $document = $this->app->documentValidator()->fromFields($fields, $this->app->shopId(), $source, $client->apiKeyId(), $client->label());
        $temp = $this->app->storage()->writeTempFromBase64($base64Pdf, $this->maxPdfBytes());

        return $this->ingest($document, $temp);
    }

    /**
     * @param array<string, string> $fields
     */
    public function fromUploadedFile(array $fields, string $uploadedPath, string $source, AuthenticatedClient $client): IngestionResult
    {
        $document = $this->app->documentValidator()->fromFields($fields, $this->app->shopId(), $source, $client->apiKeyId(), $client->label());
        $temp = $this->app->storage()->writeTempFromFile($uploadedPath, $this->maxPdfBytes());

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
        $document = $this->app->documentValidator()->fromFields($fields, $shopId, 'manual', null, $label);
        $temp = $this->app->storage()->writeTempFromFile($uploadedPath, $this->maxPdfBytes());

        return $this->ingest($document, $temp);
    }

    /**
     * @param \Ebpdocuments\Ingestion\IncomingDocument $document
     */
    private function ingest($document, TempFile $temp): IngestionResult
    {
        try {
            return $this->app->ingestion()->ingest($document, $temp);
        } finally {
            // After a successful ingestion the temp file was renamed (or dropped as a replay): nothing left to remove.
            $this->app->storage()->discard($temp);
        }
    }

    private function maxPdfBytes(): int
    {
        return $this->app->uploadLimits()->maxPdfBytes();
    }
}
