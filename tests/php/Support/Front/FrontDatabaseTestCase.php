<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Front;

use Ebpdocuments\Application;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;
use Ebpdocuments\Tests\Support\Harness\FixedServerSecret;
use Ebpdocuments\Tests\Support\Harness\HarnessLinks;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;
use Ebpdocuments\Tests\Support\InMemorySettings;
use Ebpdocuments\Wiring\CoreServices;

/**
 * Database tests of the customer side: the core test database plus helpers to put documents (rows and files)
 * in place, and an Application wired over it with recording mailer and error log.
 */
abstract class FrontDatabaseTestCase extends CoreDatabaseTestCase
{
    /** @var string */
    protected $storageDir;
    /** @var InMemorySettings */
    protected $settings;
    /** @var MemoryMailer */
    protected $mailer;
    /** @var MemoryErrorLog */
    protected $errorLog;
    /** @var MovableClock */
    protected $clock;

    protected function setUp(): void
    {
        parent::setUp();
        $this->db->execute('DELETE FROM PREFIX_ebpdocuments_claim');
        $this->db->execute('DELETE FROM PREFIX_ebpdocuments_claim_budget');
        $this->db->execute('DELETE FROM PREFIX_ebpdocuments_email_proof');
        $this->storageDir = sys_get_temp_dir() . '/ebpdocuments-front-' . bin2hex(random_bytes(6));
        mkdir($this->storageDir, 0700, true);
        $this->settings = new InMemorySettings();
        $this->mailer = new MemoryMailer();
        $this->errorLog = new MemoryErrorLog();
        $this->clock = new MovableClock('2025-03-01 10:00:00');
    }

    protected function tearDown(): void
    {
        self::removeTree($this->storageDir);
        parent::tearDown();
    }

    protected function app(int $shopId = 1): Application
    {
        $app = new Application(new CoreServices(
            $this->db,
            $this->settings,
            $this->clock,
            new IdentityTranslator(),
            new HarnessLinks('http://shop.test'),
            $this->mailer,
            $shopId,
            $this->storageDir,
            'test'
        ));
        $app->core()->setErrorLog($this->errorLog);
        $app->core()->setServerSecret(new FixedServerSecret());

        return $app;
    }

    /**
     * Inserts a document row (attached to $values['id_customer'] unless told otherwise) and, unless 'noFile' is set,
     * its PDF in the storage folder.
     *
     * @param array<string, mixed> $values
     *
     * @return array<string, mixed> the inserted values with id_document, plus 'bytes'
     */
    protected function addDocument(array $values = []): array
    {
        static $counter = 0;
        ++$counter;
        $bytes = isset($values['bytes']) ? (string) $values['bytes'] : "%PDF-1.4\n% document " . $counter . "\n%%EOF\n";
        $noFile = !empty($values['noFile']);
        unset($values['bytes'], $values['noFile']);
        $hash = hash('sha256', $bytes . $counter . random_bytes(4));
        $row = array_merge([
            'id_shop' => 1,
            'type' => 'invoice',
            'type_raw' => 'Facture',
            'reference' => 'FA' . str_pad((string) $counter, 5, '0', STR_PAD_LEFT),
            'document_date' => '2025-01-15',
            'billing_email' => 'client@example.com',
            'email_normalized' => 'client@example.com',
            'id_customer' => null,
            'status' => DocumentStatus::ATTACHED,
            'reason' => null,
            'match_method' => 'email',
            'total_tax_incl' => '120.000000',
            'currency' => 'EUR',
            'file_name' => substr($hash, 0, 2) . '/' . $hash . '.pdf',
            'file_size' => strlen($bytes),
            'sha256' => hash('sha256', $bytes),
            'version' => 1,
            'access_token' => bin2hex(random_bytes(32)),
            'source' => 'api',
            'key_label' => 'test',
            'id_order' => null,
            'first_downloaded_at' => null,
            'date_add' => '2025-01-15 10:00:00',
            'date_upd' => '2025-01-15 10:00:00',
        ], $values);
        $columns = array_keys($row);
        $row['id_document'] = $this->db->insert(
            'INSERT INTO PREFIX_ebpdocuments_document (' . implode(', ', $columns) . ') VALUES (:' . implode(', :', $columns) . ')',
            $row
        );
        if (!$noFile) {
            $path = $this->storageDir . '/' . $row['file_name'];
            if (!is_dir(dirname($path))) {
                mkdir(dirname($path), 0700, true);
            }
            file_put_contents($path, $bytes);
        }
        $row['bytes'] = $bytes;

        return $row;
    }

    /**
     * @return array<int, array<string, string|null>>
     */
    protected function eventsOf(int $documentId, string $event): array
    {
        return $this->db->fetchAll(
            'SELECT * FROM PREFIX_ebpdocuments_event WHERE id_document = :id AND event = :event',
            ['id' => $documentId, 'event' => $event]
        );
    }

    protected static function removeTree(string $dir): void
    {
        if (!is_dir($dir)) {
            return;
        }
        $items = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS), \RecursiveIteratorIterator::CHILD_FIRST);
        foreach ($items as $item) {
            $item->isDir() ? rmdir($item->getPathname()) : unlink($item->getPathname());
        }
        rmdir($dir);
    }
}
