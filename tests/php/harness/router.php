<?php

/**
 * php -S 127.0.0.1:<port> tests/php/harness/router.php
 *
 * Serves the module's real doors over the throwaway MariaDB, for the HTTP tests and the local demo. Environment:
 * EBPDOCS_DB_* (database), EBPDOCS_HARNESS_DIR (state folder, see Support/Harness/Harness.php),
 * EBPDOCS_HARNESS_BASE_URL, EBPDOCS_HARNESS_SHOP_ID (default 1), EBPDOCS_HARNESS_PEAK_LOG (optional file: one JSON line
 * per request with its peak memory, real and used, written at shutdown, i.e. after a streamed body),
 * EBPDOCS_HARNESS_CPU_LOG (optional file: one JSON line per request with its CPU time, see below). Not shipped.
 *
 * Every answer carries X-Harness-Peak-Memory (memory_get_peak_usage(true) when the answer is emitted), for the
 * benchmarks (tests/bench). Harness only: the module never sends it.
 */

declare(strict_types=1);

// Before anything can overwrite it: PHP's warning that it dropped file parts (max_file_uploads), as the shop's
// controllers read it.
$startupError = error_get_last();

// EBPDOCS_HARNESS_CPU_LOG (bench only): one JSON line per request with the CPU time (user + system) this worker spent
// on it, from here to the end, the time its PHP waited for SQL (PdoConnection::$sqlNanoseconds, or what the floor
// receiver returns) and the bench's X-Bench-Round header; the same for the floors and the module's doors.
$cpuLog = (string) getenv('EBPDOCS_HARNESS_CPU_LOG');
$floorSqlNanoseconds = null;
if ($cpuLog !== '') {
    $cpuStart = getrusage();
    register_shutdown_function(function () use ($cpuLog, $cpuStart, &$floorSqlNanoseconds) {
        $microseconds = function (array $usage): int {
            return ($usage['ru_utime.tv_sec'] + $usage['ru_stime.tv_sec']) * 1000000 + $usage['ru_utime.tv_usec'] + $usage['ru_stime.tv_usec'];
        };
        // A static lives one request: what it holds now is this request's.
        $sql = $floorSqlNanoseconds ?? (class_exists('Ebpdocuments\\Tests\\Support\\PdoConnection', false) ? \Ebpdocuments\Tests\Support\PdoConnection::$sqlNanoseconds : 0);
        $line = json_encode([
            'round' => (string) ($_SERVER['HTTP_X_BENCH_ROUND'] ?? ''),
            'cpuMs' => ($microseconds(getrusage()) - $microseconds($cpuStart)) / 1000,
            'sqlMs' => $sql / 1000000,
        ]);
        file_put_contents($cpuLog, $line . "\n", FILE_APPEND | LOCK_EX);
    });
}

// The benchmarks' floors (tests/bench/floor.php, readfile.php) share this server and its php.ini, and load nothing else.
$benchPath = parse_url((string) ($_SERVER['REQUEST_URI'] ?? ''), PHP_URL_PATH);
if ($benchPath === '/__floor') {
    $floorSqlNanoseconds = require __DIR__ . '/../../bench/floor.php';

    return;
}
if ($benchPath === '/__readfile') {
    require __DIR__ . '/../../bench/readfile.php';

    return;
}

require __DIR__ . '/bootstrap.php';

use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Http\ResponseEmitter;
use Ebpdocuments\Tests\Support\Harness\Harness;

$routes = require __DIR__ . '/routes.php';
$peakLog = (string) getenv('EBPDOCS_HARNESS_PEAK_LOG');
if ($peakLog !== '') {
    register_shutdown_function(function () use ($peakLog) {
        $line = json_encode(['uri' => (string) ($_SERVER['REQUEST_URI'] ?? ''), 'peak' => memory_get_peak_usage(true), 'peakUsed' => memory_get_peak_usage()]);
        file_put_contents($peakLog, $line . "\n", FILE_APPEND | LOCK_EX);
    });
}
$harness = Harness::fromEnvironment();
$symfonyRequest = \Symfony\Component\HttpFoundation\Request::createFromGlobals();
$path = rtrim((string) parse_url((string) $symfonyRequest->server->get('REQUEST_URI'), PHP_URL_PATH), '/');

if ($path === '/__ping') {
    $response = Response::text(200, 'pong');
} elseif (isset($routes[$path])) {
    try {
        // X-Harness-Lost-Php-Warning: as in a shop where some notice overwrote the warning before the module ran.
        $warning = $symfonyRequest->headers->has('X-Harness-Lost-Php-Warning') ? null : $startupError;
        $request = Request::fromSymfony($symfonyRequest)->withFilePartsDropped(Request::droppedFilePartsIn($warning));
        $response = $routes[$path]($harness, $request);
    } catch (\Throwable $error) {
        $response = $harness->errors()->forApi($error);
    }
} else {
    $response = Response::text(404, 'No harness route ' . $path);
}
header('X-Harness-Peak-Memory: ' . memory_get_peak_usage(true));
(new ResponseEmitter())->emit($response);
