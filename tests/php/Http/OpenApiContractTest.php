<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\Receiving\Api\V1\ApiRouter;
use Ebpdocuments\Tests\Support\OpenApiContract;
use PHPUnit\Framework\TestCase;

/**
 * module/openapi.yaml and ApiRouter::ROUTES describe the same operations (ApiV1Test checks the answers' shapes).
 */
final class OpenApiContractTest extends TestCase
{
    public function testEveryRouteIsDocumentedAndEveryDocumentedOperationExists(): void
    {
        $routes = [];
        foreach (ApiRouter::ROUTES as $route => $methods) {
            $list = array_keys($methods);
            sort($list);
            $routes[$route] = $list;
        }
        ksort($routes);

        $this->assertSame($routes, OpenApiContract::load()->operations());
    }

    public function testTheSpecIsOpenApi31AndEveryOperationDocumentsErrors(): void
    {
        $spec = OpenApiContract::load()->spec();
        $this->assertSame('3.1.0', $spec['openapi']);
        foreach ($spec['paths'] as $path => $item) {
            foreach ($item as $method => $operation) {
                $this->assertArrayHasKey('401', $operation['responses'], $method . ' ' . $path);
                $this->assertArrayHasKey('500', $operation['responses'], $method . ' ' . $path);
            }
        }
    }

    public function testTheValidatorRejectsWhatTheSchemasForbid(): void
    {
        $contract = OpenApiContract::load();
        $this->assertSame([], $contract->responseErrors('v1/health', 'GET', 401, ['error' => ['code' => 'x', 'message' => 'y', 'field' => null]]));
        $this->assertNotSame([], $contract->responseErrors('v1/health', 'GET', 401, ['error' => ['code' => 'x', 'message' => 'y']]));
        $this->assertNotSame([], $contract->responseErrors('v1/health', 'GET', 401, ['error' => ['code' => 'x', 'message' => 'y', 'field' => null, 'trace' => 'z']]));
        $this->assertNotSame([], $contract->responseErrors('v1/health', 'GET', 418, []));
    }
}
