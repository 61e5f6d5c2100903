<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Http\BadRequestException;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;
use Ebpdocuments\Http\UnsupportedMediaTypeException;
use Ebpdocuments\Support\UploadLimits;

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
            throw new UnsupportedMediaTypeException('Send multipart/form-data: a "documents" JSON field and the PDF file parts.', 'Envoyez un formulaire multipart/form-data.');
        }
        $limits = $this->limits;
        $items = $this->items($request->post(), $limits);
        $this->refuseDroppedFileParts($request, $items, $limits);
        $results = [];
        $ok = 0;
        foreach ($items as $index => $metadata) {
            try {
                if (!is_array($metadata) || (array_keys($metadata) === range(0, count($metadata) - 1) && $metadata !== [])) {
                    throw new BadRequestException('item_not_object', 'Each item of "documents" must be a JSON object.', 'Élément invalide.', 'documents');
                }
                $filePart = isset($metadata['file']) && is_string($metadata['file']) ? $metadata['file'] : '';
                $file = $filePart === '' ? null : $request->file($filePart);
                $result = $this->single->ingestOne($metadata, $file, $filePart === '' ? 'file' : $filePart, $client);
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
    private function items(array $post, UploadLimits $limits): array
    {
        $json = isset($post['documents']) && is_string($post['documents']) ? $post['documents'] : null;
        if ($json === null) {
            throw new BadRequestException('documents_missing', 'The "documents" field (a JSON array) is missing.', 'Champ documents absent.', 'documents');
        }
        $items = json_decode($json, true, 8);
        if (!is_array($items) || ($items !== [] && array_keys($items) !== range(0, count($items) - 1))) {
            throw new BadRequestException('documents_invalid', 'The "documents" field must be a JSON array of objects.', 'Champ documents invalide.', 'documents');
        }
        $max = $limits->batchMaxItems();
        if ($items !== [] && count($items) > $max && $limits->batchLimitedByPhp()) {
            throw self::tooManyFiles($limits, count($items));
        }
        if ($items === [] || count($items) > $max) {
            throw new BadRequestException('documents_count', 'Send 1 to ' . $max . ' documents per batch.', 'Nombre de documents invalide.', 'documents');
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

    private static function tooManyFiles(UploadLimits $limits, int $items): BadRequestException
    {
        $max = $limits->maxFileUploads();

        return new BadRequestException(
            'too_many_files',
            sprintf('PHP on the shop server keeps at most %d file parts per request (max_file_uploads = %d) and dropped the others of this batch of %d documents: nothing was stored. Send at most %d documents per batch, or raise max_file_uploads.', $max, $max, $items, $limits->batchMaxItems()),
            sprintf('Le serveur de la boutique garde au plus %d fichiers par requête (max_file_uploads = %d) et a écarté les autres de ce lot de %d documents : rien n\'a été enregistré. Envoyez au plus %d documents par lot, ou augmentez max_file_uploads.', $max, $max, $items, $limits->batchMaxItems()),
            'documents'
        );
    }
}
