<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Import;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\ErrorLog;
use Ebpdocuments\Matching\CustomerMatcher;
use Ebpdocuments\Receiving\Ingestion\DocumentValidator;
use Ebpdocuments\Receiving\Ingestion\IngestionResult;
use Ebpdocuments\Receiving\Ingestion\IngestionService;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\PdfValidator;
use Ebpdocuments\Storage\Repository\DocumentRepository;
use Ebpdocuments\Storage\TempFile;

/**
 * Imports older documents from the back office: a ZIP of PDFs and EBP's CSV list, uploaded in chunks into the
 * storage folder's temp area, then worked through in bounded steps the app drives (each step stops after
 * $maxRows rows or $budgetSeconds, well within max_execution_time; a lease keeps a second tab out):
 * 1. `analyzing` — the first step reads the CSV (mapping guessed or chosen) and the ZIP's list, pairs PDFs with rows
 *    by the number in their file name, and writes one import row per CSV row and per unpaired PDF; the next steps
 *    run the dry run: the same PDF checks, field validation and customer matching as the connectors, without
 *    storing anything (planned: attached, kept_aside, unchanged, replaced, refused + reason);
 * 2. `ready` — the merchant reads the dry run, may change the mapping or the pattern (back to 1) and starts;
 * 3. `running` — each row goes through the connectors' IngestionService (source `import`, same validation,
 *    matching and events); one bad row is refused and the next goes on; a row stores its outcome as soon as it is
 *    done, so a closed tab or a killed request resumes where it stopped (and a row done twice is "unchanged");
 * 4. `done` (or `cancelled`): the temp files are deleted; the result stays downloadable as CSV.
 */
final class ImportService
{
    const UPLOADING = 'uploading';
    const ANALYZING = 'analyzing';
    const READY = 'ready';
    const RUNNING = 'running';
    const DONE = 'done';
    const CANCELLED = 'cancelled';

    const ATTACHED = 'attached';
    const WAITING = 'kept_aside';
    const UNCHANGED = 'unchanged';
    const REPLACED = 'replaced';
    const REFUSED = 'refused';
    const OUTCOMES = [self::ATTACHED, self::WAITING, self::UNCHANGED, self::REPLACED, self::REFUSED];

    /** Refusal reasons of the import itself (the others are DocumentRefusals codes). */
    const NO_PDF = 'no_pdf';
    const NO_ROW = 'no_row';
    const DUPLICATE_ROW = 'duplicate_row';
    const DUPLICATE_PDF = 'duplicate_pdf';
    const FAILED = 'failed';

    const SOURCE = 'import';
    const LEASE_SECONDS = 120;
    const MAX_ZIP_BYTES = 4294967295;

    /** @var ImportRepository */
    private $imports;
    /** @var DocumentStorage */
    private $storage;
    /** @var DocumentValidator */
    private $validator;
    /** @var PdfValidator */
    private $pdfValidator;
    /** @var CustomerMatcher */
    private $matcher;
    /** @var DocumentRepository */
    private $documents;
    /** @var callable(bool): IngestionService */
    private $ingestionFor;
    /** @var ErrorLog */
    private $log;
    /** @var int */
    private $maxPdfBytes;

    /**
     * @param callable(bool): IngestionService $ingestionFor the ingestion service, with (true) or without (false) new-document mails
     */
    public function __construct(
        ImportRepository $imports,
        DocumentStorage $storage,
        DocumentValidator $validator,
        PdfValidator $pdfValidator,
        CustomerMatcher $matcher,
        DocumentRepository $documents,
        callable $ingestionFor,
        ErrorLog $log,
        int $maxPdfBytes
    ) {
        $this->imports = $imports;
        $this->storage = $storage;
        $this->validator = $validator;
        $this->pdfValidator = $pdfValidator;
        $this->matcher = $matcher;
        $this->documents = $documents;
        $this->ingestionFor = $ingestionFor;
        $this->log = $log;
        $this->maxPdfBytes = $maxPdfBytes;
    }

    /**
     * Starts an import: two empty upload files the app fills chunk by chunk.
     */
    public function create(int $shopId, int $employeeId, string $zipName, int $zipSize, string $csvName, int $csvSize, bool $notify): int
    {
        if (!class_exists('ZipArchive')) {
            throw new ImportException('zip_unavailable', 'zip');
        }
        if ($zipSize < 1 || $zipSize > self::MAX_ZIP_BYTES) {
            throw new ImportException('file_size', 'zipSize');
        }
        if ($csvSize < 1 || $csvSize > CsvTable::MAX_BYTES) {
            throw new ImportException('file_size', 'csvSize');
        }

        return $this->imports->create([
            'id_shop' => $shopId,
            'id_employee' => $employeeId,
            'status' => self::UPLOADING,
            'zip_name' => mb_substr($zipName, 0, 255, 'UTF-8'),
            'zip_size' => $zipSize,
            'zip_file' => $this->storage->createUpload(),
            'csv_name' => mb_substr($csvName, 0, 255, 'UTF-8'),
            'csv_size' => $csvSize,
            'csv_file' => $this->storage->createUpload(),
            'options' => self::json(['notify' => $notify, 'mapping' => null, 'pattern' => null]),
        ]);
    }

    /**
     * Appends one chunk at $offset (which must be what was received so far: a resumed upload asks first).
     * Answers the bytes received; both files complete → the analysis starts with the next step.
     *
     * @param array<string, string|null> $import
     */
    public function receiveChunk(array $import, string $which, int $offset, string $bytes): int
    {
        if ((string) $import['status'] !== self::UPLOADING) {
            throw new ImportException('not_uploading', 'id');
        }
        $file = (string) $import[$which . '_file'];
        $expected = (int) $import[$which . '_size'];
        $received = $this->storage->uploadSize($file);
        if ($received === null) {
            throw new ImportException('upload_lost', $which);
        }
        if ($offset !== $received) {
            throw new ImportException('offset_mismatch', 'offset', $received);
        }
        if ($received + strlen($bytes) > $expected) {
            throw new ImportException('file_size', $which);
        }
        $received = $this->storage->appendUpload($file, $bytes);
        $other = $which === 'zip' ? 'csv' : 'zip';
        if ($received === $expected && $this->storage->uploadSize((string) $import[$other . '_file']) === (int) $import[$other . '_size']) {
            $this->imports->update((int) $import['id_import'], ['status' => self::ANALYZING, 'cursor_position' => 0, 'total' => 0]);
        }

        return $received;
    }

    /**
     * New mapping / pattern / mail choice: the dry run starts again.
     *
     * @param array<string, string|null> $import
     * @param array<string, string|null>|null $mapping field => column (null = keep the current one)
     */
    public function configure(array $import, ?array $mapping, ?string $pattern, bool $notify): void
    {
        $status = (string) $import['status'];
        if ($status !== self::ANALYZING && $status !== self::READY) {
            throw new ImportException('not_configurable', 'id');
        }
        $options = self::options($import);
        if ($mapping !== null) {
            $clean = [];
            foreach (array_keys(ColumnMapping::NAMES) as $field) {
                $clean[$field] = isset($mapping[$field]) && $mapping[$field] !== '' ? (string) $mapping[$field] : null;
            }
            $options['mapping'] = $clean;
        }
        if ($pattern !== null) {
            if (!FileNamePattern::isValid($pattern)) {
                throw new ImportException('pattern_invalid', 'pattern');
            }
            $options['pattern'] = trim($pattern);
        }
        $options['notify'] = $notify;
        $id = (int) $import['id_import'];
        $this->imports->deleteRows($id);
        $this->imports->update($id, ['status' => self::ANALYZING, 'options' => self::json($options), 'cursor_position' => 0, 'total' => 0]);
    }

    /**
     * @param array<string, string|null> $import
     */
    public function start(array $import): void
    {
        if ((string) $import['status'] !== self::READY) {
            throw new ImportException('not_ready', 'id');
        }
        $this->imports->update((int) $import['id_import'], ['status' => self::RUNNING, 'cursor_position' => 0]);
    }

    /**
     * @param array<string, string|null> $import
     */
    public function cancel(array $import): void
    {
        if (in_array((string) $import['status'], [self::DONE, self::CANCELLED], true)) {
            return;
        }
        $this->imports->update((int) $import['id_import'], ['status' => self::CANCELLED]);
        $this->imports->forgetFields((int) $import['id_import']);
        $this->dropFiles($import);
    }

    /**
     * One bounded piece of work in the current phase. Answers false when another request holds the import.
     */
    public function step(int $importId, int $maxRows, float $budgetSeconds): bool
    {
        if (!$this->imports->lease($importId, self::LEASE_SECONDS)) {
            return false;
        }
        try {
            $import = $this->imports->find($importId);
            if ($import === null) {
                return true;
            }
            $status = (string) $import['status'];
            if ($status === self::ANALYZING || $status === self::RUNNING) {
                $this->storage->touchUpload((string) $import['zip_file']);
                $this->storage->touchUpload((string) $import['csv_file']);
            }
            if ($status === self::ANALYZING) {
                if ((int) $import['total'] === 0 && (int) $import['cursor_position'] === 0) {
                    $this->prepare($import);
                } else {
                    $this->work($import, false, $maxRows, $budgetSeconds);
                }
            } elseif ($status === self::RUNNING) {
                $this->work($import, true, $maxRows, $budgetSeconds);
            }
        } finally {
            $this->imports->release($importId);
        }

        return true;
    }

    /**
     * Reads the CSV and the ZIP's list and writes the import rows (planned outcome still unknown, except the rows
     * and PDFs that cannot be paired).
     *
     * @param array<string, string|null> $import
     */
    private function prepare(array $import): void
    {
        $id = (int) $import['id_import'];
        $options = self::options($import);
        $csvPath = $this->storage->uploadPath((string) $import['csv_file']);
        $bytes = @file_get_contents($csvPath);
        if ($bytes === false) {
            throw new ImportException('upload_lost', 'csv');
        }
        $table = CsvTable::parse($bytes);
        unset($bytes);
        $header = $table->header();
        $mapping = is_array($options['mapping']) ? $options['mapping'] : ColumnMapping::guess($header);
        $entries = $this->pdfEntries((string) $import['zip_file']);
        $pattern = is_string($options['pattern']) && $options['pattern'] !== '' ? $options['pattern'] : null;

        $rows = [];
        $byKey = [];
        $seen = [];
        foreach ($table->rows() as $row) {
            $fields = ColumnMapping::fields($mapping, $header, $row['cells']);
            $reference = isset($fields['reference']) ? trim($fields['reference']) : '';
            $type = isset($fields['type']) && trim($fields['type']) !== '' ? DocumentType::fromText($fields['type']) : '';
            $position = count($rows) + 1;
            $planned = null;
            $reason = null;
            $numberKey = $type . '|' . $reference;
            if ($reference !== '' && isset($seen[$numberKey])) {
                $planned = self::REFUSED;
                $reason = self::DUPLICATE_ROW;
            } elseif ($reference !== '') {
                $seen[$numberKey] = true;
                $key = FileNamePattern::key($reference);
                if ($key !== '' && !isset($byKey[$key])) {
                    $byKey[$key] = $position;
                }
            }
            $rows[$position] = [
                'position' => $position, 'csv_line' => $row['line'], 'type' => $type, 'reference' => mb_substr($reference, 0, 64, 'UTF-8'),
                'pdf_entry' => null, 'fields' => self::json($fields), 'planned' => $planned, 'planned_reason' => $reason,
            ];
        }
        if ($pattern === null) {
            $pattern = $this->guessPattern($entries, $byKey);
        }
        $fileNames = new FileNamePattern($pattern);
        $orphans = [];
        foreach ($entries as $entry) {
            $number = $fileNames->numberOf($entry);
            $key = $number === null ? '' : FileNamePattern::key($number);
            if ($key !== '' && isset($byKey[$key])) {
                $position = $byKey[$key];
                if ($rows[$position]['pdf_entry'] === null) {
                    $rows[$position]['pdf_entry'] = mb_substr($entry, 0, 255, 'UTF-8');
                    continue;
                }
                $orphans[] = [$entry, $number, self::DUPLICATE_PDF];
                continue;
            }
            $orphans[] = [$entry, $number, self::NO_ROW];
        }
        foreach ($rows as $position => $row) {
            if ($row['planned'] === null && $row['pdf_entry'] === null && $row['reference'] !== '') {
                $rows[$position]['planned'] = self::REFUSED;
                $rows[$position]['planned_reason'] = self::NO_PDF;
            }
        }
        foreach ($orphans as $orphan) {
            $position = count($rows) + 1;
            $rows[$position] = [
                'position' => $position, 'csv_line' => null, 'type' => '', 'reference' => mb_substr((string) $orphan[1], 0, 64, 'UTF-8'),
                'pdf_entry' => mb_substr($orphan[0], 0, 255, 'UTF-8'), 'fields' => null, 'planned' => self::REFUSED, 'planned_reason' => $orphan[2],
            ];
        }
        $this->imports->deleteRows($id);
        $this->imports->insertRows($id, array_values($rows));
        $options['mapping'] = $mapping;
        $options['pattern'] = $pattern;
        $options['header'] = $header;
        $options['encoding'] = $table->encoding();
        $options['example'] = $entries === [] ? null : ['file' => basename(str_replace('\\', '/', $entries[0])), 'number' => $fileNames->numberOf($entries[0])];
        $this->imports->update($id, [
            'options' => self::json($options),
            'total' => count($rows),
            'cursor_position' => 0,
            'status' => $rows === [] ? self::READY : self::ANALYZING,
        ]);
    }

    /**
     * Dry run ($store = false) or import ($store = true) of the next rows.
     *
     * @param array<string, string|null> $import
     */
    private function work(array $import, bool $store, int $maxRows, float $budgetSeconds): void
    {
        $id = (int) $import['id_import'];
        $options = self::options($import);
        $started = microtime(true);
        $cursor = (int) $import['cursor_position'];
        $zip = null;
        $ingestion = $store ? call_user_func($this->ingestionFor, (bool) $options['notify']) : null;
        $keyLabel = mb_substr('Import ' . (string) $import['csv_name'], 0, 64, 'UTF-8');
        try {
            $rows = $this->imports->rowsAfter($id, $cursor, $maxRows);
            foreach ($rows as $row) {
                $position = (int) $row['position'];
                if ($row['planned'] === self::REFUSED) {
                    if ($store) {
                        $this->imports->updateRow($id, $position, ['outcome' => self::REFUSED, 'reason' => $row['planned_reason']]);
                    }
                } else {
                    if ($zip === null) {
                        $zip = $this->openZip((string) $import['zip_file']);
                    }
                    list($outcome, $reason, $documentId) = $store
                        ? $this->importRow($zip, $row, (int) $import['id_shop'], $keyLabel, $ingestion)
                        : $this->planRow($zip, $row, (int) $import['id_shop'], $keyLabel);
                    $this->imports->updateRow($id, $position, $store
                        ? ['outcome' => $outcome, 'reason' => $reason, 'id_document' => $documentId]
                        : ['planned' => $outcome, 'planned_reason' => $reason]);
                }
                $cursor = $position;
                $this->imports->update($id, ['cursor_position' => $cursor]);
                if (microtime(true) - $started > $budgetSeconds) {
                    break;
                }
            }
        } finally {
            if ($zip !== null) {
                $zip->close();
            }
        }
        if ($cursor >= (int) $import['total']) {
            if ($store) {
                $this->imports->update($id, ['status' => self::DONE]);
                $this->imports->forgetFields($id);
                $this->dropFiles($import);
            } else {
                $this->imports->update($id, ['status' => self::READY, 'cursor_position' => 0]);
            }
        }
    }

    /**
     * @param array<string, string|null> $row
     *
     * @return array{0: string, 1: string|null, 2: int|null}
     */
    private function planRow(\ZipArchive $zip, array $row, int $shopId, string $keyLabel): array
    {
        try {
            $document = $this->validator->fromFields(self::fieldsOf($row), $shopId, self::SOURCE, null, $keyLabel);
            $file = $this->extract($zip, (string) $row['pdf_entry']);
            try {
                $this->pdfValidator->validate($file, $this->maxPdfBytes);
            } finally {
                $this->storage->discard($file);
            }
            $existing = $this->documents->findByNumber($shopId, $document->type(), $document->reference());
            if ($existing !== null) {
                return [hash_equals(strtolower((string) $existing['sha256']), $file->sha256()) ? self::UNCHANGED : self::REPLACED, null, (int) $existing['id_document']];
            }
            $match = $this->matcher->match($shopId, $document->billingEmail(), $document->customerCode(), $document->orderRef());

            return $match->isAttached() ? [self::ATTACHED, null, null] : [self::WAITING, $match->reason(), null];
        } catch (Refusal $refused) {
            return [self::REFUSED, $refused->errorCode(), null];
        } catch (\Throwable $error) {
            $this->log->error('ebpdocuments import: a row could not be checked: ' . $error->getMessage(), ['line' => (string) $row['csv_line']]);

            return [self::REFUSED, self::FAILED, null];
        }
    }

    /**
     * @param array<string, string|null> $row
     *
     * @return array{0: string, 1: string|null, 2: int|null}
     */
    private function importRow(\ZipArchive $zip, array $row, int $shopId, string $keyLabel, ?IngestionService $ingestion): array
    {
        if ($ingestion === null) {
            throw new \LogicException('No ingestion service');
        }
        try {
            $document = $this->validator->fromFields(self::fieldsOf($row), $shopId, self::SOURCE, null, $keyLabel);
            $result = $ingestion->ingest($document, $this->extract($zip, (string) $row['pdf_entry']));
            if ($result->outcome() === IngestionResult::UNCHANGED) {
                return [self::UNCHANGED, null, $result->documentId()];
            }
            if ($result->outcome() === IngestionResult::REPLACED) {
                return [self::REPLACED, null, $result->documentId()];
            }

            return $result->status() === DocumentStatus::ATTACHED
                ? [self::ATTACHED, null, $result->documentId()]
                : [self::WAITING, $result->reason(), $result->documentId()];
        } catch (Refusal $refused) {
            return [self::REFUSED, $refused->errorCode(), null];
        } catch (\Throwable $error) {
            // One bad row never stops the others: it is refused, the details go to the shop's log.
            $this->log->error('ebpdocuments import: a row failed: ' . $error->getMessage(), ['line' => (string) $row['csv_line']]);

            return [self::REFUSED, self::FAILED, null];
        }
    }

    private function extract(\ZipArchive $zip, string $entry): TempFile
    {
        $stream = $entry === '' ? false : $zip->getStream($entry);
        if ($stream === false) {
            throw DocumentRefusals::because('pdf_missing');
        }
        try {
            return $this->storage->writeTempFromStream($stream, $this->maxPdfBytes);
        } finally {
            fclose($stream);
        }
    }

    private function openZip(string $file): \ZipArchive
    {
        $zip = new \ZipArchive();
        if ($zip->open($this->storage->uploadPath($file)) !== true) {
            throw new ImportException('zip_unreadable', 'zip');
        }

        return $zip;
    }

    /**
     * @return string[] the ZIP's PDF entries (folders and macOS metadata left out)
     */
    private function pdfEntries(string $file): array
    {
        $zip = $this->openZip($file);
        $entries = [];
        try {
            for ($i = 0; $i < $zip->numFiles; ++$i) {
                $name = $zip->getNameIndex($i);
                if (!is_string($name) || substr($name, -1) === '/' || strpos($name, '__MACOSX/') === 0) {
                    continue;
                }
                if (strtolower(substr($name, -4)) === '.pdf' && mb_check_encoding($name, 'UTF-8')) {
                    $entries[] = $name;
                }
            }
        } finally {
            $zip->close();
        }

        return $entries;
    }

    /**
     * The candidate pattern that pairs the most PDFs with rows.
     *
     * @param string[] $entries
     * @param array<string, int> $byKey
     */
    private function guessPattern(array $entries, array $byKey): string
    {
        $best = FileNamePattern::DEFAULT_PATTERN;
        $bestCount = -1;
        $sample = array_slice($entries, 0, 500);
        foreach (FileNamePattern::CANDIDATES as $candidate) {
            $pattern = new FileNamePattern($candidate);
            $count = 0;
            foreach ($sample as $entry) {
                $number = $pattern->numberOf($entry);
                if ($number !== null && isset($byKey[FileNamePattern::key($number)])) {
                    ++$count;
                }
            }
            if ($count > $bestCount) {
                $best = $candidate;
                $bestCount = $count;
            }
        }

        return $best;
    }

    /**
     * @param array<string, string|null> $import
     */
    private function dropFiles(array $import): void
    {
        foreach (['zip_file', 'csv_file'] as $column) {
            if ((string) $import[$column] !== '') {
                try {
                    $this->storage->deleteUpload((string) $import[$column]);
                } catch (\Throwable $e) {
                    // An odd name is never turned into a path; nothing else to clean.
                }
            }
        }
    }

    /**
     * @param array<string, string|null> $row
     *
     * @return array<string, string>
     */
    private static function fieldsOf(array $row): array
    {
        $fields = json_decode((string) $row['fields'], true);

        return is_array($fields) ? $fields : [];
    }

    /**
     * @param array<string, string|null> $import
     *
     * @return array<string, mixed>
     */
    public static function options(array $import): array
    {
        $options = json_decode((string) $import['options'], true);

        return (is_array($options) ? $options : []) + ['notify' => false, 'mapping' => null, 'pattern' => null, 'header' => [], 'encoding' => null, 'example' => null];
    }

    /**
     * @param mixed $value
     */
    private static function json($value): string
    {
        return (string) json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);
    }
}
