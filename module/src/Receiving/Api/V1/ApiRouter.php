<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\ClassFactory;
use Ebpdocuments\Kernel\Support\UploadLimits;
use Ebpdocuments\Receiving\Api\ClientAuthenticator;
use Ebpdocuments\Receiving\Api\ConnectorDoor;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Api\RejectionLog;

/**
 * API v1 front door: route (query parameter "route") and method → one handler class, after Bearer authentication.
 * module/openapi.yaml describes exactly these routes (a test keeps both in step).
 */
final class ApiRouter
{
    const ROUTES = [
        'v1/documents' => [
            'POST' => CreateDocumentHandler::class,
            'DELETE' => WithdrawDocumentHandler::class,
        ],
        'v1/documents/batch' => [
            'POST' => BatchDocumentsHandler::class,
        ],
        'v1/documents/status' => [
            'GET' => DocumentStatusHandler::class,
        ],
        'v1/health' => [
            'GET' => HealthHandler::class,
        ],
    ];

    /** The API description itself: public (it holds no secret), so a connector developer can open it from the set-up view. */
    const SPEC_ROUTE = 'v1/openapi';

    /** @var ClientAuthenticator */
    private $authenticator;
    /** @var ClassFactory builds the handler of the route, once the client is authenticated */
    private $handlers;
    /** @var ErrorMapper */
    private $errors;
    /** @var ConnectorDoor */
    private $door;

    public function __construct(ClientAuthenticator $authenticator, ClassFactory $handlers, UploadLimits $limits, RejectionLog $rejections, ErrorMapper $errors)
    {
        $this->authenticator = $authenticator;
        $this->handlers = $handlers;
        $this->errors = $errors;
        $this->door = new ConnectorDoor($limits, $rejections, $errors);
    }

    public function handle(Request $request): Response
    {
        if ($request->method() === 'GET' && $this->route($request) === self::SPEC_ROUTE) {
            return $this->specification();
        }
        $keyLabel = null;
        try {
            $handlerClass = $this->resolve($request);
            $this->door->checkSize($request, BatchDocumentsHandler::MAX_ITEMS);
            $client = $this->authenticator->authenticate($this->bearerToken($request), $request->clientIp(), 'Authorization');
            $keyLabel = $client->label();
            $this->authenticator->authorize($client, $this->right($request), 'Authorization');
            $handler = $this->handlers->create($handlerClass);

            return $handler->handle($request, $client, $this->errors);
        } catch (\Throwable $error) {
            $response = $this->door->refused($error, ConnectorDoor::API, $keyLabel, ApiFields::toValidator($request->post()), $request->clientIp());
            if ($response->status() === 401) {
                $response = $response->withHeader('WWW-Authenticate', 'Bearer realm="ebpdocuments"');
            }

            return $response;
        }
    }

    /**
     * @return class-string<RouteHandler>
     */
    private function resolve(Request $request): string
    {
        $route = $this->route($request);
        if (!isset(self::ROUTES[$route])) {
            throw Refusal::notFound('Unknown route; see module/openapi.yaml.');
        }
        $methods = self::ROUTES[$route];
        if (!isset($methods[$request->method()])) {
            throw Refusal::methodNotAllowed(array_keys($methods));
        }

        return $methods[$request->method()];
    }

    /**
     * What the route does on the module's webservice resource, for a Webservice key's right (Receiving\Auth\WebserviceRight):
     * its method itself (POST sends, DELETE withdraws, GET reads the status); the health check needs any of them.
     */
    private function right(Request $request): ?string
    {
        return $this->route($request) === 'v1/health' ? null : $request->method();
    }

    private function route(Request $request): string
    {
        $query = $request->query();

        return isset($query['route']) && is_string($query['route']) ? trim($query['route'], ' /') : '';
    }

    private function specification(): Response
    {
        $yaml = (string) file_get_contents(dirname(__DIR__, 4) . '/openapi.yaml');

        return new Response(200, [
            'Content-Type' => 'application/yaml; charset=utf-8',
            'X-Content-Type-Options' => 'nosniff',
            'Cache-Control' => 'public, max-age=3600',
        ], $yaml);
    }

    /** The key of "Authorization: Bearer <key>"; null when absent or another scheme. */
    private function bearerToken(Request $request): ?string
    {
        $header = (string) $request->header('authorization');
        if (!preg_match('/^Bearer\s+(\S+)\s*$/i', $header, $match)) {
            return null;
        }

        return $match[1];
    }
}
