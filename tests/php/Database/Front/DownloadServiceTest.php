<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Front;

use Ebpdocuments\Customer\CustomerIdentity;
use Ebpdocuments\Customer\DocumentNotFound;
use Ebpdocuments\Customer\PdfDownloadResponse;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Support\Front\FrontDatabaseTestCase;

final class DownloadServiceTest extends FrontDatabaseTestCase
{
    public function testOwnerGetsThePdfAsAnAttachmentWithSafeHeaders(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $document = $this->addDocument(['id_customer' => $alice, 'reference' => 'FA00123', 'bytes' => "%PDF-1.7\n\x00\xFF binary\n%%EOF\n"]);

        $response = $this->app()->customer()->download()->download((string) $document['id_document'], $document['access_token'], new CustomerIdentity($alice, false), 1);

        self::assertSame(200, $response->status());
        self::assertSame('application/pdf', $response->header('Content-Type'));
        self::assertSame('attachment; filename="Invoice-FA00123.pdf"; filename*=UTF-8\'\'Invoice-FA00123.pdf', $response->header('Content-Disposition'));
        self::assertSame('nosniff', $response->header('X-Content-Type-Options'));
        self::assertStringContainsString('private', (string) $response->header('Cache-Control'));
        self::assertStringContainsString('no-store', (string) $response->header('Cache-Control'));
        self::assertSame((string) strlen($document['bytes']), $response->header('Content-Length'));
        self::assertSame($document['bytes'], $this->body($response));
    }

    public function testFirstDownloadIsRecordedOnce(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $document = $this->addDocument(['id_customer' => $alice]);
        $service = $this->app()->customer()->download();

        $this->body($service->download((string) $document['id_document'], $document['access_token'], new CustomerIdentity($alice, false), 1));
        $this->clock->advance('+1 day');
        $this->body($service->download((string) $document['id_document'], $document['access_token'], new CustomerIdentity($alice, false), 1));

        self::assertSame('2025-03-01 10:00:00', $this->db->fetchValue('SELECT first_downloaded_at FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $document['id_document']]));
        $events = $this->eventsOf($document['id_document'], 'downloaded');
        self::assertCount(1, $events);
        self::assertSame((string) $alice, $events[0]['id_customer']);
        self::assertSame(0, $this->app()->customer()->customerDocuments()->newCount($alice, 1));
    }

    /**
     * Every refusal must be the same exception: nothing tells a missing id from someone else's document.
     */
    public function testEveryRefusalIsTheSameNotFound(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $guest = $this->addCustomer('guest@example.com', ['guest' => true]);
        $this->addShop(2, 1);
        $mine = $this->addDocument(['id_customer' => $alice]);
        $bobs = $this->addDocument(['id_customer' => $bob]);
        $pending = $this->addDocument(['id_customer' => $alice, 'status' => DocumentStatus::WAITING]);
        $dismissed = $this->addDocument(['id_customer' => $alice, 'status' => DocumentStatus::DISMISSED]);
        $otherShop = $this->addDocument(['id_customer' => $alice, 'id_shop' => 2]);
        $guestDoc = $this->addDocument(['id_customer' => $guest]);
        $quote = $this->addDocument(['id_customer' => $alice, 'type' => 'quote']);
        $this->settings->set(SettingKeys::TYPE_VISIBILITY, '{"invoice": true, "quote": false, "order": false, "delivery": false, "credit_note": false, "other": false}');
        $asAlice = new CustomerIdentity($alice, false);

        $attempts = [
            'another customer\'s document with its own token' => [$bobs['id_document'], $bobs['access_token'], $asAlice],
            'own id, another document\'s token' => [$mine['id_document'], $bobs['access_token'], $asAlice],
            'own id, empty token' => [$mine['id_document'], '', $asAlice],
            'own id, upper-case token' => [$mine['id_document'], strtoupper($mine['access_token']), $asAlice],
            'own id, token as array' => [$mine['id_document'], [$mine['access_token']], $asAlice],
            'id + 1' => [$mine['id_document'] + 1, $mine['access_token'], $asAlice],
            'id - 1' => [$mine['id_document'] - 1, $mine['access_token'], $asAlice],
            'missing id' => [999999, $mine['access_token'], $asAlice],
            'id with junk' => [$mine['id_document'] . ' OR 1=1', $mine['access_token'], $asAlice],
            'kept aside' => [$pending['id_document'], $pending['access_token'], $asAlice],
            'dismissed' => [$dismissed['id_document'], $dismissed['access_token'], $asAlice],
            'other shop' => [$otherShop['id_document'], $otherShop['access_token'], $asAlice],
            'hidden type' => [$quote['id_document'], $quote['access_token'], $asAlice],
            'guest session' => [$guestDoc['id_document'], $guestDoc['access_token'], new CustomerIdentity($guest, true)],
            'nobody logged in' => [$mine['id_document'], $mine['access_token'], CustomerIdentity::anonymous()],
        ];
        foreach ($attempts as $label => $attempt) {
            try {
                $this->app()->customer()->download()->download($attempt[0], $attempt[1], $attempt[2], 1);
                self::fail('Not refused: ' . $label);
            } catch (DocumentNotFound $e) {
                self::assertSame('Document not found', $e->getMessage(), $label);
            }
        }
        self::assertSame([], $this->errorLog->entries, 'refusals are not errors');
        self::assertSame(0, (int) $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_event'));
    }

    public function testReassignedDocumentStopsAtOnceForTheOldOwner(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $document = $this->addDocument(['id_customer' => $alice]);
        $service = $this->app()->customer()->download();
        $this->body($service->download((string) $document['id_document'], $document['access_token'], new CustomerIdentity($alice, false), 1));

        $this->db->execute('UPDATE PREFIX_ebpdocuments_document SET id_customer = :bob WHERE id_document = :id', ['bob' => $bob, 'id' => $document['id_document']]);

        $this->expectException(DocumentNotFound::class);
        $service->download((string) $document['id_document'], $document['access_token'], new CustomerIdentity($alice, false), 1);
    }

    public function testAFileLostOnDiskIsTheSameNotFoundAndIsLogged(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $document = $this->addDocument(['id_customer' => $alice, 'noFile' => true]);

        try {
            $this->app()->customer()->download()->download((string) $document['id_document'], $document['access_token'], new CustomerIdentity($alice, false), 1);
            self::fail('A missing file must not be served');
        } catch (DocumentNotFound $e) {
            self::assertSame('Document not found', $e->getMessage());
        }
        self::assertCount(1, $this->errorLog->entries);
        self::assertSame($document['id_document'], $this->errorLog->entries[0]['context']['document']);
        self::assertStringNotContainsString($this->storageDir, json_encode($this->errorLog->entries) ?: '', 'no path in the log');
        self::assertNull($this->db->fetchValue('SELECT first_downloaded_at FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $document['id_document']]));
    }

    public function testFileNameOfANumberWithSlashesAndAccents(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $document = $this->addDocument(['id_customer' => $alice, 'type' => 'delivery', 'reference' => 'BL/2025\\é 7"x']);

        $response = $this->app()->customer()->download()->download((string) $document['id_document'], $document['access_token'], new CustomerIdentity($alice, false), 1);
        $this->body($response);

        self::assertSame('attachment; filename="Delivery-note-BL-2025-e-7-x.pdf"; filename*=UTF-8\'\'Delivery-note-BL-2025-%C3%A9-7-x.pdf', $response->header('Content-Disposition'));
    }

    public function testALargePdfStreamsInChunksWithFlatMemory(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $document = $this->addDocument(['id_customer' => $alice, 'bytes' => '%PDF-1.4' . "\n" . str_repeat('0123456789abcdef', 1048576) . "%%EOF\n"]);
        $expectedHash = hash('sha256', $document['bytes']);
        $size = strlen($document['bytes']);
        unset($document['bytes']);
        gc_collect_cycles();

        $response = $this->app()->customer()->download()->download((string) $document['id_document'], $document['access_token'], new CustomerIdentity($alice, false), 1);
        $hash = hash_init('sha256');
        $chunks = 0;
        $largest = 0;
        $before = memory_get_usage();
        $peak = 0;
        // chunk_size 1: the buffer hands over every write as it comes.
        ob_start(function (string $buffer) use ($hash, &$chunks, &$largest, &$peak, $before): string {
            hash_update($hash, $buffer);
            ++$chunks;
            $largest = max($largest, strlen($buffer));
            $peak = max($peak, memory_get_usage() - $before);

            return '';
        }, 1);
        $response->writeStream();
        ob_end_clean();

        self::assertSame((string) $size, $response->header('Content-Length'));
        self::assertSame($expectedHash, hash_final($hash));
        self::assertGreaterThanOrEqual((int) ceil($size / PdfDownloadResponse::CHUNK_BYTES), $chunks, 'the body is written in chunks');
        self::assertSame(PdfDownloadResponse::CHUNK_BYTES, $largest, 'none larger than CHUNK_BYTES');
        self::assertLessThan(4 * 1048576, $peak, 'a 16 MB PDF never sits in memory');
    }

    private function body(Response $response): string
    {
        ob_start();
        $response->writeStream();

        return (string) ob_get_clean();
    }
}
