<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;
use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Http\BadRequestException;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;
use Ebpdocuments\Http\UnsupportedMediaTypeException;

/**
 * POST v1/documents/batch: multipart/form-data with a field "documents" holding a JSON array of metadata objects,
 * each naming its PDF file part in "file". Each document is ingested on its own: one bad document never fails the
 * others. The answer is 200 with one result per document, in order (index, ok, outcome/document or error); a
 * 4xx status only means the batch itself could not be read.
 */
final class BatchDocumentsHandler implements RouteHandler
{
    const MAX_ITEMS = 50;

    /** @var Application */
    private $app;

    public function __construct(Application $app)
    {
        $this->app = $app;
    }

    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response
    {
        if ($request->mediaType() !== 'multipart/form-data') {
            throw new UnsupportedMediaTypeException('Send multipart/form-data: a "documents" JSON field and the PDF file parts.', 'Envoyez un formulaire multipart/form-data.');
        }
        $items = $this->items($request->post());
        $results = [];
        $ok = 0;
        foreach ($items as $index => $metadata) {
            try {
                if (!is_array($metadata) || (array_keys($metadata) === range(0, count($metadata) - 1) && $metadata !== [])) {
                    throw new BadRequestException('item_not_object', 'Each item of "documents" must be a JSON object.', 'Élément invalide.', 'documents');
                }
                $filePart = isset($metadata['file']) && is_string($metadata['file']) ? $metadata['file'] : '';
                $file = $filePart === '' ? null : $request->file($filePart);
                $result = CreateDocumentHandler::ingestOne($this->app, $metadata, $file, $filePart === '' ? 'file' : $filePart, $client);
                $results[] = ['index' => $index, 'ok' => true] + DocumentJson::fromResult($result);
                ++$ok;
            } catch (\Throwable $error) {
                // Items are independent: an unexpected failure is logged and reported for its item only.
                $refusal = $errors->known($error);
                $results[] = [
                    'index' => $index,
                    'ok' => false,
                    'status' => $refusal->status(),
                    'error' => ['code' => $refusal->errorCode(), 'message' => $refusal->englishMessage(), 'field' => $refusal->field()],
                ];
            }
        }

        return Response::json(200, ['results' => $results, 'summary' => ['total' => count($items), 'ok' => $ok, 'failed' => count($items) - $ok]]);
    }

    /**
     * @param array<string, mixed> $post
     *
     * @return array<int, mixed>
     */
    private function items(array $post): array
    {
        $json = isset($post['documents']) && is_string($post['documents']) ? $post['documents'] : null;
        if ($json === null) {
            throw new BadRequestException('documents_missing', 'The "documents" field (a JSON array) is missing.', 'Champ documents absent.', 'documents');
        }
        $items = json_decode($json, true, 8);
        if (!is_array($items) || ($items !== [] && array_keys($items) !== range(0, count($items) - 1))) {
            throw new BadRequestException('documents_invalid', 'The "documents" field must be a JSON array of objects.', 'Champ documents invalide.', 'documents');
        }
        if ($items === [] || count($items) > self::MAX_ITEMS) {
            throw new BadRequestException('documents_count', 'Send 1 to ' . self::MAX_ITEMS . ' documents per batch.', 'Nombre de documents invalide.', 'documents');
        }

        return $items;
    }
}
