<?php

/**
 * Bench only, never shipped: a `php -S` router that samples the wall time of the requests that ask for it with
 * excimer (Debian's php-excimer), then hands over to the real router, EBPDOCS_PROFILE_ROUTER (the harness's
 * tests/php/harness/router.php, or the router.php serve.sh wrote for a shop). A router, because `php -S` runs no
 * auto_prepend_file before its router script.
 *
 * A request with the header "X-Profile: <label>" appends its stacks to EBPDOCS_PROFILE_DIR/<label>.collapsed (one
 * "frame;frame;… samples" line per stack, as excimer's formatCollapsed() writes it) and one line to
 * <label>.requests; each sample stands for EBPDOCS_PROFILE_PERIOD_US microseconds of wall time (default 50).
 * tests/bench/profile/summary.ts turns them into milliseconds per request. docs/DEVELOPMENT.md, "Profiling".
 */

$ebpProfileLabel = isset($_SERVER['HTTP_X_PROFILE']) ? preg_replace('/[^a-z0-9_-]/i', '', (string) $_SERVER['HTTP_X_PROFILE']) : '';
$ebpProfileDir = (string) getenv('EBPDOCS_PROFILE_DIR');
if ($ebpProfileLabel !== '' && $ebpProfileDir !== '' && class_exists('ExcimerProfiler')) {
    $ebpProfiler = new ExcimerProfiler();
    $ebpProfiler->setPeriod(max(10, (int) (getenv('EBPDOCS_PROFILE_PERIOD_US') ?: 50)) / 1000000);
    $ebpProfiler->setEventType(EXCIMER_REAL);
    $ebpProfiler->start();
    register_shutdown_function(function () use ($ebpProfiler, $ebpProfileDir, $ebpProfileLabel) {
        $ebpProfiler->stop();
        file_put_contents($ebpProfileDir . '/' . $ebpProfileLabel . '.collapsed', $ebpProfiler->getLog()->formatCollapsed(), FILE_APPEND | LOCK_EX);
        file_put_contents($ebpProfileDir . '/' . $ebpProfileLabel . '.requests', "1\n", FILE_APPEND | LOCK_EX);
    });
}

return require (string) getenv('EBPDOCS_PROFILE_ROUTER');
