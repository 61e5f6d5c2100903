<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\UploadLimits;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Auth\AuthenticatedClient;

/**
 * POST v1/documents/batch: multipart/form-data with a field "documents" holding a JSON array of metadata objects,
 * each naming its PDF file part in "file". Each document is ingested on its own: one bad document never fails the
 * others. The answer is 200 with one result per document, in order (index, ok, outcome/document or error); a
 * 4xx status only means the batch itself could not be read.
 *
 * A batch never loses files silently: PHP keeps at most max_file_uploads file parts and drops the others without a
 * word, so the batch limit is the smaller of MAX_ITEMS and max_file_uploads (UploadLimits::batchMaxItems(), shown by
 * health and the Connector view), and a request of which PHP dropped file parts is refused whole (400
 * too_many_files, naming max_file_uploads) before any of its documents is stored.
 */
final class BatchDocumentsHandler implements RouteHandler
{
    const MAX_ITEMS = UploadLimits::BATCH_MAX_ITEMS;

    /** @var CreateDocumentHandler ingests each item as one document of POST v1/documents */
    private $single;
    /** @var UploadLimits */
    private $limits;

    public function __construct(CreateDocumentHandler $single, UploadLimits $limits)
    {
        $this->single = $single;
        $this->limits = $limits;
    }

    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response
    {
        if ($request->mediaType() !== 'multipart/form-data') {
            throw Refusal::unsupportedMediaType('Send multipart/form-data: a "documents" JSON field and the PDF file parts.');
        }
        $limits = $this->limits;
        $items = $this->items($request->post(), $limits);
        $this->refuseDroppedFileParts($request, $items, $limits);
        $results = [];
        $ok = 0;
        foreach ($items as $index => $metadata) {
            try {
                if (!is_array($metadata) || (array_keys($metadata) === range(0, count($metadata) - 1) && $metadata !== [])) {
                    throw Refusal::badRequest('Each item of "documents" must be a JSON object.', 'documents', 'item_not_object');
                }
                $filePart = isset($metadata['file']) && is_string($metadata['file']) ? $metadata['file'] : '';
                $file = $filePart === '' ? null : $request->file($filePart);
                $result = $this->single->ingestOne($metadata, $file, $filePart === '' ? 'file' : $filePart, $client);
                $results[] = ['index' => $index, 'ok' => true] + DocumentJson::fromResult($result, $errors->connectorLanguage());
                ++$ok;
            } catch (\Throwable $error) {
                // Items are independent: an unexpected failure is logged and reported for its item only.
                $refusal = $errors->refusal($error);
                $results[] = [
                    'index' => $index,
                    'ok' => false,
                    'status' => $refusal->status(),
                    'error' => ['code' => $refusal->errorCode(), 'message' => $errors->englishMessage($refusal), 'field' => $refusal->field()],
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
    private function items(array $post, UploadLimits $limits): array
    {
        $json = isset($post['documents']) && is_string($post['documents']) ? $post['documents'] : null;
        if ($json === null) {
            throw Refusal::badRequest('The "documents" field (a JSON array) is missing.', 'documents', 'documents_missing');
        }
        $items = json_decode($json, true, 8);
        if (!is_array($items) || ($items !== [] && array_keys($items) !== range(0, count($items) - 1))) {
            throw Refusal::badRequest('The "documents" field must be a JSON array of objects.', 'documents', 'documents_invalid');
        }
        $max = $limits->batchMaxItems();
        if ($items !== [] && count($items) > $max && $limits->batchLimitedByPhp()) {
            throw self::tooManyFiles($limits, count($items));
        }
        if ($items === [] || count($items) > $max) {
            throw Refusal::badRequest('Send 1 to %max% documents per batch.', 'documents', 'documents_count', ['%max%' => $max]);
        }

        return $items;
    }

    /**
     * PHP dropped file parts of this request when it says so, or when it kept exactly max_file_uploads parts and an
     * item names a part that is not there: then nothing of the batch is stored.
     *
     * @param array<int, mixed> $items
     */
    private function refuseDroppedFileParts(Request $request, array $items, UploadLimits $limits): void
    {
        if ($request->filePartsDropped()) {
            throw self::tooManyFiles($limits, count($items));
        }
        if ($request->filePartsKept() < $limits->maxFileUploads()) {
            return;
        }
        foreach ($items as $item) {
            if (is_array($item) && isset($item['file']) && is_string($item['file']) && $item['file'] !== '' && $request->file($item['file']) === null) {
                throw self::tooManyFiles($limits, count($items));
            }
        }
    }

    private static function tooManyFiles(UploadLimits $limits, int $items): Refusal
    {
        return Refusal::badRequest(
            'PHP on the shop server keeps at most %max% file parts per request (max_file_uploads = %max%) and dropped the others of this batch of %items% documents: nothing was stored. Send at most %batch% documents per batch, or raise max_file_uploads.',
            'documents',
            'too_many_files',
            ['%max%' => $limits->maxFileUploads(), '%items%' => $items, '%batch%' => $limits->batchMaxItems()]
        );
    }
}
