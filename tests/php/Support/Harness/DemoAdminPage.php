<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\BackOffice\Presenter\BootContext;
use Ebpdocuments\Kernel\Http\Response;

/**
 * Harness only (./build.sh demo): the BUILT admin app (module/views/js/admin-app/app.js) on a plain page, booted with
 * the payload the module's own AdminBootPresenter makes, talking to the harness's /admin-ajax route. It stands in for
 * PrestaShop's back-office page around the app; everything inside the app and behind /admin-ajax is the module's code.
 */
final class DemoAdminPage
{
    const ASSETS = [
        '/assets/admin-app.js' => ['module/views/js/admin-app/app.js', 'text/javascript; charset=utf-8'],
        '/assets/admin-app.css' => ['module/views/css/admin-app/app.css', 'text/css; charset=utf-8'],
        // The back office's Bootstrap stands in for PrestaShop's admin theme (dev dependency of the app).
        '/assets/bootstrap.css' => ['node_modules/bootstrap/dist/css/bootstrap.min.css', 'text/css; charset=utf-8'],
    ];

    public static function render(Harness $harness, string $baseUrl): Response
    {
        $app = $harness->app();
        $context = new BootContext(
            rtrim($baseUrl, '/') . '/admin-ajax?token=' . HarnessAdminGuard::TOKEN,
            'harness (no PrestaShop)',
            'en-US',
            'EUR',
            ['view' => true, 'edit' => true, 'delete' => true],
            [['id' => $app->shopId(), 'name' => 'Demo shop']]
        );
        $payload = (string) json_encode(
            $app->backOffice()->adminBootPresenter()->present($context),
            JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES
        );
        $html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>EBP documents — harness demo</title>'
            . '<link rel="stylesheet" href="/assets/bootstrap.css"><link rel="stylesheet" href="/assets/admin-app.css">'
            . '<style>body{background:#eff1f2;padding:1rem 2rem}.demo-note{font-size:.85rem}</style></head><body>'
            . '<h1 class="h3">EBP documents</h1>'
            . '<p class="demo-note text-muted">Harness demo: the built admin app and the module\'s real PHP over a throwaway MariaDB. '
            . 'Not a PrestaShop back office (no PrestaShop could be installed from the package registries here).</p>'
            . '<div id="ebpdocuments-admin-app"></div>'
            . '<script>window.ebpdocumentsAdminApp = ' . $payload . ';</script>'
            . '<script src="/assets/admin-app.js"></script></body></html>';

        return new Response(200, ['Content-Type' => 'text/html; charset=utf-8', 'Cache-Control' => 'no-store'], $html);
    }

    public static function asset(string $path): Response
    {
        $root = dirname(__DIR__, 4);
        $file = $root . '/' . self::ASSETS[$path][0];
        if (!is_file($file)) {
            return Response::text(404, 'Not built: ' . self::ASSETS[$path][0] . ' (run ./build.sh)');
        }

        return new Response(200, ['Content-Type' => self::ASSETS[$path][1], 'Cache-Control' => 'no-store'], (string) file_get_contents($file));
    }
}
