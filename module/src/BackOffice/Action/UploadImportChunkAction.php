<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\BodyAction;
use Ebpdocuments\BackOffice\Import\ImportAccess;
use Ebpdocuments\BackOffice\Import\ImportException;
use Ebpdocuments\BackOffice\Import\ImportService;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * uploadImportChunk (edit, raw body; URL `import.uploadUrl` + `&file=zip|csv&offset=N`) → `{received, status}`:
 * appends one chunk (at most `import.chunkBytes`, under post_max_size) to the import's ZIP or CSV in the storage
 * folder's temp area. `offset` must equal the bytes already received (409 otherwise: the app reads getImport and
 * goes on from there), so a retried or resumed upload never writes a byte twice.
 */
final class UploadImportChunkAction implements BodyAction
{
    /** @var ImportService */
    private $service;
    /** @var ImportAccess */
    private $access;

    public function __construct(ImportService $service, ImportAccess $access)
    {
        $this->service = $service;
        $this->access = $access;
    }

    public function receive(array $params, string $body, ActionContext $context): array
    {
        $input = new Params($params);
        $import = $this->access->load($input, $context);
        $which = $input->choice('file', ['zip', 'csv']);
        if ($which === '') {
            throw Refusal::validation('file', \Ebpdocuments\BackOffice\AdminMessages::REQUIRED);
        }
        try {
            $received = $this->service->receiveChunk($import, $which, $input->intInRange('offset', 0, PHP_INT_MAX), $body);
        } catch (ImportException $error) {
            throw ImportAccess::toRefusal($error);
        }
        $now = $this->access->reload((int) $import['id_import']);

        return ['received' => $received, 'status' => (string) $now['status']];
    }
}
