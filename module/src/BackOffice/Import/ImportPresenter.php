<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Import;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\Import\ColumnMapping;
use Ebpdocuments\BackOffice\Import\ImportRepository;
use Ebpdocuments\BackOffice\Import\ImportService;
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\UploadLimits;
use Ebpdocuments\Storage\DocumentStorage;

/**
 * An import as the app's `ImportState` (docs/ARCHITECTURE.md): files and bytes received, mapping and pattern, counts
 * of the dry run (analyzing/ready) or of the import (running/done/cancelled), the first refusals, and the URLs PHP
 * builds (chunk upload, result CSV).
 */
final class ImportPresenter
{
    const REFUSALS_SHOWN = 20;
    const MAX_CHUNK = 8388608;
    const MIN_CHUNK = 65536;

    /** @var ImportRepository */
    private $imports;
    /** @var DocumentStorage */
    private $storage;
    /** @var Links */
    private $links;
    /** @var UploadLimits */
    private $limits;

    public function __construct(ImportRepository $imports, DocumentStorage $storage, Links $links, UploadLimits $limits)
    {
        $this->imports = $imports;
        $this->storage = $storage;
        $this->links = $links;
        $this->limits = $limits;
    }

    /**
     * @param array<string, string|null> $import
     *
     * @return array<string, mixed>
     */
    public function present(array $import, bool $busy = false): array
    {
        $id = (int) $import['id_import'];
        $status = (string) $import['status'];
        $options = ImportService::options($import);
        $column = in_array($status, [ImportService::RUNNING, ImportService::DONE, ImportService::CANCELLED], true) ? 'outcome' : 'planned';
        $counts = array_fill_keys(ImportService::OUTCOMES, 0);
        $reasons = [];
        foreach ($this->imports->counts($id, $column) as $line) {
            if (isset($counts[$line['outcome']])) {
                $counts[$line['outcome']] += $line['n'];
            }
            if ($line['reason'] !== null) {
                $reasons[] = ['outcome' => $line['outcome'], 'reason' => $line['reason'], 'count' => $line['n']];
            }
        }
        $refusals = [];
        foreach ($this->imports->refusals($id, $column, self::REFUSALS_SHOWN) as $row) {
            $refusals[] = [
                'line' => $row['csv_line'] === null ? null : (int) $row['csv_line'],
                'file' => $row['pdf_entry'],
                'number' => (string) $row['reference'],
                'reason' => (string) ($column === 'outcome' ? $row['reason'] : $row['planned_reason']),
            ];
        }
        $total = (int) $import['total'];
        $processed = array_sum($counts);
        $mapping = is_array($options['mapping']) ? $options['mapping'] : array_fill_keys(array_keys(ColumnMapping::NAMES), null);

        return [
            'id' => $id,
            'status' => $status,
            'busy' => $busy,
            'zip' => $this->file($import, 'zip'),
            'csv' => $this->file($import, 'csv'),
            'chunkBytes' => $this->chunkBytes(),
            'notify' => (bool) $options['notify'],
            'columns' => is_array($options['header']) ? array_values($options['header']) : [],
            'fields' => array_keys(ColumnMapping::NAMES),
            'mapping' => $mapping,
            'pattern' => is_string($options['pattern']) ? $options['pattern'] : '',
            'example' => $options['example'],
            'encoding' => $options['encoding'],
            'total' => $total,
            'processed' => min($total, $processed),
            'counts' => $counts,
            'reasons' => $reasons,
            'refusals' => $refusals,
            'uploadUrl' => $this->links->adminAction('uploadImportChunk', ['id' => $id]),
            'resultUrl' => $this->links->adminAction('downloadImportResult', ['id' => $id]),
        ];
    }

    /**
     * @param array<string, string|null> $import
     *
     * @return array{name: string, size: int, received: int}
     */
    private function file(array $import, string $which): array
    {
        $size = (int) $import[$which . '_size'];
        $received = $size;
        if ((string) $import['status'] === ImportService::UPLOADING) {
            $received = (int) $this->storage->uploadSize((string) $import[$which . '_file']);
        }

        return ['name' => (string) $import[$which . '_name'], 'size' => $size, 'received' => $received];
    }

    /** The largest chunk PHP accepts in one request (post_max_size less room for headers), at most 8 MB. */
    private function chunkBytes(): int
    {
        $post = $this->limits->postMaxBytes();
        $chunk = $post > 0 ? min(self::MAX_CHUNK, $post - 65536) : self::MAX_CHUNK;

        return max(self::MIN_CHUNK, $chunk);
    }
}
