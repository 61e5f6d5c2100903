<?php

/**
 * Bench only: the floor receiver, the least any receiver of an E-connecteur push must do, served by the same
 * `php -S` and php.ini as the module's door (tests/php/harness/router.php sends /__floor here before loading anything
 * else): check the key (one SELECT by its hash), decode the base64, write a temp file and rename it into place,
 * INSERT one row. Two SQL statements. Its answers are plain text like the door's. Table: ps_ebpdocuments_bench_floor
 * (tests/bench/run.ts creates it). Returns the nanoseconds it waited for SQL, for the harness's CPU log.
 */

declare(strict_types=1);

return (function (): int {
    $pdo = new PDO(
        'mysql:host=' . (getenv('EBPDOCS_DB_HOST') ?: '127.0.0.1') . ';port=' . (getenv('EBPDOCS_DB_PORT') ?: '33061')
            . ';dbname=' . getenv('EBPDOCS_DB_NAME') . ';charset=utf8mb4',
        getenv('EBPDOCS_DB_USER') ?: 'root',
        (string) getenv('EBPDOCS_DB_PASSWORD'),
        [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
    );
    $answer = function (int $status, string $text): void {
        http_response_code($status);
        header('Content-Type: text/plain; charset=utf-8');
        echo $text;
    };
    $sqlNanoseconds = 0;
    $key = isset($_POST['key']) && is_string($_POST['key']) ? $_POST['key'] : '';
    $select = 'SELECT id_api_key FROM ps_ebpdocuments_api_key WHERE key_hash = ' . $pdo->quote(hash('sha256', $key)) . ' AND active = 1';
    $started = hrtime(true);
    $found = $pdo->query($select)->fetchColumn();
    $sqlNanoseconds += hrtime(true) - $started;
    if ($found === false) {
        $answer(401, 'Clé refusée.');

        return $sqlNanoseconds;
    }
    $reference = isset($_POST['reference']) && is_string($_POST['reference']) ? $_POST['reference'] : '';
    $pdf = isset($_POST['pdf']) && is_string($_POST['pdf']) ? base64_decode(strtr($_POST['pdf'], ["\r" => '', "\n" => '', ' ' => '+']), true) : false;
    if ($reference === '' || $pdf === false || strncmp($pdf, '%PDF-', 5) !== 0) {
        $answer(422, 'Document refusé.');

        return $sqlNanoseconds;
    }
    $root = getenv('EBPDOCS_HARNESS_DIR') . '/floor';
    $name = bin2hex(random_bytes(32));
    $temp = $root . '/tmp/' . $name . '.part';
    if (file_put_contents($temp, $pdf) !== strlen($pdf) || !rename($temp, $root . '/' . $name . '.pdf')) {
        $answer(500, 'Erreur interne.');

        return $sqlNanoseconds;
    }
    $insert = 'INSERT INTO ps_ebpdocuments_bench_floor (reference, file_name, file_size, sha256, date_add) VALUES ('
        . $pdo->quote($reference) . ', ' . $pdo->quote($name . '.pdf') . ', ' . strlen($pdf) . ', ' . $pdo->quote(hash('sha256', $pdf)) . ', NOW())';
    $started = hrtime(true);
    $pdo->exec($insert);
    $sqlNanoseconds += hrtime(true) - $started;
    $answer(200, 'Document ' . $reference . ' enregistré.');

    return $sqlNanoseconds;
})();
