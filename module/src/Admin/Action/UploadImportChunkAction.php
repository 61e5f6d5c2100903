<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\BodyAction;
use Ebpdocuments\Admin\Import\ImportAccess;
use Ebpdocuments\Admin\Params;
use Ebpdocuments\Import\ImportException;
use Ebpdocuments\Import\ImportService;

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
            throw \Ebpdocuments\Admin\ActionException::validation('file', \Ebpdocuments\Admin\AdminMessages::REQUIRED);
        }
        try {
            $received = $this->service->receiveChunk($import, $which, $input->intInRange('offset', 0, PHP_INT_MAX), $body);
        } catch (ImportException $error) {
            throw ImportAccess::toActionException($error);
        }
        $now = $this->access->reload((int) $import['id_import']);

        return ['received' => $received, 'status' => (string) $now['status']];
    }
}
