<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;
use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;

/**
 * GET v1/health: module version, size limits (the module's and PHP's), whether storage is writable, server time.
 */
final class HealthHandler implements RouteHandler
{
    /** @var Application */
    private $app;

    public function __construct(Application $app)
    {
        $this->app = $app;
    }

    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response
    {
        $writable = $this->app->storage()->isWritable();

        return Response::json(200, [
            'status' => $writable ? 'ok' : 'degraded',
            'moduleVersion' => $this->app->moduleVersion(),
            'shopId' => $this->app->shopId(),
            'time' => $this->app->clock()->now()->format(\DateTime::ATOM),
            'limits' => $this->app->uploadLimits()->toArray(),
            'storage' => ['writable' => $writable],
            'client' => ['kind' => $client->kind(), 'label' => $client->label()],
        ]);
    }
}
