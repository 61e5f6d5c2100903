<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard;

/**
 * Issue 13, exports: the Documents / To attach list as CSV (filters or a selection, streamed, UTF-8 with BOM, ";")
 * and the PDFs as a streamed ZIP ("<Type>-<number>.pdf"), both over the GET links PHP builds, both recorded.
 */
final class ExportActionsTest extends AdminAjaxTestCase
{
    public function testCsvFollowsTheFiltersWithBomSemicolonsAndGuardedText(): void
    {
        $customer = $this->insertCustomer('alice@example.com', ['firstname' => 'Alice', 'lastname' => 'Martin']);
        $this->insertDocument(['reference' => 'FA00001', 'status' => 'attached', 'reason' => null, 'id_customer' => $customer, 'match_method' => 'email', 'billing_email' => 'alice@example.com', 'total_tax_excl' => '1234.500000', 'total_tax_incl' => '1481.400000']);
        $this->insertDocument(['reference' => 'FA00002', 'billing_email' => '=HYPERLINK("x")', 'type' => 'credit_note', 'type_raw' => 'Avoir', 'total_tax_incl' => '-12.000000']);
        $this->insertDocument(['reference' => 'FA00003', 'status' => 'dismissed']);

        $all = $this->get('exportDocuments');
        $this->assertSame(200, $all->status, $all->describe());
        $this->assertSame('text/csv; charset=utf-8', $all->header('content-type'));
        $this->assertStringStartsWith('attachment; filename="documents-', (string) $all->header('content-disposition'));
        $this->assertStringStartsWith("\xEF\xBB\xBF", $all->body);
        $lines = explode("\r\n", trim(substr($all->body, 3)));
        $this->assertSame('Type;Number;Date;Total tax excl.;Total tax incl.;Currency;Billing e-mail;EBP customer code;Customer;Customer e-mail;Order;Status;Reason;Received on;First downloaded;Source', $lines[0]);
        $this->assertCount(4, $lines);
        $this->assertSame('Credit note;FA00002;2024-05-01;100.00;-12.00;EUR;"\'=HYPERLINK(""x"")";;;;;Waiting;No customer account;2024-05-02 10:00:00;;API', $lines[2], 'text that a spreadsheet would run is guarded; amounts stay numbers');
        $this->assertStringContainsString('Invoice;FA00001;2024-05-01;1234.50;1481.40;EUR;alice@example.com;;Alice Martin;alice@example.com;;Attached;;', $lines[3]);

        $notices = $this->get('exportDocuments', ['status' => 'pending', 'list' => 'waiting']);
        $this->assertStringStartsWith('attachment; filename="waiting-', (string) $notices->header('content-disposition'));
        $this->assertCount(2, explode("\r\n", trim($notices->body)), 'header + the one notice');
        $selected = $this->get('exportDocuments', ['ids' => [$this->idOf('FA00003')]]);
        $this->assertStringContainsString(';FA00003;', $selected->body);
        $this->assertCount(2, explode("\r\n", trim($selected->body)));

        $events = $this->pdo()->query("SELECT detail, id_employee FROM ps_ebpdocuments_event WHERE event = 'exported' ORDER BY id_event")->fetchAll(\PDO::FETCH_ASSOC);
        $this->assertCount(3, $events);
        $this->assertSame(['format' => 'csv', 'count' => 3, 'filters' => []], json_decode((string) $events[0]['detail'], true));
        $this->assertSame(['format' => 'csv', 'count' => 1, 'filters' => ['status' => 'pending']], json_decode((string) $events[1]['detail'], true));
        $this->assertSame('1', (string) $events[0]['id_employee']);

        $this->assertRefused($this->get('exportDocuments', ['status' => 'lost']), 422, 'validation', 'status');
        $this->assertRefused($this->get('exportDocuments', [], [HarnessAdminGuard::PERMISSIONS_HEADER => 'edit']), 403, 'forbidden');
        $this->assertRefused($this->send('GET', '/admin-ajax?' . http_build_query(['action' => 'exportDocuments', 'token' => 'no'])), 401, 'unauthenticated');
    }

    public function testCsvOfOneCustomersDocuments(): void
    {
        $alice = $this->insertCustomer('alice@example.com', ['firstname' => 'Alice', 'lastname' => 'Martin']);
        $bob = $this->insertCustomer('bob@example.com', ['firstname' => 'Bob', 'lastname' => 'Petit']);
        $this->insertDocument(['reference' => 'FA00001', 'status' => 'attached', 'reason' => null, 'id_customer' => $alice]);
        $this->insertDocument(['reference' => 'FA00002', 'status' => 'attached', 'reason' => null, 'id_customer' => $alice]);
        $this->insertDocument(['reference' => 'FA00003', 'status' => 'attached', 'reason' => null, 'id_customer' => $bob]);

        $csv = $this->get('exportDocuments', ['customerId' => $alice]);

        $this->assertSame(200, $csv->status, $csv->describe());
        $lines = explode("\r\n", trim(substr($csv->body, 3)));
        $this->assertCount(3, $lines, 'header + her two documents');
        $this->assertStringContainsString(';FA00002;', $lines[1], 'newest first');
        $this->assertStringContainsString(';FA00001;', $lines[2]);
        $detail = json_decode((string) $this->pdo()->query("SELECT detail FROM ps_ebpdocuments_event WHERE event = 'exported'")->fetchColumn(), true);
        $this->assertSame(['customerId' => $alice], $detail['filters']);
    }

    public function testZipHoldsTheSelectedPdfsNamedByTypeAndNumberAndIsRecorded(): void
    {
        $first = $this->insertDocument(['reference' => 'FA/2024/001'], true);
        $second = $this->insertDocument(['reference' => 'AV001', 'type' => 'credit_note'], true);
        $this->insertDocument(['reference' => 'FA-OTHER'], true);
        $missing = $this->insertDocument(['reference' => 'FA-GONE'], false);

        $zip = $this->get('downloadDocumentsZip', ['ids' => [$first, $second, $missing]]);
        $this->assertSame(200, $zip->status, $zip->describe());
        $this->assertSame('application/zip', $zip->header('content-type'));
        $entries = $this->entries($zip->body);
        ksort($entries);
        $this->assertSame(['Credit-note-AV001.pdf', 'Invoice-FA-2024-001.pdf'], array_keys($entries), 'a missing file is left out, the others come');
        $this->assertSame(self::pdf('admin ' . $first), $entries['Invoice-FA-2024-001.pdf']);

        $filtered = $this->entries($this->get('downloadDocumentsZip', ['search' => 'FA-O'])->body);
        $this->assertSame(['Invoice-FA-OTHER.pdf'], array_keys($filtered));

        $details = array_map(function ($detail) {
            return json_decode((string) $detail, true);
        }, $this->pdo()->query("SELECT detail FROM ps_ebpdocuments_event WHERE event = 'exported' ORDER BY id_event")->fetchAll(\PDO::FETCH_COLUMN));
        $this->assertSame([['format' => 'zip', 'count' => 2, 'selected' => 3], ['format' => 'zip', 'count' => 1, 'filters' => ['search' => 'FA-O']]], $details);
    }

    public function testZipRefusesWhatWouldExceedTheCeilingBeforeSendingAnything(): void
    {
        $this->insertDocument(['reference' => 'BIG1', 'file_size' => 1500000000], true);
        $this->insertDocument(['reference' => 'BIG2', 'file_size' => 1500000000], true);
        $this->assertRefused($this->get('downloadDocumentsZip'), 422, 'validation', 'ids');
        $this->assertSame(0, $this->countRows('ebpdocuments_event', "event = 'exported'"));
    }

    /**
     * @param array<string, mixed> $params
     * @param array<string, string> $headers
     */
    private function get(string $action, array $params = [], array $headers = []): \Ebpdocuments\Tests\Http\HttpResult
    {
        $url = $this->harness()->app()->core()->links()->adminAction($action);

        return $this->send('GET', (string) substr($url, strlen($this->url(''))) . ($params === [] ? '' : '&' . http_build_query($params)), null, $headers);
    }

    private function idOf(string $reference): int
    {
        $row = $this->documentRow($reference);

        return $row === null ? 0 : (int) $row['id_document'];
    }

    /**
     * @return array<string, string> entry name => bytes
     */
    private function entries(string $bytes): array
    {
        $path = tempnam(sys_get_temp_dir(), 'ebpzipout');
        file_put_contents($path, $bytes);
        $zip = new \ZipArchive();
        $this->assertTrue($zip->open($path, \ZipArchive::CHECKCONS) === true, 'a valid ZIP');
        $entries = [];
        for ($i = 0; $i < $zip->numFiles; ++$i) {
            $name = (string) $zip->getNameIndex($i);
            $entries[$name] = (string) $zip->getFromIndex($i);
        }
        $zip->close();
        unlink($path);

        return $entries;
    }
}
