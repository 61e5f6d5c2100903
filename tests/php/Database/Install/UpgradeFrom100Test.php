<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Install;

use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Shop\Install\AssignApiKeysToShops;
use Ebpdocuments\Shop\Install\GrantWebserviceRightToSenders;
use Ebpdocuments\Shop\Install\UpgradeSteps;
use Ebpdocuments\Tests\Support\PdoConnection;
use PHPUnit\Framework\TestCase;

/**
 * Issue 8, upgrade from 1.0.0 on MariaDB: module keys get the shop that used them (or the default shop), and the
 * Webservice keys that already delivered documents get the module's webservice right, so no working connector is
 * cut off; each step is safe to run again and never re-grants a right the merchant removed.
 */
final class UpgradeFrom100Test extends TestCase
{
    const DATABASE = 'ebpdocs_upgrade_100_test';

    /** @var PdoConnection */
    private $db;

    protected function setUp(): void
    {
        $pdo = PdoConnection::freshShopDatabase(self::DATABASE);
        // The module key table as 1.0.0 created it: no id_shop.
        $pdo->exec('DROP TABLE ps_ebpdocuments_api_key');
        $pdo->exec('CREATE TABLE ps_ebpdocuments_api_key (
            `id_api_key` INT UNSIGNED NOT NULL AUTO_INCREMENT, `label` VARCHAR(64) NOT NULL, `key_hash` CHAR(64) NOT NULL,
            `key_hint` VARCHAR(12) NOT NULL, `active` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1, `date_add` DATETIME NOT NULL,
            `last_used_at` DATETIME NULL DEFAULT NULL, `revoked_at` DATETIME NULL DEFAULT NULL,
            PRIMARY KEY (`id_api_key`), UNIQUE KEY `key_hash` (`key_hash`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci');
        $pdo->exec("INSERT INTO ps_shop_group (id_shop_group, name, color, share_customer, share_order, share_stock, active, deleted) VALUES (1, 'G', '', 0, 0, 0, 1, 0)");
        $pdo->exec("INSERT INTO ps_shop (id_shop, id_shop_group, name, color, id_category, theme_name, active, deleted) VALUES (1, 1, 'S1', '', 2, 'classic', 1, 0), (2, 1, 'S2', '', 2, 'classic', 1, 0), (3, 1, 'S3', '', 2, 'classic', 1, 0)");
        $pdo->exec("INSERT INTO ps_configuration (id_shop_group, id_shop, name, value, date_add, date_upd) VALUES (NULL, NULL, 'PS_SHOP_DEFAULT', '3', NOW(), NOW())");
        $this->db = PdoConnection::fromEnvironment(self::DATABASE);
    }

    protected function tearDown(): void
    {
        PdoConnection::pdoFromEnvironment()->exec('DROP DATABASE IF EXISTS `' . self::DATABASE . '`');
    }

    private function clock(): Clock
    {
        return new class() implements Clock {
            public function now(): \DateTimeImmutable
            {
                return new \DateTimeImmutable('2026-02-01 09:30:00');
            }
        };
    }

    private function addKey(int $id): void
    {
        $this->db->execute(
            'INSERT INTO PREFIX_ebpdocuments_api_key (id_api_key, label, key_hash, key_hint, active, date_add) VALUES (:id, :label, :hash, :hint, 1, :now)',
            ['id' => $id, 'label' => 'Key ' . $id, 'hash' => hash('sha256', 'k' . $id), 'hint' => 'ebp_' . $id, 'now' => '2025-01-01 00:00:00']
        );
    }

    private function addDocument(int $shopId, string $reference, ?int $apiKeyId, string $keyLabel): void
    {
        $this->db->execute(
            'INSERT INTO PREFIX_ebpdocuments_document (id_shop, type, type_raw, reference, billing_email, email_normalized, status, file_name, file_size, sha256, version, access_token, source, id_api_key, key_label, date_add, date_upd)
             VALUES (:shop, \'invoice\', \'facture\', :ref, \'a@example.com\', \'a@example.com\', \'attached\', :file, 10, :sha, 1, :token, \'econnecteur\', :key, :label, :now, :now)',
            ['shop' => $shopId, 'ref' => $reference, 'file' => 'ab/' . hash('sha256', $reference) . '.pdf', 'sha' => hash('sha256', $reference),
                'token' => hash('sha256', 't' . $reference), 'key' => $apiKeyId, 'label' => $keyLabel, 'now' => '2025-06-01 10:00:00']
        );
    }

    /**
     * @param array<string, mixed> $detail
     */
    private function addEvent(string $event, array $detail): void
    {
        $this->db->execute(
            'INSERT INTO PREFIX_ebpdocuments_event (id_shop, event, detail, date_add) VALUES (1, :event, :detail, :now)',
            ['event' => $event, 'detail' => json_encode($detail, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), 'now' => '2025-06-01 10:00:00']
        );
    }

    private function addWebserviceAccount(int $id, string $description): void
    {
        $this->db->execute('INSERT INTO PREFIX_webservice_account (id_webservice_account, `key`, description, active) VALUES (:id, :key, :description, 1)', [
            'id' => $id, 'key' => str_pad((string) $id, 32, 'K'), 'description' => $description,
        ]);
        $this->db->execute('INSERT INTO PREFIX_webservice_account_shop (id_webservice_account, id_shop) VALUES (:id, 1)', ['id' => $id]);
    }

    /**
     * @return array<int, string> id_webservice_account => "GET,POST"
     */
    private function rights(): array
    {
        $rights = [];
        foreach ($this->db->fetchAll("SELECT id_webservice_account, GROUP_CONCAT(method ORDER BY method) AS methods FROM PREFIX_webservice_permission WHERE resource = 'ebpdocuments' GROUP BY id_webservice_account ORDER BY id_webservice_account") as $row) {
            $rights[(int) $row['id_webservice_account']] = (string) $row['methods'];
        }

        return $rights;
    }

    public function testTheReleaseRunsBothSteps(): void
    {
        $this->assertContains(AssignApiKeysToShops::class, UpgradeSteps::all());
        $this->assertContains(GrantWebserviceRightToSenders::class, UpgradeSteps::all());
    }

    public function testModuleKeysGoToTheShopThatUsedThemMostOrTheDefaultShop(): void
    {
        $this->addKey(1);
        $this->addKey(2);
        $this->addKey(3);
        $this->addDocument(2, 'A', 1, 'Key 1');
        $this->addDocument(2, 'B', 1, 'Key 1');
        $this->addDocument(1, 'C', 1, 'Key 1');
        $this->addDocument(1, 'D', 3, 'Key 3');

        $step = new AssignApiKeysToShops();
        $step->run($this->db);
        $step->run($this->db);

        $shops = [];
        foreach ($this->db->fetchAll('SELECT id_api_key, id_shop FROM PREFIX_ebpdocuments_api_key ORDER BY id_api_key') as $row) {
            $shops[(int) $row['id_api_key']] = (int) $row['id_shop'];
        }
        $this->assertSame([1 => 2, 2 => 3, 3 => 1], $shops, 'key 1: shop 2 (two documents of three); key 2 never used: default shop 3');
        $this->assertSame('1', $this->db->fetchValue("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ps_ebpdocuments_api_key' AND INDEX_NAME = 'id_shop'"));
    }

    public function testWebserviceKeysThatDeliveredDocumentsGetTheRightOnce(): void
    {
        foreach ([5 => 'E-connecteur', 6 => 'Old connector', 7 => 'Stock sync', 50 => 'Fifty'] as $id => $description) {
            $this->addWebserviceAccount($id, $description);
        }
        // 5 sent the current version of a document; 6 sent an earlier version and withdrew one (events only);
        // 7 was only ever refused; 9 sent documents but its key was deleted since; 50 never sent anything.
        $this->addDocument(1, 'FA1', null, 'Webservice #5 E-connecteur');
        $this->addDocument(1, 'FA2', null, 'Webservice #9 Deleted');
        $this->addEvent('received', ['version' => 1, 'keyLabel' => 'Webservice #6 Old connector', 'source' => 'econnecteur']);
        $this->addEvent('withdrawn', ['keyLabel' => 'Webservice #6 Old connector']);
        $this->addEvent('rejected', ['code' => 'pdf_invalid', 'keyLabel' => 'Webservice #7 Stock sync']);
        $this->addEvent('rejected', ['code' => 'unauthenticated', 'keyLabel' => null]);
        $this->addEvent('unchanged', ['version' => 1, 'keyLabel' => 'Webservice #5 E-connecteur']);
        $this->addEvent('received', ['version' => 1, 'keyLabel' => 'Bureau (module key "Webservice #50")']);
        // The merchant already gave 5 something on the resource: kept, completed.
        $this->db->execute("INSERT INTO PREFIX_webservice_permission (resource, method, id_webservice_account) VALUES ('ebpdocuments', 'GET', 5), ('products', 'GET', 7)");

        $step = new GrantWebserviceRightToSenders($this->clock());
        $step->run($this->db);
        $step->run($this->db);

        $this->assertSame([5 => 'GET,POST', 6 => 'GET,POST,DELETE'], $this->rights());
        $grants = $this->db->fetchAll('SELECT id_webservice_account, methods, date_add FROM PREFIX_ebpdocuments_webservice_grant ORDER BY id_webservice_account');
        $this->assertSame([
            ['id_webservice_account' => '5', 'methods' => 'POST,GET', 'date_add' => '2026-02-01 09:30:00'],
            ['id_webservice_account' => '6', 'methods' => 'POST,GET,DELETE', 'date_add' => '2026-02-01 09:30:00'],
        ], $grants);
        $this->assertSame('1', $this->db->fetchValue("SELECT COUNT(*) FROM PREFIX_webservice_permission WHERE resource = 'products'"), 'other rights untouched');

        // The merchant takes the right away from 6; a later upgrade runs the steps again: it stays taken away.
        $this->db->execute('DELETE FROM PREFIX_webservice_permission WHERE id_webservice_account = 6');
        $step->run($this->db);
        $this->assertSame([5 => 'GET,POST'], $this->rights());
    }
}
