<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Ingestion;

use Ebpdocuments\Tests\Support\PdoConnection;

/**
 * Twenty processes ingest the same document at the same moment, each through its own connection: one row, one file.
 */
final class ParallelIngestionTest extends IngestionTestCase
{
    public function testTwentyIdenticalParallelIngestionsStoreOneDocument(): void
    {
        $this->addCustomer('client@x.fr');
        $this->storage()->ensureReady();
        $outcomes = sys_get_temp_dir() . '/ebpdocs-outcomes-' . bin2hex(random_bytes(4));
        mkdir($outcomes);
        $start = microtime(true) + 0.5;
        $children = [];
        for ($i = 0; $i < 20; ++$i) {
            $pid = pcntl_fork();
            self::assertNotSame(-1, $pid);
            if ($pid === 0) {
                $this->runChild($outcomes . '/' . $i, $start);
            }
            $children[] = $pid;
        }
        foreach ($children as $pid) {
            pcntl_waitpid($pid, $status);
        }
        $results = [];
        foreach ((array) glob($outcomes . '/*') as $file) {
            $results[] = (string) file_get_contents((string) $file);
            unlink((string) $file);
        }
        rmdir($outcomes);

        sort($results);
        $created = array_values(array_filter($results, function (string $r): bool {
            return strpos($r, 'created ') === 0;
        }));
        $unchanged = array_values(array_filter($results, function (string $r): bool {
            return strpos($r, 'unchanged ') === 0;
        }));
        self::assertCount(20, $results, implode("\n", $results));
        self::assertCount(1, $created, implode("\n", $results));
        self::assertCount(19, $unchanged, implode("\n", $results));
        self::assertSame(1, $this->documentCount());
        self::assertCount(1, $this->files(), 'one final file and no temp file');
        $id = (int) $this->db->fetchValue('SELECT id_document FROM PREFIX_ebpdocuments_document');
        foreach ($results as $result) {
            self::assertStringEndsWith(' ' . $id, $result);
        }
        self::assertSame('1', $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_event WHERE event = \'attached\''));
    }

    private function runChild(string $outcomeFile, float $start): void
    {
        try {
            $connection = PdoConnection::fromEnvironment(self::databaseName());
            $incoming = $this->incoming();
            $temp = $this->temp($this->pdf());
            while (microtime(true) < $start) {
                usleep(1000);
            }
            $result = $this->ingestion($connection)->ingest($incoming, $temp);
            file_put_contents($outcomeFile, $result->outcome() . ' ' . $result->documentId());
        } catch (\Throwable $e) {
            file_put_contents($outcomeFile, 'error ' . get_class($e) . ' ' . $e->getMessage());
        }
        // Leave without running PHPUnit's shutdown code in the forked copy.
        posix_kill(posix_getpid(), SIGKILL);
    }
}
