<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\PrestaShop;

use Ebpdocuments\Kernel\Database\DatabaseException;
use Ebpdocuments\Kernel\Database\DuplicateKeyException;
use Ebpdocuments\Kernel\Database\RetryableDatabaseException;
use Ebpdocuments\Shop\PrestaShopConnection;
use Ebpdocuments\Tests\Support\PdoConnection;
use PHPUnit\Framework\TestCase;

/**
 * Shop\PrestaShopConnection on the real Db class of a PrestaShop tree (EBPDOCS_PS_ROOT; PrestaShop 8.1.2's
 * DbPDO throws a plain PrestaShopException, 9.1.4's answers false): every transient error the server can give is
 * a RetryableDatabaseException, a duplicate key a DuplicateKeyException, and the connection works afterwards.
 * Each error is provoked for real on MariaDB, with a second connection holding the locks.
 */
final class PrestaShopDbErrorsTest extends TestCase
{
    const DATABASE = 'ebpdocuments_prestashop_db_test';

    /** @var \Db */
    private $db;
    /** @var PrestaShopConnection */
    private $connection;
    /** @var \PDO */
    private $other;

    public static function setUpBeforeClass(): void
    {
        $pdo = PdoConnection::pdoFromEnvironment();
        $pdo->exec('DROP DATABASE IF EXISTS `' . self::DATABASE . '`');
        $pdo->exec('CREATE DATABASE `' . self::DATABASE . '` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci');
    }

    protected function setUp(): void
    {
        $this->other = PdoConnection::pdoFromEnvironment(self::DATABASE);
        // A test that failed half-way may have left a lock behind in a connection PHP has not closed yet.
        $this->other->exec('SET SESSION lock_wait_timeout = 10');
        $this->other->exec('DROP TABLE IF EXISTS ps_probe, ps_heavy');
        $this->other->exec('CREATE TABLE ps_probe (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB');
        $this->other->exec('CREATE TABLE ps_heavy (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB');
        $this->other->exec('INSERT INTO ps_probe VALUES (1, 0), (2, 0)');
        $this->other->exec('INSERT INTO ps_heavy SELECT seq, 0 FROM seq_1_to_200');
        $class = \Db::getClass();
        $server = (getenv('EBPDOCS_DB_HOST') ?: '127.0.0.1') . ':' . (getenv('EBPDOCS_DB_PORT') ?: '33061');
        $this->db = new $class($server, getenv('EBPDOCS_DB_USER') ?: 'root', (string) getenv('EBPDOCS_DB_PASSWORD'), self::DATABASE);
        $this->connection = new PrestaShopConnection($this->db, 'ps_');
    }

    protected function tearDown(): void
    {
        $this->db->disconnect();
        $this->other->exec('ROLLBACK');
    }

    public function testItRunsOnTheRealDbClass(): void
    {
        self::assertInstanceOf('DbCore', $this->db);
        self::assertSame('0', $this->connection->fetchValue('SELECT v FROM PREFIX_probe WHERE id = :id', ['id' => 1]));
    }

    public function testADuplicateKeyIsADuplicateKeyException(): void
    {
        $error = $this->failure(function () {
            $this->connection->insert('INSERT INTO PREFIX_probe (id, v) VALUES (1, 5)');
        });

        self::assertInstanceOf(DuplicateKeyException::class, $error);
        self::assertSame(1062, $error->getCode());
        self::assertStringContainsString('Duplicate entry', $error->getMessage());
        $this->assertTheConnectionStillWorks();
    }

    public function testALockWaitTimeoutIsRetryable(): void
    {
        $this->connection->execute('SET SESSION innodb_lock_wait_timeout = 1');
        $this->other->exec('START TRANSACTION');
        $this->other->exec('UPDATE ps_probe SET v = 1 WHERE id = 1');

        $error = $this->failure(function () {
            $this->connection->transactional(function () {
                $this->connection->execute('UPDATE PREFIX_probe SET v = 2 WHERE id = 1');
            });
        });
        $this->other->exec('ROLLBACK');

        self::assertInstanceOf(RetryableDatabaseException::class, $error);
        self::assertSame(1205, $error->getCode());
        $this->assertTheConnectionStillWorks();
    }

    public function testADeadlockIsRetryable(): void
    {
        // The other transaction writes 200 rows first, so InnoDB picks ours (the lighter one) as the victim.
        $other = $this->mysqli();
        $other->query('START TRANSACTION');
        $other->query('UPDATE ps_heavy SET v = 1');
        $other->query('UPDATE ps_probe SET v = 1 WHERE id = 2');

        $error = $this->failure(function () use ($other) {
            $this->connection->transactional(function () use ($other) {
                $this->connection->execute('UPDATE PREFIX_probe SET v = 2 WHERE id = 1');
                // Waits for our row 1 while holding row 2; our next statement closes the cycle.
                $other->query('UPDATE ps_probe SET v = 1 WHERE id = 1', MYSQLI_ASYNC);
                usleep(200000);
                $this->connection->execute('UPDATE PREFIX_probe SET v = 2 WHERE id = 2');
            });
        });
        $other->reap_async_query();
        $other->query('COMMIT');
        $other->close();

        self::assertInstanceOf(RetryableDatabaseException::class, $error);
        self::assertSame(1213, $error->getCode());
        self::assertStringContainsString('Deadlock', $error->getMessage());
        // Our transaction was rolled back whole, theirs committed.
        self::assertSame('1', $this->connection->fetchValue('SELECT v FROM PREFIX_probe WHERE id = 1'));
        $this->assertTheConnectionStillWorks();
    }

    public function testAKilledIdleConnectionIsRetryableAndReconnected(): void
    {
        $this->connection->transactional(function () {
            $this->connection->execute('UPDATE PREFIX_probe SET v = 7 WHERE id = 1');
        });
        $id = (int) $this->connection->fetchValue('SELECT CONNECTION_ID()');

        $error = $this->failure(function () use ($id) {
            $this->connection->transactional(function () use ($id) {
                $this->connection->execute('UPDATE PREFIX_probe SET v = 8 WHERE id = 1');
                $this->other->exec('KILL CONNECTION ' . $id);
                usleep(100000);
                $this->connection->execute('UPDATE PREFIX_probe SET v = 8 WHERE id = 2');
            });
        });

        self::assertInstanceOf(RetryableDatabaseException::class, $error);
        self::assertContains($error->getCode(), [2006, 2013, 1927], 'a lost connection: ' . $error->getMessage());
        // Nothing of the lost transaction was committed, not even through a connection Db reopened by itself.
        self::assertSame(['1' => '7', '2' => '0'], $this->values());
        $this->assertTheConnectionStillWorks();
        self::assertNotSame((string) $id, $this->connection->fetchValue('SELECT CONNECTION_ID()'));
    }

    public function testAConnectionKilledDuringAQueryIsRetryable(): void
    {
        $id = (int) $this->connection->fetchValue('SELECT CONNECTION_ID()');
        $killer = $this->mysqli();

        $error = $this->failure(function () use ($killer, $id) {
            $this->connection->transactional(function () use ($killer, $id) {
                $this->connection->execute('UPDATE PREFIX_probe SET v = 9 WHERE id = 1');
                // Another connection kills ours 0.3 s into the 3 s query.
                $killer->query('BEGIN NOT ATOMIC DO SLEEP(0.3); KILL CONNECTION ' . $id . '; END', MYSQLI_ASYNC);
                $this->connection->fetchValue('SELECT SLEEP(3)');
            });
        });
        $killed = $killer->reap_async_query();
        self::assertNotFalse($killed, 'the KILL ran: ' . $killer->error);
        $killer->close();

        self::assertInstanceOf(RetryableDatabaseException::class, $error);
        self::assertContains($error->getCode(), [2006, 2013, 1927], 'a lost connection: ' . $error->getMessage());
        self::assertSame(['1' => '0', '2' => '0'], $this->values());
        $this->assertTheConnectionStillWorks();
    }

    public function testAnOrdinaryErrorStaysAnOrdinaryDatabaseException(): void
    {
        $error = $this->failure(function () {
            $this->connection->fetchAll('SELECT no_such_column FROM PREFIX_probe');
        });

        self::assertSame(DatabaseException::class, get_class($error));
        self::assertSame(1054, $error->getCode());
        $this->assertTheConnectionStillWorks();
    }

    private function failure(callable $work): DatabaseException
    {
        try {
            $work();
        } catch (DatabaseException $error) {
            return $error;
        }
        self::fail('the statement was expected to fail');
    }

    private function assertTheConnectionStillWorks(): void
    {
        $this->connection->transactional(function () {
            $this->connection->execute('UPDATE PREFIX_probe SET v = v + 100 WHERE id = 2');
        });
        self::assertGreaterThanOrEqual(100, (int) $this->connection->fetchValue('SELECT v FROM PREFIX_probe WHERE id = 2'));
    }

    /**
     * @return array<string, string>
     */
    private function values(): array
    {
        $values = [];
        foreach ($this->other->query('SELECT id, v FROM ps_probe ORDER BY id')->fetchAll(\PDO::FETCH_ASSOC) as $row) {
            $values[(string) $row['id']] = (string) $row['v'];
        }

        return $values;
    }

    private function mysqli(): \mysqli
    {
        mysqli_report(MYSQLI_REPORT_OFF);
        $mysqli = new \mysqli(getenv('EBPDOCS_DB_HOST') ?: '127.0.0.1', getenv('EBPDOCS_DB_USER') ?: 'root', (string) getenv('EBPDOCS_DB_PASSWORD'), self::DATABASE, (int) (getenv('EBPDOCS_DB_PORT') ?: '33061'));

        return $mysqli;
    }
}
