<?php

/**
 * The harness's route table: request path => function (Harness, Request): Response.
 * Extension point: the admin AJAX door and the customer pages add their own entry here (one line each).
 */

declare(strict_types=1);

use Ebpdocuments\Api\EconnecteurEndpoint;
use Ebpdocuments\Api\V1\ApiRouter;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Tests\Support\Harness\Harness;
use Ebpdocuments\Tests\Support\Harness\FileErrorLog;
use Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard;

return [
    // E-connecteur door (front controller "receive").
    '/receive' => function (Harness $harness, Request $request) {
        return (new EconnecteurEndpoint($harness->app(), $harness->errors()))->handle($request);
    },
    // API v1 (front controller "api"), route in ?route=.
    '/api' => function (Harness $harness, Request $request) {
        return (new ApiRouter($harness->app(), $harness->errors()))->handle($request);
    },
    // Admin AJAX (AdminEbpdocumentsController in ajax mode): the real dispatcher, the harness's guard.
    '/admin-ajax' => function (Harness $harness, Request $request) {
        $harness->app()->setErrorLog(new FileErrorLog($harness->path('errors.jsonl')));

        return $harness->app()->adminDispatcher()->dispatch(
            $request->withBody((string) file_get_contents('php://input')),
            new HarnessAdminGuard($request, $harness->app()->shopId())
        );
    },
];
