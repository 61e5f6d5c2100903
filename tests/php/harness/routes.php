<?php

/**
 * The harness's route table: request path => function (Harness, Request): Response.
 * Extension point: the admin AJAX door and the customer pages add their own entry here (one line each).
 */

declare(strict_types=1);

use Ebpdocuments\Customer\DocumentNotFound;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Tests\Support\Harness\DemoAdminPage;
use Ebpdocuments\Tests\Support\Harness\FileErrorLog;
use Ebpdocuments\Tests\Support\Harness\Harness;
use Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard;
use Ebpdocuments\Tests\Support\Harness\HarnessCustomerSession;

/** Orders the visitor's guest-tracking cookie holds (harness stand-in for PrestaShop's cookie): int[]. */
$guestOrders = function (Request $request): array {
    if (preg_match('/(?:^|;\s*)harness_guest_orders=([0-9-]+)/', (string) $request->header('cookie'), $match) !== 1) {
        return [];
    }

    return array_map('intval', explode('-', $match[1]));
};

return [
    // E-connecteur door (front controller "receive").
    '/receive' => function (Harness $harness, Request $request) {
        return $harness->app()->receiving()->econnecteurEndpoint($harness->errors())->handle($request);
    },
    // API v1 (front controller "api"), route in ?route=.
    '/api' => function (Harness $harness, Request $request) {
        return $harness->app()->receiving()->apiRouter($harness->errors())->handle($request);
    },
    // Admin AJAX (AdminEbpdocumentsController in ajax mode): the real dispatcher, the harness's guard.
    '/admin-ajax' => function (Harness $harness, Request $request) {
        $harness->app()->core()->setErrorLog(new FileErrorLog($harness->path('errors.jsonl')));

        return $harness->app()->backOffice()->adminDispatcher()->dispatch(
            $request->withBody((string) file_get_contents('php://input')),
            new HarnessAdminGuard($request, $harness->app()->shopId())
        );
    },
    // Customer pages (front controllers "documents" and "download"). The harness says who is logged in; the module's
    // classes decide. Where the shop renders Smarty, the harness answers the template variables as JSON.
    '/documents' => function (Harness $harness, Request $request) {
        $app = $harness->app();
        $identity = HarnessCustomerSession::identity($request, $app->core()->connection());
        if (!$app->customer()->customerPageGuard()->allows($identity)) {
            return new Response(302, ['Location' => '/login?back=' . rawurlencode($app->core()->links()->myDocuments())]);
        }
        if ($request->method() === 'POST') {
            $post = $request->post();
            $token = isset($post['token']) && is_string($post['token']) ? $post['token'] : '';
            $result = $app->customer()->myDocumentsPage()->post($identity, $app->shopId(), $post, hash_equals(HarnessCustomerSession::formToken($identity), $token));

            return Response::json(200, ['status' => $result->status(), 'message' => $result->message(), 'attached' => $result->attachedCount()]);
        }
        $variables = $app->customer()->myDocumentsPage()->variables($identity, $app->shopId(), $request->query());
        $variables['formToken'] = HarnessCustomerSession::formToken($identity);

        return Response::json(200, $variables);
    },
    '/download' => function (Harness $harness, Request $request) {
        $app = $harness->app();
        $app->core()->setErrorLog(new FileErrorLog($harness->path('errors.jsonl')));
        $identity = HarnessCustomerSession::identity($request, $app->core()->connection());
        if (!$app->customer()->customerPageGuard()->allows($identity)) {
            return new Response(302, ['Location' => '/login?back=' . rawurlencode('/download?' . http_build_query($request->query()))]);
        }
        $query = $request->query();
        try {
            return $app->customer()->download()->download(isset($query['id']) ? $query['id'] : null, isset($query['token']) ? $query['token'] : null, $identity, $app->shopId());
        } catch (DocumentNotFound $e) {
            return Response::text(404, 'Document not found');
        }
    },
    // Hooks: displayCustomerAccount and displayOrderDetail (template variables as JSON; null = nothing shown).
    '/hook/customer-account' => function (Harness $harness, Request $request) {
        $app = $harness->app();

        return Response::json(200, ['tile' => $app->customer()->customerAccountTile()->variables(HarnessCustomerSession::identity($request, $app->core()->connection()), $app->shopId())]);
    },
    '/hook/order-detail' => function (Harness $harness, Request $request) {
        $app = $harness->app();
        $query = $request->query();
        $orderId = isset($query['id_order']) && is_string($query['id_order']) ? (int) $query['id_order'] : 0;

        return Response::json(200, ['block' => $app->customer()->orderDetailDocuments()->variables(HarnessCustomerSession::identity($request, $app->core()->connection()), $app->shopId(), $orderId)]);
    },
    // Guest order tracking (issue 12): the page is reached only once the order reference and e-mail are proven, so
    // this route stands for that page: it shows the order's documents and records the proof in the visitor's cookie
    // (PrestaShop: its encrypted cookie, Shop\GuestTrackingSession); /guest-download reads that cookie only.
    '/hook/guest-tracking' => function (Harness $harness, Request $request) use ($guestOrders) {
        $app = $harness->app();
        $query = $request->query();
        $orderId = isset($query['id_order']) && is_string($query['id_order']) ? (int) $query['id_order'] : 0;
        $block = $app->customer()->guestOrderDocuments()->variables($app->shopId(), $orderId);
        $response = Response::json(200, ['block' => $block]);
        if ($block !== null) {
            $held = \Ebpdocuments\Customer\GuestOrderDocuments::grant($guestOrders($request), $orderId);
            $response = $response->withHeader('Set-Cookie', 'harness_guest_orders=' . implode('-', $held) . '; Path=/');
        }

        return $response;
    },
    '/guest-download' => function (Harness $harness, Request $request) use ($guestOrders) {
        $app = $harness->app();
        $query = $request->query();
        try {
            return $app->customer()->guestOrderDocuments()->download(isset($query['id']) ? $query['id'] : null, isset($query['token']) ? $query['token'] : null, $guestOrders($request), $app->shopId());
        } catch (DocumentNotFound $e) {
            return Response::text(404, 'Document not found');
        }
    },
    // Demo (./build.sh demo): the built admin app on a plain page with the module's real boot payload, and its files.
    '/admin' => function (Harness $harness, Request $request) {
        return DemoAdminPage::render($harness, 'http://' . (string) $request->header('host'));
    },
    '/assets/admin-app.js' => function () {
        return DemoAdminPage::asset('/assets/admin-app.js');
    },
    '/assets/admin-app.css' => function () {
        return DemoAdminPage::asset('/assets/admin-app.css');
    },
    '/assets/bootstrap.css' => function () {
        return DemoAdminPage::asset('/assets/bootstrap.css');
    },
];
