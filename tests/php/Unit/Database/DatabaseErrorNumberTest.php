<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Database;

use Ebpdocuments\Kernel\Database\DatabaseException;
use Ebpdocuments\Kernel\Database\DuplicateKeyException;
use Ebpdocuments\Kernel\Database\RetryableDatabaseException;
use Ebpdocuments\Shop\PrestaShopConnection;
use PHPUnit\Framework\TestCase;

/**
 * How an error PrestaShop's Db lets through becomes an error number, then a class. The same errors provoked for
 * real on the Db of PrestaShop 8.1.2 and 9.1.4: tests/php/PrestaShop/PrestaShopDbErrorsTest.
 */
final class DatabaseErrorNumberTest extends TestCase
{
    /**
     * @return array<string, array{0: int, 1: string}>
     */
    public static function classes(): array
    {
        return [
            'duplicate key' => [1062, DuplicateKeyException::class],
            'deadlock' => [1213, RetryableDatabaseException::class],
            'lock wait timeout' => [1205, RetryableDatabaseException::class],
            'server has gone away' => [2006, RetryableDatabaseException::class],
            'lost connection during query' => [2013, RetryableDatabaseException::class],
            'connection killed (MariaDB)' => [1927, RetryableDatabaseException::class],
            'unknown column' => [1054, DatabaseException::class],
        ];
    }

    /**
     * @dataProvider classes
     */
    public function testEachErrorNumberHasItsClass(int $number, string $class): void
    {
        $error = DatabaseException::fromError($number, 'server text');

        self::assertSame($class, get_class($error));
        self::assertSame($number, $error->getCode());
    }

    public function testTheDriverExceptionGivesTheNumber(): void
    {
        $pdo = new \PDOException('SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded');
        $pdo->errorInfo = ['HY000', 1205, 'Lock wait timeout exceeded'];
        $wrapped = new \RuntimeException($pdo->getMessage(), 0, $pdo);

        self::assertSame(1205, PrestaShopConnection::errorNumberOf($wrapped, 0));
    }

    public function testTheMessageGivesTheNumberWhenNothingElseDoes(): void
    {
        $deadlock = new \RuntimeException('SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock');
        $gone = new \RuntimeException('SQLSTATE[HY000]: General error: 2006 MySQL server has gone away');

        self::assertSame(1213, PrestaShopConnection::errorNumberOf($deadlock, 0));
        self::assertSame(2006, PrestaShopConnection::errorNumberOf($gone, 0));
        self::assertSame(1213, PrestaShopConnection::errorNumberOf(new \RuntimeException('SQLSTATE[40001]: Serialization failure'), 0));
        self::assertSame(0, PrestaShopConnection::errorNumberOf(new \RuntimeException('Link to database cannot be established'), 0));
    }

    public function testDbsOwnNumberComesBeforeTheMessage(): void
    {
        self::assertSame(1062, PrestaShopConnection::errorNumberOf(new \RuntimeException('anything'), 1062));
    }
}
