<?php

/**
 * php -S 127.0.0.1:<port> tests/php/harness/router.php
 *
 * Serves the module's real doors over the throwaway MariaDB, for the HTTP tests and the local demo. Environment:
 * EBPDOCS_DB_* (database), EBPDOCS_HARNESS_DIR (state folder, see Support/Harness/Harness.php),
 * EBPDOCS_HARNESS_BASE_URL, EBPDOCS_HARNESS_SHOP_ID (default 1). Not shipped.
 */

declare(strict_types=1);

require __DIR__ . '/bootstrap.php';

use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;
use Ebpdocuments\Http\ResponseEmitter;
use Ebpdocuments\Tests\Support\Harness\Harness;

$routes = require __DIR__ . '/routes.php';
$harness = Harness::fromEnvironment();
$symfonyRequest = \Symfony\Component\HttpFoundation\Request::createFromGlobals();
$path = rtrim((string) parse_url((string) $symfonyRequest->server->get('REQUEST_URI'), PHP_URL_PATH), '/');

if ($path === '/__ping') {
    $response = Response::text(200, 'pong');
} elseif (isset($routes[$path])) {
    try {
        $response = $routes[$path]($harness, Request::fromSymfony($symfonyRequest));
    } catch (\Throwable $error) {
        $response = $harness->errors()->forApi($error);
    }
} else {
    $response = Response::text(404, 'No harness route ' . $path);
}
(new ResponseEmitter())->emit($response);
