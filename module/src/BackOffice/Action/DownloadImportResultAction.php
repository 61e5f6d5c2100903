<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\Export\CsvWriter;
use Ebpdocuments\BackOffice\Import\ImportAccess;
use Ebpdocuments\BackOffice\Import\ImportRepository;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\ResponseAction;
use Ebpdocuments\BackOffice\Translation\AdminWordings;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Support\Translator;

/**
 * downloadImportResult (view, GET link `import.resultUrl`): one CSV line per CSV row or PDF of the import — line,
 * file, type, number, outcome, reason (the dry run's plan until the import ran) — streamed, UTF-8 with BOM, ";".
 */
final class DownloadImportResultAction implements ResponseAction
{
    const BATCH = 500;

    /** @var ImportAccess */
    private $access;
    /** @var ImportRepository */
    private $imports;
    /** @var Translator */
    private $translator;

    public function __construct(ImportAccess $access, ImportRepository $imports, Translator $translator)
    {
        $this->access = $access;
        $this->imports = $imports;
        $this->translator = $translator;
    }

    public function respond(array $params, ActionContext $context): Response
    {
        $import = $this->access->load(new Params($params), $context);
        $id = (int) $import['id_import'];
        $wordings = (new AdminWordings())->all($this->translator);
        $label = function (string $key, string $fallback) use ($wordings): string {
            return isset($wordings[$key]) ? $wordings[$key] : $fallback;
        };

        return Response::stream(200, [
            'Content-Type' => 'text/csv; charset=utf-8',
            'Content-Disposition' => 'attachment; filename="import-' . $id . '-result.csv"',
            'X-Content-Type-Options' => 'nosniff',
            'Cache-Control' => 'private, no-store, max-age=0',
        ], function () use ($id, $label) {
            $csv = new CsvWriter(function (string $bytes) {
                echo $bytes;
            });
            $csv->start();
            $csv->row([
                $label('import.result.line', 'Line'), $label('import.result.file', 'File'), $label('import.result.type', 'Type'),
                $label('import.result.number', 'Number'), $label('import.result.outcome', 'Outcome'), $label('import.result.reason', 'Reason'),
            ]);
            $after = 0;
            do {
                $rows = $this->imports->rowsAfter($id, $after, self::BATCH);
                foreach ($rows as $row) {
                    $after = (int) $row['position'];
                    $outcome = $row['outcome'] !== null ? (string) $row['outcome'] : (string) $row['planned'];
                    $reason = $row['outcome'] !== null ? $row['reason'] : $row['planned_reason'];
                    $csv->row([
                        $row['csv_line'] === null ? '' : (string) $row['csv_line'],
                        CsvWriter::text($row['pdf_entry']),
                        $row['type'] === '' ? '' : $label('documentType.' . $row['type'], (string) $row['type']),
                        CsvWriter::text($row['reference']),
                        $outcome === '' ? '' : $label('import.outcome.' . $outcome, $outcome),
                        $reason === null || $reason === '' ? '' : $label('import.reason.' . $reason, $label('waitingReason.' . $reason . '.label', (string) $reason)),
                    ]);
                }
                flush();
            } while (count($rows) === self::BATCH);
        });
    }
}
