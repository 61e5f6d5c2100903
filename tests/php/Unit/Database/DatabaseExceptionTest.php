<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Database;

use Ebpdocuments\Kernel\Database\DatabaseException;
use Ebpdocuments\Kernel\Database\DuplicateKeyException;
use PHPUnit\Framework\TestCase;

/**
 * Database errors end up in the shop's log: with _PS_DEBUG_SQL_ on, PrestaShop appends the whole bound statement
 * ("<br /><br /><pre>INSERT … 'jean@example.com' …</pre>") to the message, and that must not be logged.
 */
final class DatabaseExceptionTest extends TestCase
{
    public function testTheStatementPrestaShopAppendsInDebugModeIsDropped(): void
    {
        $error = DatabaseException::fromError(1054, "Unknown column 'x' in 'field list'<br /><br /><pre>INSERT INTO ps_ebpdocuments_document (billing_email) VALUES ('jean@example.com')</pre>");

        self::assertSame("Unknown column 'x' in 'field list'", $error->getMessage());
        self::assertSame(1054, $error->getCode());
    }

    public function testEveryKindKeepsTheServersOwnText(): void
    {
        $duplicate = DatabaseException::fromError(1062, "Duplicate entry '1-invoice-FA1' for key 'document_number'<br><pre>INSERT … 'secret@example.com'</pre>");

        self::assertInstanceOf(DuplicateKeyException::class, $duplicate);
        self::assertSame("Duplicate entry '1-invoice-FA1' for key 'document_number'", $duplicate->getMessage());
        self::assertSame('Deadlock found', DatabaseException::fromError(1213, 'Deadlock found')->getMessage());
    }
}
