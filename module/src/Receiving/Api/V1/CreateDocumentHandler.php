<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Http\UploadedFile;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Receiving\Api\DocumentIntake;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Auth\AuthenticatedClient;
use Ebpdocuments\Receiving\Ingestion\IngestionResult;

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
            throw Refusal::unsupportedMediaType('Send multipart/form-data with the PDF as the file part "pdf".');
        }
        $result = $this->ingestOne($request->post(), $request->file('pdf'), 'pdf', $client);

        return Response::json($result->outcome() === IngestionResult::CREATED ? 201 : 200, DocumentJson::fromResult($result, $errors->connectorLanguage()));
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
            throw Refusal::validation($filePart, 'The PDF is missing: send it as the file part "%part%".', ['%part%' => $filePart], 'pdf_missing');
        }
        if ($pdf->isTooLarge()) {
            throw Refusal::payloadTooLarge('The PDF is larger than PHP upload_max_filesize on the shop server.', $filePart);
        }
        // is_uploaded_file: only a file PHP itself received for this request may be read.
        if (!$pdf->isOk() || !is_uploaded_file($pdf->path())) {
            throw Refusal::validation($filePart, 'The PDF file part could not be received; send it again.', [], 'pdf_missing');
        }
        try {
            return $this->intake->fromUploadedFile(ApiFields::toValidator($metadata), $pdf->path(), 'api', $client);
        } catch (Refusal $error) {
            $renamed = ApiFields::renamed($error);
            throw $renamed->field() === 'pdf' ? $renamed->withField($filePart) : $renamed;
        }
    }
}
