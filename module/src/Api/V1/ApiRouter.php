<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Api\ClientAuthenticator;
use Ebpdocuments\Api\RejectionLog;
use Ebpdocuments\Http\ApiException;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\MethodNotAllowedException;
use Ebpdocuments\Http\NotFoundException;
use Ebpdocuments\Http\PayloadTooLargeException;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;
use Ebpdocuments\Http\UnauthenticatedException;
use Ebpdocuments\Support\ClassFactory;
use Ebpdocuments\Support\UploadLimits;

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
    /** @var UploadLimits */
    private $limits;
    /** @var RejectionLog */
    private $rejections;
    /** @var ErrorMapper */
    private $errors;

    public function __construct(ClientAuthenticator $authenticator, ClassFactory $handlers, UploadLimits $limits, RejectionLog $rejections, ErrorMapper $errors)
    {
        $this->authenticator = $authenticator;
        $this->handlers = $handlers;
        $this->limits = $limits;
        $this->rejections = $rejections;
        $this->errors = $errors;
    }

    public function handle(Request $request): Response
    {
        if ($request->method() === 'GET' && $this->route($request) === self::SPEC_ROUTE) {
            return $this->specification();
        }
        $keyLabel = null;
        try {
            $handlerClass = $this->resolve($request);
            $this->checkBodySize($request);
            $client = $this->authenticator->authenticate($this->bearerToken($request), $request->clientIp(), 'Authorization');
            $keyLabel = $client->label();
            $this->authenticator->authorize($client, $this->right($request), 'Authorization');
            $handler = $this->handlers->create($handlerClass);

            return $handler->handle($request, $client, $this->errors);
        } catch (\Throwable $error) {
            $response = $this->errors->forApi($error);
            if ($error instanceof ApiException || $error instanceof \Ebpdocuments\Ingestion\InvalidDocumentException) {
                $refusal = $this->errors->known($error);
                if ($refusal->status() !== 404) {
                    $this->rejections->record($refusal, $refusal->englishMessage(), $keyLabel, ApiFields::toValidator($request->post()), $request->clientIp());
                }
            }
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
            throw new NotFoundException('Unknown route; see module/openapi.yaml.', 'Adresse inconnue.');
        }
        $methods = self::ROUTES[$route];
        if (!isset($methods[$request->method()])) {
            throw new MethodNotAllowedException(array_keys($methods));
        }

        return $methods[$request->method()];
    }

    /**
     * What the route does on the module's webservice resource, for a Webservice key's right (Auth\WebserviceRight):
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
        $yaml = (string) file_get_contents(dirname(__DIR__, 3) . '/openapi.yaml');

        return new Response(200, [
            'Content-Type' => 'application/yaml; charset=utf-8',
            'X-Content-Type-Options' => 'nosniff',
            'Cache-Control' => 'public, max-age=3600',
        ], $yaml);
    }

    private function checkBodySize(Request $request): void
    {
        $limits = $this->limits;
        $length = $request->contentLength();
        if ($length === null) {
            return;
        }
        if ($limits->postMaxBytes() > 0 && $length > $limits->postMaxBytes()) {
            throw new PayloadTooLargeException(
                sprintf('Request body (%d bytes) is larger than PHP post_max_size on the shop server (%d bytes).', $length, $limits->postMaxBytes()),
                'Requête plus grande que post_max_size.'
            );
        }
        if ($length > $limits->maxBodyBytes() * BatchDocumentsHandler::MAX_ITEMS) {
            throw new PayloadTooLargeException('Request body larger than the module accepts.', 'Requête trop volumineuse.');
        }
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
