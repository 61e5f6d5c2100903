<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Export;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\BackOffice\Translation\AdminWordings;
use Ebpdocuments\Customer\DownloadFileName;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\ErrorLog;
use Ebpdocuments\Kernel\Support\NumberFormat;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * The back office's exports of the Documents and To attach lists (the list's filters, or a selection):
 * - CSV: streamed 500 rows at a time, UTF-8 with BOM, ";" (CsvWriter), amounts in the shop's number format;
 * - ZIP of the PDFs: streamed (ZipStreamWriter), "<Type>-<number>.pdf", at most MAX_ZIP_DOCUMENTS documents and
 *   MAX_ZIP_BYTES bytes (checked before the first byte is sent: then a 422 tells the employee to narrow the filters).
 * Each export is recorded as one `exported` event (format, count, filters, employee).
 */
final class DocumentExport
{
    const BATCH = 500;
    const MAX_ZIP_DOCUMENTS = 10000;
    const MAX_ZIP_BYTES = 2147483648;

    /** @var DocumentListQuery */
    private $query;
    /** @var Connection */
    private $connection;
    /** @var DocumentStorage */
    private $storage;
    /** @var EventRepository */
    private $events;
    /** @var NumberFormat */
    private $numbers;
    /** @var Translator */
    private $translator;
    /** @var Clock */
    private $clock;
    /** @var ErrorLog */
    private $log;

    public function __construct(
        DocumentListQuery $query,
        Connection $connection,
        DocumentStorage $storage,
        EventRepository $events,
        NumberFormat $numbers,
        Translator $translator,
        Clock $clock,
        ErrorLog $log
    ) {
        $this->query = $query;
        $this->connection = $connection;
        $this->storage = $storage;
        $this->events = $events;
        $this->numbers = $numbers;
        $this->translator = $translator;
        $this->clock = $clock;
        $this->log = $log;
    }

    /**
     * @param int[] $shopIds
     * @param array<string, mixed> $filters
     * @param int[]|null $ids
     */
    public function csv(array $shopIds, array $filters, ?array $ids, int $employeeId, string $baseName): Response
    {
        $wordings = (new AdminWordings())->all($this->translator);
        $fileName = $baseName . '-' . $this->clock->now()->format('Y-m-d') . '.csv';

        return Response::stream(200, $this->headers('text/csv; charset=utf-8', $fileName), function () use ($shopIds, $filters, $ids, $employeeId, $wordings) {
            $csv = new CsvWriter(function (string $bytes) {
                echo $bytes;
            });
            $csv->start();
            $csv->row($this->header($wordings));
            $count = 0;
            $before = 0;
            do {
                $batch = $this->query->idsBefore($shopIds, $filters, $ids, $before, self::BATCH);
                foreach ($this->query->rows($batch) as $row) {
                    $csv->row($this->csvRow($row, $wordings));
                    ++$count;
                }
                if ($batch !== []) {
                    $before = (int) end($batch);
                }
                flush();
            } while (count($batch) === self::BATCH);
            $this->record('csv', $count, $shopIds, $filters, $ids, $employeeId);
        });
    }

    /**
     * @param int[] $shopIds
     * @param array<string, mixed> $filters
     * @param int[]|null $ids
     *
     * @throws Refusal 422 when the archive would be too large
     */
    public function zip(array $shopIds, array $filters, ?array $ids, int $employeeId, string $baseName): Response
    {
        $all = [];
        $before = 0;
        do {
            $batch = $this->query->idsBefore($shopIds, $filters, $ids, $before, self::BATCH);
            foreach ($batch as $id) {
                $all[] = $id;
            }
            if (count($all) > self::MAX_ZIP_DOCUMENTS) {
                throw Refusal::validation('ids', AdminMessages::ZIP_TOO_LARGE, ['%max%' => self::MAX_ZIP_DOCUMENTS]);
            }
            if ($batch !== []) {
                $before = (int) end($batch);
            }
        } while (count($batch) === self::BATCH);
        $bytes = 0;
        foreach (array_chunk($all, self::BATCH) as $chunk) {
            $bytes += (int) $this->connection->fetchValue('SELECT COALESCE(SUM(file_size), 0) FROM PREFIX_ebpdocuments_document WHERE id_document IN :ids', ['ids' => $chunk]);
        }
        if ($bytes > self::MAX_ZIP_BYTES) {
            throw Refusal::validation('ids', AdminMessages::ZIP_TOO_LARGE, ['%max%' => self::MAX_ZIP_DOCUMENTS]);
        }
        $wordings = (new AdminWordings())->all($this->translator);
        $fileName = $baseName . '-' . $this->clock->now()->format('Y-m-d') . '.zip';
        $now = $this->clock->now();

        return Response::stream(200, $this->headers('application/zip', $fileName), function () use ($all, $shopIds, $filters, $ids, $employeeId, $wordings, $now) {
            $zip = new ZipStreamWriter(function (string $bytes) {
                echo $bytes;
            }, $now);
            $count = 0;
            foreach (array_chunk($all, 100) as $chunk) {
                foreach ($this->query->rows($chunk) as $row) {
                    if ($this->addPdf($zip, $row, $wordings)) {
                        ++$count;
                    }
                }
                flush();
            }
            $zip->finish();
            $this->record('zip', $count, $shopIds, $filters, $ids, $employeeId);
        });
    }

    /**
     * @param array<string, string|null> $row
     * @param array<string, string> $wordings
     */
    private function addPdf(ZipStreamWriter $zip, array $row, array $wordings): bool
    {
        $fileName = (string) $row['file_name'];
        try {
            $crc = hash_init('crc32b');
            $size = $this->storage->stream($fileName, function (string $bytes) use ($crc) {
                hash_update($crc, $bytes);
            });
        } catch (\Throwable $missing) {
            $this->log->error('ebpdocuments: the file of a document is missing from the storage folder', ['document' => (int) $row['id_document']]);

            return false;
        }
        $label = self::label($wordings, 'documentType.' . $row['type'], (string) $row['type']);
        $name = $zip->uniqueName((new DownloadFileName($label, (string) $row['reference']))->utf8());
        $zip->addFile($name, $size, (int) hexdec(hash_final($crc)), function (callable $output) use ($fileName): int {
            return $this->storage->stream($fileName, $output);
        });

        return true;
    }

    /**
     * @param array<string, string> $wordings
     *
     * @return array<int, string>
     */
    private function header(array $wordings): array
    {
        $columns = [];
        foreach (['type', 'number', 'date', 'totalTaxExcl', 'totalTaxIncl', 'currency', 'billingEmail', 'customerCode', 'customer', 'customerEmail', 'order', 'status', 'reason', 'received', 'firstDownloaded', 'source'] as $column) {
            $columns[] = self::label($wordings, 'export.column.' . $column, $column);
        }

        return $columns;
    }

    /**
     * @param array<string, string|null> $row
     * @param array<string, string> $wordings
     *
     * @return array<int, string>
     */
    private function csvRow(array $row, array $wordings): array
    {
        $customer = trim((string) $row['customer_firstname'] . ' ' . (string) $row['customer_lastname']);
        $order = $row['order_reference'] !== null && $row['order_reference'] !== '' ? (string) $row['order_reference'] : (string) $row['order_ref'];

        return [
            CsvWriter::text(self::label($wordings, 'documentType.' . $row['type'], (string) $row['type'])),
            CsvWriter::text($row['reference']),
            (string) $row['document_date'],
            $row['total_tax_excl'] === null ? '' : $this->numbers->amount((string) $row['total_tax_excl']),
            $row['total_tax_incl'] === null ? '' : $this->numbers->amount((string) $row['total_tax_incl']),
            CsvWriter::text($row['currency']),
            CsvWriter::text($row['billing_email']),
            CsvWriter::text($row['ebp_customer_code']),
            CsvWriter::text($row['id_customer'] === null ? '' : $customer),
            CsvWriter::text($row['id_customer'] === null ? '' : $row['customer_email']),
            CsvWriter::text($order),
            self::label($wordings, 'status.' . $row['status'], (string) $row['status']),
            $row['reason'] === null ? '' : self::label($wordings, 'waitingReason.' . $row['reason'] . '.label', (string) $row['reason']),
            (string) $row['date_add'],
            (string) $row['first_downloaded_at'],
            self::label($wordings, 'source.' . $row['source'], (string) $row['source']),
        ];
    }

    /**
     * @param int[] $shopIds
     * @param array<string, mixed> $filters
     * @param int[]|null $ids
     */
    private function record(string $format, int $count, array $shopIds, array $filters, ?array $ids, int $employeeId): void
    {
        $detail = ['format' => $format, 'count' => $count];
        if ($ids !== null) {
            $detail['selected'] = count($ids);
        } else {
            // The filters that were set (customerId 0 is every customer).
            $detail['filters'] = array_filter($filters, function ($value) {
                return $value !== null && $value !== '' && $value !== 0;
            });
        }
        try {
            $this->events->record(EventType::EXPORTED, ['id_shop' => (int) reset($shopIds)], $detail, null, $employeeId > 0 ? $employeeId : null);
        } catch (\Throwable $e) {
            // The file is already sent; a failed log line is reported, never a broken download.
            $this->log->error('ebpdocuments: could not record an export: ' . $e->getMessage());
        }
    }

    /**
     * @return array<string, string>
     */
    private function headers(string $contentType, string $fileName): array
    {
        return [
            'Content-Type' => $contentType,
            'Content-Disposition' => 'attachment; filename="' . $fileName . '"',
            'X-Content-Type-Options' => 'nosniff',
            'Cache-Control' => 'private, no-store, max-age=0',
            'X-Robots-Tag' => 'noindex, nofollow',
        ];
    }

    /**
     * @param array<string, string> $wordings
     */
    private static function label(array $wordings, string $key, string $fallback): string
    {
        return isset($wordings[$key]) ? $wordings[$key] : $fallback;
    }
}
