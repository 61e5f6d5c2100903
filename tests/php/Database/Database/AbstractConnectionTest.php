<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Database;

use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

/**
 * The transactions and reads every Connection shares (AbstractConnection), through the PDO one.
 */
final class AbstractConnectionTest extends CoreDatabaseTestCase
{
    public function testANestedCallJoinsTheOuterTransactionAndIsRolledBackWithIt(): void
    {
        try {
            $this->db->transactional(function () {
                $this->db->transactional(function () {
                    $this->addShopGroup(7, false);
                });
                throw new \RuntimeException('outer work fails after the inner call returned');
            });
            self::fail('the outer error must reach the caller');
        } catch (\RuntimeException $expected) {
            self::assertSame('outer work fails after the inner call returned', $expected->getMessage());
        }

        self::assertSame('0', $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_shop_group WHERE id_shop_group = 7'));
    }

    public function testWorkIsCommittedAndItsResultReturned(): void
    {
        $result = $this->db->transactional(function () {
            $this->addShopGroup(8, false);

            return 'done';
        });

        self::assertSame('done', $result);
        self::assertSame('1', $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_shop_group WHERE id_shop_group = 8'));
        self::assertNull($this->db->fetchRow('SELECT * FROM PREFIX_shop_group WHERE id_shop_group = 9'));
        self::assertNull($this->db->fetchValue('SELECT name FROM PREFIX_shop_group WHERE id_shop_group = 9'));
    }
}
