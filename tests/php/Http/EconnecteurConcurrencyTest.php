<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

/**
 * At-least-once delivery: parallel duplicates and failures between the file and the row.
 */
final class EconnecteurConcurrencyTest extends HttpTestCase
{
    /**
     * @return array<string, string>
     */
    private function fields(string $key): array
    {
        return [
            'key' => $key, 'email' => 'client@example.com', 'type' => 'facture', 'reference' => 'FA1', 'oid' => '',
            'pdf' => base64_encode(self::pdf()),
        ];
    }

    public function testTwentyParallelIdenticalPostsMakeOneDocument(): void
    {
        $this->addCustomer('client@example.com');
        $key = $this->createModuleKey();
        $handles = [];
        for ($i = 0; $i < 20; ++$i) {
            $handles[] = $this->handle('POST', '/receive', http_build_query($this->fields($key)), ['Content-Type' => 'application/x-www-form-urlencoded']);
        }
        $results = $this->parallel($handles);

        foreach ($results as $result) {
            $this->assertSame(200, $result->status, $result->describe());
        }
        $this->assertSame(1, $this->countRows('ebpdocuments_document'));
        $this->assertCount(1, $this->storedFiles());
        $this->assertSame(1, $this->countRows('ebpdocuments_event', "event = 'received'"));
    }

    public function testDatabaseFailureAfterTheFileWriteLeavesNothingAndTheRetrySucceeds(): void
    {
        $this->addCustomer('client@example.com');
        $key = $this->createModuleKey();
        // Fails at the INSERT that stores the row: the file already has its final name.
        $this->injectFaults([['on' => '/^INSERT INTO \w+ebpdocuments_document /', 'times' => 1, 'action' => 'throw']]);

        $failed = $this->postForm('/receive', $this->fields($key));
        $this->assertSame(500, $failed->status, $failed->describe());
        $this->assertSame(0, $this->countRows('ebpdocuments_document'));
        $this->assertSame([], $this->storedFiles(), 'no file without its row');

        $retry = $this->postForm('/receive', $this->fields($key));
        $this->assertSame(200, $retry->status, $retry->describe());
        $row = $this->documentRow('FA1');
        $this->assertNotNull($row);
        $this->assertSame([$row['file_name']], $this->storedFiles());
    }

    public function testCrashBeforeTheRowIsStoredLeavesNoRowAndTheRetrySucceeds(): void
    {
        $this->addCustomer('client@example.com');
        $key = $this->createModuleKey();
        // The PHP process dies between the file's rename and the INSERT of its row.
        $this->injectFaults([['on' => '/^INSERT INTO \w+ebpdocuments_document /', 'times' => 1, 'action' => 'exit']]);

        $crashed = $this->postForm('/receive', $this->fields($key));
        // php -S answers an empty 200 when the script dies; the connector never sees a success message.
        $this->assertSame('', $crashed->body);
        $this->assertSame(0, $this->countRows('ebpdocuments_document'), 'no row without its file');

        $retry = $this->postForm('/receive', $this->fields($key));
        $this->assertSame(200, $retry->status, $retry->describe());
        $row = $this->documentRow('FA1');
        $this->assertNotNull($row);
        $this->assertFileExists($this->storagePath((string) $row['file_name']));
        $this->assertSame(self::pdf(), file_get_contents($this->storagePath((string) $row['file_name'])));
    }
}
