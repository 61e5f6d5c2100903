<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Import;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\Import\ImportException;
use Ebpdocuments\BackOffice\Import\ImportRepository;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * What the import actions share: the import named by `id`, only in the employee's shops (else 404), and
 * ImportException → the admin error answer.
 */
final class ImportAccess
{
    /** @var ImportRepository */
    private $imports;

    public function __construct(ImportRepository $imports)
    {
        $this->imports = $imports;
    }

    /**
     * @return array<string, string|null>
     */
    public function load(Params $params, ActionContext $context): array
    {
        $import = $this->imports->find($params->id('id'));
        if ($import === null || !$context->sees((int) $import['id_shop'])) {
            throw Refusal::notFound(AdminMessages::IMPORT_NOT_FOUND, 'id');
        }

        return $import;
    }

    /**
     * @param int[] $shopIds
     *
     * @return array<string, string|null>|null
     */
    public function latestOpen(array $shopIds): ?array
    {
        return $this->imports->latestOpen($shopIds);
    }

    /**
     * @return array<string, string|null>
     */
    public function reload(int $id): array
    {
        $import = $this->imports->find($id);
        if ($import === null) {
            throw Refusal::notFound(AdminMessages::IMPORT_NOT_FOUND, 'id');
        }

        return $import;
    }

    public static function toRefusal(ImportException $error): Refusal
    {
        $keys = [
            'file_size' => AdminMessages::IMPORT_FILE_SIZE,
            'upload_lost' => AdminMessages::IMPORT_UPLOAD_LOST,
            'pattern_invalid' => AdminMessages::IMPORT_PATTERN,
            'zip_unreadable' => AdminMessages::IMPORT_ZIP,
            'zip_unavailable' => AdminMessages::IMPORT_ZIP,
        ];
        if ($error->errorCode() === 'offset_mismatch') {
            return Refusal::conflict(AdminMessages::IMPORT_OFFSET, 'offset');
        }

        return Refusal::validation($error->field(), isset($keys[$error->errorCode()]) ? $keys[$error->errorCode()] : AdminMessages::IMPORT_STATE);
    }
}
