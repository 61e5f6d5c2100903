<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\DocumentLoader;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\ResponseAction;
use Ebpdocuments\BackOffice\Translation\AdminWordings;
use Ebpdocuments\Customer\DownloadFileName;
use Ebpdocuments\Customer\PdfDownloadResponse;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\ErrorLog;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Storage\DocumentStorage;

/**
 * downloadDocument (view) `{id}`: the employee opens a stored PDF (a GET link from listDocuments' downloadUrl, or
 * POST). Streamed with the customer download's headers: attachment, nosniff, no cache, sandbox CSP. An admin
 * download is not the customer's first download, so nothing is recorded.
 */
final class DownloadDocumentAction implements ResponseAction
{
    /** @var DocumentLoader */
    private $documents;
    /** @var DocumentStorage */
    private $storage;
    /** @var Translator */
    private $translator;
    /** @var ErrorLog */
    private $log;

    public function __construct(DocumentLoader $documents, DocumentStorage $storage, Translator $translator, ErrorLog $log)
    {
        $this->documents = $documents;
        $this->storage = $storage;
        $this->translator = $translator;
        $this->log = $log;
    }

    public function respond(array $params, ActionContext $context): Response
    {
        $document = $this->documents->visible((new Params($params))->id('id'), $context);
        try {
            $handle = $this->storage->open((string) $document['file_name']);
        } catch (\Throwable $missing) {
            $this->log->error('ebpdocuments: the file of a document is missing from the storage folder', ['document' => (int) $document['id_document']]);
            throw Refusal::notFound(AdminMessages::FILE_MISSING, 'id');
        }
        $wordings = (new AdminWordings())->all($this->translator);
        $typeKey = 'documentType.' . $document['type'];
        $fileName = new DownloadFileName(isset($wordings[$typeKey]) ? $wordings[$typeKey] : (string) $document['type'], (string) $document['reference']);

        return PdfDownloadResponse::stream($handle, (int) $document['file_size'], $fileName);
    }
}
