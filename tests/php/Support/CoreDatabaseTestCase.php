<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support;

use Ebpdocuments\Kernel\Support\Clock;
use PHPUnit\Framework\TestCase;

/**
 * Database tests of the core services: a database of their own (EBPDOCS_CORE_DB_NAME, default
 * "ebpdocuments_core_test") with PrestaShop's real core tables and the module's schema; every table emptied
 * before each test. One shop (id 1) in group 1 without customer sharing unless a test adds more.
 */
abstract class CoreDatabaseTestCase extends TestCase
{
    /** @var bool */
    private static $schemaReady = false;

    /** @var PdoConnection (null after tearDown) */
    protected $db;

    public static function databaseName(): string
    {
        return getenv('EBPDOCS_CORE_DB_NAME') ?: 'ebpdocuments_core_test';
    }

    protected function setUp(): void
    {
        parent::setUp();
        if (!self::$schemaReady) {
            self::createSchema();
            self::$schemaReady = true;
        }
        $this->db = PdoConnection::fromEnvironment(self::databaseName());
        foreach (['customer', 'orders', 'shop', 'shop_group', 'ebpdocuments_document', 'ebpdocuments_event', 'ebpdocuments_customer_link', 'ebpdocuments_customer_term'] as $table) {
            $this->db->execute('DELETE FROM PREFIX_' . $table);
        }
        $this->addShopGroup(1, false);
        $this->addShop(1, 1);
    }

    protected function tearDown(): void
    {
        // PHPUnit keeps every test object until the end of the run: without this, each test would keep its
        // connection open, and a full run would reach MariaDB's max_connections (200 in tests/db/start.sh).
        $this->db = null;
        // An Application built on it (closures holding $this) is a reference cycle: collect it so it closes now.
        gc_collect_cycles();
        parent::tearDown();
    }

    private static function createSchema(): void
    {
        PdoConnection::freshShopDatabase(self::databaseName());
    }

    protected function addShopGroup(int $id, bool $shareCustomer): void
    {
        $this->db->execute(
            'INSERT INTO PREFIX_shop_group (id_shop_group, name, color, share_customer, share_order, share_stock, active, deleted)
             VALUES (:id, :name, \'\', :share, 0, 0, 1, 0)',
            ['id' => $id, 'name' => 'Group ' . $id, 'share' => $shareCustomer]
        );
    }

    protected function addShop(int $id, int $groupId): void
    {
        $this->db->execute(
            'INSERT INTO PREFIX_shop (id_shop, id_shop_group, name, color, id_category, theme_name, active, deleted)
             VALUES (:id, :grp, :name, \'\', 2, \'classic\', 1, 0)',
            ['id' => $id, 'grp' => $groupId, 'name' => 'Shop ' . $id]
        );
    }

    /**
     * @param array{guest?: bool, deleted?: bool, shop?: int, group?: int} $options
     */
    protected function addCustomer(string $email, array $options = []): int
    {
        return $this->db->insert(
            'INSERT INTO PREFIX_customer (id_shop_group, id_shop, id_gender, firstname, lastname, email, passwd, is_guest, deleted, active, date_add, date_upd)
             VALUES (:grp, :shop, 1, \'Jean\', \'Dupont\', :email, \'x\', :guest, :deleted, 1, NOW(), NOW())',
            [
                'grp' => $options['group'] ?? 1,
                'shop' => $options['shop'] ?? 1,
                'email' => $email,
                'guest' => !empty($options['guest']),
                'deleted' => !empty($options['deleted']),
            ]
        );
    }

    protected function addOrder(int $customerId, string $reference = 'ABCDEFGHI', int $shopId = 1, int $groupId = 1): int
    {
        return $this->db->insert(
            'INSERT INTO PREFIX_orders (reference, id_shop_group, id_shop, id_carrier, id_lang, id_customer, id_cart, id_currency,
                id_address_delivery, id_address_invoice, current_state, payment, invoice_date, delivery_date, date_add, date_upd)
             VALUES (:reference, :grp, :shop, 1, 1, :customer, 1, 1, 1, 1, 1, \'test\', NOW(), NOW(), NOW(), NOW())',
            ['reference' => $reference, 'grp' => $groupId, 'shop' => $shopId, 'customer' => $customerId]
        );
    }

    protected function fixedClock(string $now = '2025-03-01 10:00:00'): Clock
    {
        return new class($now) implements Clock {
            /** @var string */
            private $now;

            public function __construct(string $now)
            {
                $this->now = $now;
            }

            public function now(): \DateTimeImmutable
            {
                return new \DateTimeImmutable($this->now);
            }
        };
    }
}
