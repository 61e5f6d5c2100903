<?php

/**
 * ./build.sh demo, harness part: a fresh demo database on the throwaway MariaDB (PrestaShop 8.1.2's own core tables
 * from tests/php/fixtures + the module's schema), one shop, three people (two registered customers, one guest row),
 * a shop Webservice key, and a module key made by the module's own ApiKeyService. Prints shell assignments
 * (DEMO_MODULE_KEY=..., DEMO_WS_KEY=...) for tests/demo/run.sh.
 *
 * Environment: EBPDOCS_DB_* (tests/db/start.sh), EBPDOCS_DB_NAME (the demo database), EBPDOCS_HARNESS_DIR.
 */

declare(strict_types=1);

require dirname(__DIR__) . '/php/harness/bootstrap.php';

use Ebpdocuments\Tests\Support\Harness\Harness;
use Ebpdocuments\Tests\Support\PdoConnection;

$database = (string) getenv('EBPDOCS_DB_NAME');
if (preg_match('/^[a-z0-9_]+$/', $database) !== 1) {
    fwrite(STDERR, "EBPDOCS_DB_NAME must be a plain database name\n");
    exit(2);
}

$pdo = PdoConnection::freshShopDatabase($database);
$pdo->exec("INSERT INTO ps_shop_group (id_shop_group, name, color, share_customer, share_order, share_stock, active, deleted) VALUES (1, 'Default', '', 0, 0, 0, 1, 0)");
$pdo->exec("INSERT INTO ps_shop (id_shop, id_shop_group, name, color, id_category, theme_name, active, deleted) VALUES (1, 1, 'Demo shop', '', 2, 'classic', 1, 0)");

$people = [
    [1, 'Alice', 'Martin', 'alice@example.com', 0],
    [2, 'Bob', 'Durand', 'bob@example.com', 0],
    [3, 'Carol', 'Petit', 'carol@example.com', 1],
];
$insert = $pdo->prepare(
    'INSERT INTO ps_customer (id_customer, id_shop_group, id_shop, id_gender, firstname, lastname, email, passwd, active, is_guest, deleted, date_add, date_upd)
     VALUES (?, 1, 1, 1, ?, ?, ?, ?, 1, ?, 0, NOW(), NOW())'
);
foreach ($people as $person) {
    $insert->execute([$person[0], $person[1], $person[2], $person[3], $person[4] ? '' : password_hash('demo', PASSWORD_BCRYPT), $person[4]]);
}

$wsKey = strtoupper(bin2hex(random_bytes(16)));
$pdo->prepare("INSERT INTO ps_webservice_account (`key`, description, active) VALUES (?, 'E-connecteur', 1)")->execute([$wsKey]);
$wsAccount = (int) $pdo->lastInsertId();
$pdo->prepare('INSERT INTO ps_webservice_account_shop (id_webservice_account, id_shop) VALUES (?, 1)')->execute([$wsAccount]);
// The merchant's right for documents (Advanced Parameters › Webservice, line ebpdocuments): send, withdraw, status.
foreach (['POST', 'DELETE', 'GET'] as $method) {
    $pdo->prepare("INSERT INTO ps_webservice_permission (resource, method, id_webservice_account) VALUES ('ebpdocuments', ?, ?)")->execute([$method, $wsAccount]);
}

$dir = (string) getenv('EBPDOCS_HARNESS_DIR');
@mkdir($dir . '/storage', 0777, true);
$moduleKey = (new Harness($dir, $database, 'http://127.0.0.1'))->app()->receiving()->apiKeyService()->create('Demo E-connecteur', 1)->secret();

echo 'DEMO_MODULE_KEY=' . escapeshellarg($moduleKey) . "\n";
echo 'DEMO_WS_KEY=' . escapeshellarg($wsKey) . "\n";
