<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Api\DocumentIntake;
use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Http\ApiException;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\PayloadTooLargeException;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;
use Ebpdocuments\Http\UnsupportedMediaTypeException;
use Ebpdocuments\Http\UploadedFile;
use Ebpdocuments\Http\ValidationException;
use Ebpdocuments\Ingestion\IngestionResult;
use Ebpdocuments\Ingestion\InvalidDocumentException;

/**
 * POST v1/documents: one document as multipart/form-data, the PDF as the file part "pdf", metadata as fields.
 * 201 when created, 200 when unchanged (same bytes) or replaced (new version).
 */
final class CreateDocumentHandler implements RouteHandler
{
    /** @var DocumentIntake */
    private $intake;
    /** @var int */
    private $shopId;

    public function __construct(DocumentIntake $intake, int $shopId)
    {
        $this->intake = $intake;
        $this->shopId = $shopId;
    }

    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response
    {
        if ($request->mediaType() !== 'multipart/form-data') {
            throw new UnsupportedMediaTypeException('Send multipart/form-data with the PDF as the file part "pdf".', 'Envoyez un formulaire multipart/form-data.');
        }
        $result = $this->ingestOne($request->post(), $request->file('pdf'), 'pdf', $client);

        return Response::json($result->outcome() === IngestionResult::CREATED ? 201 : 200, DocumentJson::fromResult($result));
    }

    /**
     * Validates and ingests one document of the API (also each item of a batch). Validator errors come back with the
     * API's field names.
     *
     * @param array<string, mixed> $metadata
     */
    public function ingestOne(array $metadata, ?UploadedFile $pdf, string $filePart, AuthenticatedClient $client): IngestionResult
    {
        ApiFields::assertScalars($metadata);
        ApiFields::assertShop($metadata, $this->shopId);
        if ($pdf === null) {
            throw new ValidationException($filePart, 'The PDF is missing: send it as the file part "' . $filePart . '".', 'PDF absent.', 'pdf_missing');
        }
        if ($pdf->isTooLarge()) {
            throw new PayloadTooLargeException('The PDF is larger than PHP upload_max_filesize on the shop server.', 'PDF trop volumineux.', $filePart);
        }
        // is_uploaded_file: only a file PHP itself received for this request may be read.
        if (!$pdf->isOk() || !is_uploaded_file($pdf->path())) {
            throw new ValidationException($filePart, 'The PDF file part could not be received; send it again.', 'PDF non reçu.', 'pdf_missing');
        }
        try {
            return $this->intake->fromUploadedFile(ApiFields::toValidator($metadata), $pdf->path(), 'api', $client);
        } catch (InvalidDocumentException $error) {
            $renamed = ApiFields::renamed($error);
            if ($renamed->field() === 'pdf') {
                $renamed = new ApiException($renamed->status(), $renamed->errorCode(), $renamed->englishMessage(), $renamed->frenchMessage(), $filePart);
            }
            throw $renamed;
        }
    }
}
