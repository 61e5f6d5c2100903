<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Ingestion;

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Matching\CustomerLinkRepository;
use Ebpdocuments\Matching\CustomerMatcher;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Matching\OrderResolver;
use Ebpdocuments\Receiving\Ingestion\DocumentValidator;
use Ebpdocuments\Receiving\Ingestion\IncomingDocument;
use Ebpdocuments\Receiving\Ingestion\IngestionService;
use Ebpdocuments\Storage\Documents\DocumentListener;
use Ebpdocuments\Storage\Documents\DocumentManager;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\PdfValidator;
use Ebpdocuments\Storage\Repository\DocumentRepository;
use Ebpdocuments\Storage\Repository\EventRepository;
use Ebpdocuments\Storage\TempFile;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;
use Ebpdocuments\Tests\Support\InMemorySettings;
use Ebpdocuments\Tests\Support\PdfFactory;
use Ebpdocuments\Tests\Unit\Storage\StorageTestCase;

/**
 * Wires the real ingestion services on the test database and a temporary storage folder.
 */
abstract class IngestionTestCase extends CoreDatabaseTestCase implements DocumentListener
{
    /** @var string */
    protected $root;
    /** @var array<int, array{int, bool}> */
    protected $notified = [];
    /** @var int[] ids told documentWaiting() */
    protected $waiting = [];
    /** @var InMemorySettings */
    protected $proofSettings;

    protected function setUp(): void
    {
        parent::setUp();
        $this->db->execute('DELETE FROM PREFIX_ebpdocuments_email_proof');
        // These suites test the matching order and the ingestion; the e-mail proof rule (on by default) has its own
        // tests (Database\Matching\EmailProofMatchingTest), so here an e-mail match attaches at once.
        $this->proofSettings = new InMemorySettings([SettingKeys::REQUIRE_EMAIL_PROOF => '0']);
        $this->root = sys_get_temp_dir() . '/ebpdocs-ingest-' . bin2hex(random_bytes(6));
        $this->notified = [];
        $this->waiting = [];
    }

    protected function tearDown(): void
    {
        StorageTestCase::removeTree($this->root);
        parent::tearDown();
    }

    public function documentAttached(int $documentId, bool $isNewVersion): void
    {
        $this->notified[] = [$documentId, $isNewVersion];
    }

    public function documentWaiting(int $documentId): void
    {
        $this->waiting[] = $documentId;
    }

    protected function storage(): DocumentStorage
    {
        return new DocumentStorage($this->root);
    }

    protected function ingestion(?Connection $connection = null, ?EventRepository $events = null): IngestionService
    {
        $connection = $connection ?: $this->db;

        return new IngestionService(
            $connection,
            $this->storage(),
            new PdfValidator(),
            $this->matcher($connection),
            new DocumentRepository($connection),
            $events ?: new EventRepository($connection, $this->fixedClock()),
            $this->fixedClock(),
            20 * 1048576,
            $this
        );
    }

    protected function manager(): DocumentManager
    {
        return new DocumentManager(
            $this->db,
            new DocumentRepository($this->db),
            new EventRepository($this->db, $this->fixedClock()),
            new CustomerLinkRepository($this->db, $this->fixedClock()),
            $this->matcher($this->db),
            $this->storage(),
            $this->fixedClock(),
            $this->proofs($this->db),
            $this
        );
    }

    protected function matcher(Connection $connection): CustomerMatcher
    {
        return new CustomerMatcher($connection, new EmailNormalizer(), new OrderResolver($connection), new CustomerLinkRepository($connection, $this->fixedClock()), $this->proofs($connection));
    }

    protected function proofs(Connection $connection): EmailProofs
    {
        return new EmailProofs($connection, new EmailNormalizer(), $this->proofSettings, $this->fixedClock());
    }

    /**
     * @param array<string, string> $fields
     */
    protected function incoming(array $fields = []): IncomingDocument
    {
        return (new DocumentValidator(new EmailNormalizer()))->fromFields(
            $fields + ['type' => 'facture', 'reference' => 'FA-0001', 'email' => 'client@x.fr'],
            1,
            'econnecteur',
            null,
            'E-connecteur'
        );
    }

    protected function temp(string $pdf): TempFile
    {
        return $this->storage()->writeTempFromBase64(base64_encode($pdf), 20 * 1048576);
    }

    protected function pdf(string $text = 'Facture FA-0001'): string
    {
        return PdfFactory::valid($text);
    }

    protected function documentCount(): int
    {
        return (int) $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_document');
    }

    /**
     * @return string[] events of a document, oldest first
     */
    protected function eventsOf(int $documentId): array
    {
        return array_column($this->db->fetchAll(
            'SELECT event FROM PREFIX_ebpdocuments_event WHERE id_document = :id ORDER BY id_event',
            ['id' => $documentId]
        ), 'event');
    }

    /**
     * @return string[] final PDF files (relative) and temp files under the storage root
     */
    protected function files(): array
    {
        $files = [];
        foreach ((array) glob($this->root . '/{[0-9a-f][0-9a-f]/*.pdf,tmp/*.part}', GLOB_BRACE) as $path) {
            $files[] = substr((string) $path, strlen($this->root) + 1);
        }
        sort($files);

        return $files;
    }
}
