<?php

/**
 * Benchmark of the back office's list queries on 1,000,000 documents (issue 4: "lists stay fast; measure it").
 *
 *   bash tests/db/start.sh && php tests/bench/admin-lists.php [--documents=1000000] [--keep] [--reuse]
 *
 * --keep leaves the database in place at the end; --reuse then skips the fill when that database already holds the
 * documents (it runs the schema and the upgrade steps that change the document table's indexes on it, as a shop's
 * upgrade would) and goes straight to the cases: a loop on the queries takes a minute instead of several.
 *
 * Fills a database of its own (ebpdocs_bench) on the throwaway MariaDB by doubling (INSERT … SELECT), then runs the
 * real query classes (BackOffice\Query\*, BackOffice\WaitingBadge, Customer\CustomerDocumentsQuery) and prints, for each case, p50/p95 of 20 runs and
 * the EXPLAIN of every SELECT it ran. It asserts nothing: timings depend on the machine. Not part of the test suite.
 */

declare(strict_types=1);

require dirname(__DIR__) . '/php/bootstrap.php';

use Ebpdocuments\BackOffice\Page\PageDocuments;
use Ebpdocuments\BackOffice\Page\PageTargets;
use Ebpdocuments\BackOffice\Presenter\DocumentRowPresenter;
use Ebpdocuments\BackOffice\Query\CustomerSearchQuery;
use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\BackOffice\Query\EventListQuery;
use Ebpdocuments\BackOffice\Query\OverviewQuery;
use Ebpdocuments\BackOffice\Query\StorageUsage;
use Ebpdocuments\BackOffice\WaitingBadge;
use Ebpdocuments\Customer\CustomerDocumentsQuery;
use Ebpdocuments\Customer\DocumentListFilters;
use Ebpdocuments\Customer\ShopWordings;
use Ebpdocuments\Customer\WaitingDocuments;
use Ebpdocuments\Shop\Install\IndexCustomerTerms;
use Ebpdocuments\Shop\Install\Schema;
use Ebpdocuments\Matching\CustomerLinkRepository;
use Ebpdocuments\Matching\CustomerMatcher;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Matching\OrderResolver;
use Ebpdocuments\Shop\Install\DocumentIndexes;
use Ebpdocuments\Storage\Repository\EventRepository;
use Ebpdocuments\Tests\Bench\RecordingConnection;
use Ebpdocuments\Tests\Support\Harness\HarnessLinks;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;
use Ebpdocuments\Tests\Support\InMemorySettings;
use Ebpdocuments\Tests\Support\PdoConnection;

require __DIR__ . '/RecordingConnection.php';

$options = getopt('', ['documents::', 'keep', 'reuse', 'only:']);
$target = isset($options['documents']) ? max(1000, (int) $options['documents']) : 1000000;
$database = 'ebpdocs_bench';

$server = PdoConnection::pdoFromEnvironment();
$wholesaler = 1;
$existing = (int) $server->query("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database' AND table_name = 'ps_ebpdocuments_document'")->fetchColumn();
if (isset($options['reuse']) && $existing === 1) {
    $pdo = PdoConnection::pdoFromEnvironment($database);
    $started = microtime(true);
    foreach (Schema::statements('ps_') as $statement) {
        $pdo->exec($statement);
    }
    // The upgrade step that changes the document table's indexes (the data backfills are done already).
    (new DocumentIndexes())->run(new PdoConnection($pdo));
    printf("Reused database %s (--reuse): %s documents, %s customers (customer $wholesaler: %s documents); schema and upgrade steps in %.1f s\n",
        $database,
        number_format((int) $pdo->query('SELECT COUNT(*) FROM ps_ebpdocuments_document')->fetchColumn()),
        number_format((int) $pdo->query('SELECT COUNT(*) FROM ps_customer')->fetchColumn()),
        number_format((int) $pdo->query("SELECT COUNT(*) FROM ps_ebpdocuments_document WHERE id_customer = $wholesaler")->fetchColumn()),
        microtime(true) - $started
    );
} else {
    $pdo = PdoConnection::freshShopDatabase($database);
    $pdo->exec("INSERT INTO ps_shop_group (id_shop_group, name, color, share_customer, share_order, share_stock, active, deleted) VALUES (1, 'Default', '', 0, 0, 0, 1, 0)");
    $pdo->exec("INSERT INTO ps_shop (id_shop, id_shop_group, name, color, id_category, theme_name, active, deleted) VALUES (1, 1, 'Shop', '', 2, 'classic', 1, 0)");

    $started = microtime(true);
    fill($pdo, $target);
    // A wholesaler's account: 20,000 attached documents of customer 1 spread over the table and the years.
    $pdo->exec("UPDATE ps_ebpdocuments_document SET id_customer = $wholesaler, status = 'attached', reason = NULL,
        first_downloaded_at = IF(id_document % 3 = 0, NULL, date_add)
        WHERE id_document % " . max(1, intdiv($target, 20000)) . ' = 0 LIMIT 20000');
    printf("Filled %s documents, %s events, %s customers (customer $wholesaler: %s documents) in %.1f s\n",
        number_format((int) $pdo->query('SELECT COUNT(*) FROM ps_ebpdocuments_document')->fetchColumn()),
        number_format((int) $pdo->query('SELECT COUNT(*) FROM ps_ebpdocuments_event')->fetchColumn()),
        number_format((int) $pdo->query('SELECT COUNT(*) FROM ps_customer')->fetchColumn()),
        number_format((int) $pdo->query("SELECT COUNT(*) FROM ps_ebpdocuments_document WHERE id_customer = $wholesaler")->fetchColumn()),
        microtime(true) - $started
    );
    $started = microtime(true);
    (new IndexCustomerTerms())->run(new PdoConnection($pdo));
    printf("Customer search terms of the module (install/upgrade backfill): %s rows in %.1f s\n",
        number_format((int) $pdo->query('SELECT COUNT(*) FROM ps_ebpdocuments_customer_term')->fetchColumn()), microtime(true) - $started);
    $pdo->query('ANALYZE TABLE ps_ebpdocuments_document, ps_ebpdocuments_event, ps_customer, ps_orders, ps_ebpdocuments_customer_term')->fetchAll();
}
// Three of the wholesaler's documents belong to one order (the order detail page's block).
$pdo->exec("UPDATE ps_ebpdocuments_document SET id_order = 777777 WHERE id_customer = $wholesaler ORDER BY id_document LIMIT 3");
// Another big account that never confirmed its address (a shop upgraded from 1.0.0): 20,000 documents waiting for it.
$unconfirmed = 'client2@example.com';
$pdo->exec("UPDATE ps_ebpdocuments_document SET id_customer = NULL, status = 'pending', reason = 'UNPROVEN_EMAIL', match_method = NULL,
    billing_email = '$unconfirmed', email_normalized = '$unconfirmed'
    WHERE id_document % 50 = 7 AND (id_customer IS NULL OR id_customer <> $wholesaler) LIMIT 20000");
$size = $pdo->query("SELECT SUM(data_length + index_length) FROM information_schema.tables WHERE table_schema = '$database'")->fetchColumn();
$pool = (float) $pdo->query('SELECT @@innodb_buffer_pool_size')->fetchColumn();
printf(
    "Data + indexes of the bench database: %.0f MB; InnoDB buffer pool %.0f MB: %s\n\n",
    $size / 1048576,
    $pool / 1048576,
    $size <= $pool ? 'the data fits in it' : sprintf('TOO SMALL by %.0f MB, the figures below include disk reads', ($size - $pool) / 1048576)
);
$diskReads = function (PDO $pdo): int {
    return (int) $pdo->query("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_reads'")->fetch(PDO::FETCH_ASSOC)['Value'];
};
$readsBefore = $diskReads($pdo);

$connection = new RecordingConnection(new PdoConnection($pdo));
$documents = new DocumentListQuery($connection);
$events = new EventListQuery($connection);
$overview = new OverviewQuery($connection);
$shops = [1];
$clock = new \Ebpdocuments\Kernel\Support\SystemClock();
$matcher = new CustomerMatcher(
    $connection,
    new EmailNormalizer(),
    new OrderResolver($connection),
    new CustomerLinkRepository($connection, $clock),
    new EmailProofs($connection, new EmailNormalizer(), new InMemorySettings(), $clock)
);
$customerSearch = new CustomerSearchQuery($connection, $matcher);
$pageDocuments = new PageDocuments($connection, new PageTargets($connection, $matcher), $documents, new DocumentRowPresenter(new HarnessLinks('http://shop.test')), new EmailNormalizer());

$storageUsage = new StorageUsage($connection, new InMemorySettings(), new \Ebpdocuments\Kernel\Support\SystemClock());
$storageUsage->recount();
$cases = [
    'listDocuments page 1 (received desc)' => function () use ($documents, $shops) {
        return $documents->page($shops, [], 'received', 'desc', 1, 20);
    },
    'listDocuments page 500 (deepest: offset 9,980)' => function () use ($documents, $shops) {
        return $documents->page($shops, [], 'received', 'desc', 500, 20);
    },
    'listDocuments status=pending' => function () use ($documents, $shops) {
        return $documents->page($shops, ['status' => 'pending'], 'received', 'desc', 1, 20);
    },
    'listDocuments type=invoice, dateFrom/dateTo (one month)' => function () use ($documents, $shops) {
        return $documents->page($shops, ['type' => 'invoice', 'dateFrom' => '2024-03-01', 'dateTo' => '2024-03-31'], 'received', 'desc', 1, 20);
    },
    'listDocuments sort=reference asc' => function () use ($documents, $shops) {
        return $documents->page($shops, [], 'reference', 'asc', 1, 20);
    },
    'listDocuments sort=amount desc' => function () use ($documents, $shops) {
        return $documents->page($shops, [], 'amount', 'desc', 1, 20);
    },
    'listDocuments search number prefix "FA0001234"' => function () use ($documents, $shops) {
        return $documents->page($shops, ['search' => 'FA0001234'], 'received', 'desc', 1, 20);
    },
    'listDocuments search e-mail "client4242@"' => function () use ($documents, $shops) {
        return $documents->page($shops, ['search' => 'client4242@'], 'received', 'desc', 1, 20);
    },
    'listDocuments search customer name "Nom42"' => function () use ($documents, $shops) {
        return $documents->page($shops, ['search' => 'Nom42'], 'received', 'desc', 1, 20);
    },
    // A search sorted by another column than received: its candidates (at most CANDIDATE_CAP per source) are sorted.
    'listDocuments search customer name "Nom42" sort=amount desc' => function () use ($documents, $shops) {
        return $documents->page($shops, ['search' => 'Nom42'], 'amount', 'desc', 1, 20);
    },
    'listDocuments search company "Societe4240"' => function () use ($documents, $shops) {
        return $documents->page($shops, ['search' => 'Societe4240'], 'received', 'desc', 1, 20);
    },
    'listDocuments search "first last" "Prenom4242 Nom"' => function () use ($documents, $shops) {
        return $documents->page($shops, ['search' => 'Prenom4242 Nom'], 'received', 'desc', 1, 20);
    },
    'listDocuments search broad "F" (capped)' => function () use ($documents, $shops) {
        return $documents->page($shops, ['search' => 'F'], 'received', 'desc', 1, 20);
    },
    // Its newest documents come first: each source keeps its newest 1,000.
    "listDocuments search the wholesaler's e-mail \"client$wholesaler@example.com\" (capped)" => function () use ($documents, $shops, $wholesaler) {
        return $documents->page($shops, ['search' => "client$wholesaler@example.com"], 'received', 'desc', 1, 20);
    },
    // The Customer page block's "see them all" link: every one of the wholesaler's 20,000 documents, paged.
    "listDocuments customer filter (the wholesaler, page 1)" => function () use ($documents, $shops, $wholesaler) {
        return $documents->page($shops, ['customerId' => $wholesaler], 'received', 'desc', 1, 20);
    },
    "listDocuments customer filter (the wholesaler, page 500: offset 9,980)" => function () use ($documents, $shops, $wholesaler) {
        return $documents->page($shops, ['customerId' => $wholesaler], 'received', 'desc', 500, 20);
    },
    "listDocuments customer filter (the wholesaler) sort=amount desc" => function () use ($documents, $shops, $wholesaler) {
        return $documents->page($shops, ['customerId' => $wholesaler], 'amount', 'desc', 1, 20);
    },
    "listDocuments customer filter (the wholesaler) sort=date desc, page 500" => function () use ($documents, $shops, $wholesaler) {
        return $documents->page($shops, ['customerId' => $wholesaler], 'date', 'desc', 500, 20);
    },
    "listDocuments customer filter (the wholesaler) sort=reference asc" => function () use ($documents, $shops, $wholesaler) {
        return $documents->page($shops, ['customerId' => $wholesaler], 'reference', 'asc', 1, 20);
    },
    'listDocuments customer filter (a customer with 10 documents)' => function () use ($documents, $shops) {
        return $documents->page($shops, ['customerId' => 4242], 'received', 'desc', 1, 20);
    },
    'notices: listDocuments status=pending reason=NO_ACCOUNT' => function () use ($documents, $shops) {
        return $documents->page($shops, ['status' => 'pending', 'reason' => 'NO_ACCOUNT'], 'received', 'desc', 1, 20);
    },
    // Every query getOverview runs, for the last month of the data (the fill's dates end on 2023-12-31).
    'overview: all of getOverview (month 2023-12, today 2023-12-31)' => function () use ($overview, $shops, $storageUsage) {
        $today = new DateTimeImmutable('2023-12-31');
        $month = new DateTimeImmutable('2023-12-01');

        return [
            $overview->waitingByReason($shops), $overview->lastDocument($shops), $overview->recentRejections($shops),
            $overview->receivedSince($shops, $today), $overview->receivedSince($shops, $month), $storageUsage->usedBytes(),
        ];
    },
    'overview: attached this month' => function () use ($overview, $shops) {
        return $overview->attachedSince($shops, new DateTimeImmutable('2024-06-01'));
    },
    'overview: pending by reason' => function () use ($overview, $shops) {
        return $overview->waitingByReason($shops);
    },
    'overview: last document' => function () use ($overview, $shops) {
        return $overview->lastDocument($shops);
    },
    'overview: recent rejections' => function () use ($overview, $shops) {
        return $overview->recentRejections($shops);
    },
    'overview/getSetup: storage used (kept sum + documents since)' => function () use ($storageUsage) {
        return $storageUsage->usedBytes();
    },
    'daily maintenance: storage used counted again (SUM file_size)' => function () use ($storageUsage) {
        return $storageUsage->recount();
    },
    'tab badge: notice count (capped)' => function () use ($connection, $shops) {
        return (new WaitingBadge($connection))->count($shops);
    },
    'assign: customer type-ahead "Nom42"' => function () use ($customerSearch, $shops) {
        return $customerSearch->search($shops, 'Nom42');
    },
    'assign: customer type-ahead "client4242@"' => function () use ($customerSearch, $shops) {
        return $customerSearch->search($shops, 'client4242@');
    },
    'listEvents search customer name "Nom42"' => function () use ($events, $shops) {
        return $events->page($shops, 'Nom42', '', 1, 20);
    },
    "Customers › customer page: EBP documents block (customer $wholesaler, 20,000 documents)" => function () use ($pageDocuments, $wholesaler, $shops) {
        return $pageDocuments->forCustomer($wholesaler, new \Ebpdocuments\BackOffice\ActionContext(1, $shops));
    },
    'listEvents page 1' => function () use ($events, $shops) {
        return $events->page($shops, '', '', 1, 20);
    },
    'listEvents search "FA0001234"' => function () use ($events, $shops) {
        return $events->page($shops, 'FA0001234', '', 1, 20);
    },
];

$front = new CustomerDocumentsQuery($connection, new InMemorySettings(), new HarnessLinks('http://shop.test'), new ShopWordings(new IdentityTranslator()));
$waitingDocuments = new WaitingDocuments($connection, new EventRepository($connection, $clock), new EmailNormalizer(), $clock);
$lastPage = (int) ceil(20000 / 20);
$customerCases = [
    "My documents, customer with 20,000 documents: page 1" => function () use ($front, $wholesaler) {
        return $front->page($wholesaler, 1, new DocumentListFilters());
    },
    "My documents: last page ($lastPage)" => function () use ($front, $wholesaler, $lastPage) {
        return $front->page($wholesaler, 1, new DocumentListFilters('', 0, $lastPage));
    },
    'My documents: type=invoice' => function () use ($front, $wholesaler) {
        return $front->page($wholesaler, 1, new DocumentListFilters('invoice'));
    },
    'My documents: year=2024' => function () use ($front, $wholesaler) {
        return $front->page($wholesaler, 1, new DocumentListFilters('', 2024));
    },
    'order detail page: documents of one order of that customer' => function () use ($front, $wholesaler) {
        return $front->forOrder($wholesaler, 1, 777777);
    },
    'My account tile: new documents count' => function () use ($front, $wholesaler) {
        return $front->newCount($wholesaler, 1);
    },
    // Below 99 new documents the tile adds those waiting for the account's address; My documents says how many.
    "My account tile and My documents: documents waiting for $unconfirmed (20,000, counted up to 99)" => function () use ($waitingDocuments, $unconfirmed) {
        return $waitingDocuments->count(1, $unconfirmed, CustomerDocumentsQuery::COUNT_CAP);
    },
];
$only = isset($options['only']) ? (string) $options['only'] : '';
foreach ($customerCases as $name => $case) {
    if ($only !== '' && stripos($name, $only) === false) {
        continue;
    }
    $times = [];
    for ($run = 0; $run < 20; ++$run) {
        $connection->reset();
        $t = microtime(true);
        $result = $case();
        $times[] = (microtime(true) - $t) * 1000;
    }
    sort($times);
    $summary = $result instanceof \Ebpdocuments\Customer\DocumentPage ? sprintf(' — total %d%s, %d rows, %d years, %d queries', $result->total, $result->totalCapped ? '+ (read 3 pages ahead)' : '', count($result->items), count($result->years), count($connection->selects())) : '';
    printf("%-60s p50 %6.1f ms  p95 %6.1f ms%s\n", $name, $times[9], $times[18], $summary);
    explain($pdo, $connection->selects(), $connection->times());
}
echo "\n";

foreach ($cases as $name => $case) {
    if ($only !== '' && stripos($name, $only) === false) {
        continue;
    }
    $times = [];
    for ($run = 0; $run < 20; ++$run) {
        $connection->reset();
        $t = microtime(true);
        $result = $case();
        $times[] = (microtime(true) - $t) * 1000;
    }
    sort($times);
    $summary = is_array($result) && isset($result['total']) ? sprintf(' — total %d%s, %d rows', $result['total'], $result['totalCapped'] ? '+ (capped)' : '', count($result['rows'])) : '';
    printf("%-60s p50 %6.1f ms  p95 %6.1f ms%s\n", $name, $times[9], $times[18], $summary);
    explain($pdo, $connection->selects(), $connection->times());
}

printf(
    "\nInnoDB pages read from disk while the cases above ran (Innodb_buffer_pool_reads, whole server): %s%s\n",
    number_format($diskReads($pdo) - $readsBefore),
    $diskReads($pdo) - $readsBefore === 0 ? ' (every page came from the buffer pool)' : ''
);

/**
 * The EXPLAIN of each SELECT a case ran, after its time in the case's last run and the start of its SQL (printed
 * indented: the bench shows them in verbose mode only).
 *
 * @param string[] $selects
 * @param float[] $times
 */
function explain(PDO $pdo, array $selects, array $times): void
{
    $seen = [];
    foreach ($selects as $index => $sql) {
        if (isset($seen[$sql])) {
            continue;
        }
        $seen[$sql] = true;
        printf("    %6.2f ms  %s\n", isset($times[$index]) ? $times[$index] : 0.0, substr((string) preg_replace('/\s+/', ' ', $sql), 0, 150));
        foreach ($pdo->query('EXPLAIN ' . $sql)->fetchAll(PDO::FETCH_ASSOC) as $plan) {
            printf("    %-8s %-22s %-10s key=%-20s rows=%-9s %s\n", $plan['select_type'], (string) $plan['table'], (string) $plan['type'], (string) $plan['key'], (string) $plan['rows'], (string) $plan['Extra']);
        }
    }
}

if (!isset($options['keep'])) {
    $server->exec('DROP DATABASE IF EXISTS `' . $database . '`');
}

/**
 * 1,000 seed documents with varied types, statuses, reasons, e-mails, dates and amounts, doubled until $target.
 */
function fill(PDO $pdo, int $target): void
{
    // 1,000,000 customers (a fifth with a company); the documents belong to the first 50,000.
    $pdo->exec("INSERT INTO ps_customer (id_shop_group, id_shop, id_gender, firstname, lastname, company, email, passwd, active, is_guest, deleted, date_add, date_upd)
        SELECT 1, 1, 1, CONCAT('Prenom', n), CONCAT('Nom', n), IF(n % 5 = 0, CONCAT('Societe', n), NULL), CONCAT('client', n, '@example.com'), 'x', 1, n % 10 = 0, 0, NOW(), NOW()
        FROM (SELECT seq AS n FROM seq_1_to_" . max(50000, $target) . ") s");
    $types = ['invoice', 'invoice', 'invoice', 'quote', 'order', 'delivery', 'credit_note', 'other'];
    $statuses = [['attached', null], ['attached', null], ['attached', null], ['pending', 'NO_ACCOUNT'], ['pending', 'GUEST_ONLY'], ['dismissed', 'AMBIGUOUS'], ['pending', 'INVALID_EMAIL'], ['attached', null]];
    $insert = $pdo->prepare('INSERT INTO ps_ebpdocuments_document (id_shop, type, type_raw, reference, document_date, billing_email, email_normalized,
        id_customer, status, reason, match_method, total_tax_excl, total_tax_incl, currency, file_name, file_size, sha256, version, access_token,
        source, key_label, match_attempts, date_add, date_upd) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \'EUR\', ?, ?, ?, 1, ?, \'api\', \'EBP\', 1, ?, ?)');
    for ($i = 1; $i <= 1000; ++$i) {
        list($status, $reason) = $statuses[$i % count($statuses)];
        $hash = hash('sha256', 'seed' . $i);
        $date = date('Y-m-d H:i:s', strtotime('2024-01-01') + $i * 15000);
        $insert->execute([
            $types[$i % count($types)], 'Facture', sprintf('FA%07d', $i), substr($date, 0, 10), 'client' . $i . '@example.com', 'client' . $i . '@example.com',
            $status === 'attached' ? $i : null, $status, $reason, $status === 'attached' ? 'email' : null, $i . '.000000', ($i * 1.2) . '00000',
            substr($hash, 0, 2) . '/' . $hash . '.pdf', 50000 + $i, $hash, hash('sha256', 'token' . $i), $date, $date,
        ]);
    }
    $columns = 'id_shop, type, type_raw, reference, document_date, billing_email, email_normalized, id_customer, status, reason, match_method,
        total_tax_excl, total_tax_incl, currency, file_name, file_size, sha256, version, access_token, source, key_label, match_attempts, date_add, date_upd';
    while (($count = (int) $pdo->query('SELECT COUNT(*) FROM ps_ebpdocuments_document')->fetchColumn()) < $target) {
        $offset = (int) $pdo->query('SELECT MAX(id_document) FROM ps_ebpdocuments_document')->fetchColumn();
        $take = min($count, $target - $count);
        // Each copy gets a new number, e-mail, customer and received moment derived from its new id, so the
        // indexes see realistic spreads rather than a thousand repeated values.
        $pdo->exec("INSERT INTO ps_ebpdocuments_document ($columns)
            SELECT id_shop, type, type_raw, CONCAT('FA', LPAD(id_document + $offset, 7, '0')), document_date,
                CONCAT('client', (id_document + $offset) % 50000, '@example.com'), CONCAT('client', (id_document + $offset) % 50000, '@example.com'),
                IF(status = 'attached', 1 + (id_document + $offset) % 50000, NULL), status, reason, match_method,
                total_tax_excl, total_tax_incl, currency, file_name, file_size, sha256, version, access_token, source, key_label, match_attempts,
                DATE_ADD('2021-01-01', INTERVAL ((id_document + $offset) * 97) % (3 * 365 * 86400) SECOND), date_upd
            FROM ps_ebpdocuments_document ORDER BY id_document LIMIT $take");
    }
    // One event per two documents on average, and a few rejections spread along the log.
    $pdo->exec("INSERT INTO ps_ebpdocuments_event (id_shop, id_document, document_type, document_reference, event, detail, date_add)
        SELECT id_shop, id_document, type, reference, IF(id_document % 997 = 0, 'rejected', 'received'),
            IF(id_document % 997 = 0, '{\"code\":\"pdf_invalid\",\"message\":\"PDF invalide\"}', NULL), date_add
        FROM ps_ebpdocuments_document WHERE id_document % 2 = 0 ORDER BY id_document");
}
