<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Architecture;

use Ebpdocuments\Application;
use Ebpdocuments\BackOffice\ActionDispatcher;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\BodyAction;
use Ebpdocuments\BackOffice\ResponseAction;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Api\V1\ApiRouter;
use Ebpdocuments\Receiving\Api\V1\RouteHandler;
use Ebpdocuments\Tests\Support\Front\MemoryErrorLog;
use Ebpdocuments\Tests\Support\Front\MemoryMailer;
use Ebpdocuments\Tests\Support\Front\MovableClock;
use Ebpdocuments\Tests\Support\Harness\FixedServerSecret;
use Ebpdocuments\Tests\Support\Harness\HarnessLinks;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;
use Ebpdocuments\Tests\Support\InMemorySettings;
use Ebpdocuments\Wiring\BackOfficeActions;
use Ebpdocuments\Wiring\CoreServices;
use PHPUnit\Framework\TestCase;

/**
 * The providers build what the doors route to, and a connector's push builds neither the back office nor the
 * customer side. Building touches no database (the connection here refuses every call).
 */
final class WiringTest extends TestCase
{
    public function testEveryAdminActionOfTheRouteTableIsBuiltWithItsCollaborators(): void
    {
        $app = $this->application();
        $actions = new BackOfficeActions($app->core(), $app->receiving(), $app->backOffice());
        $routed = [];
        foreach (ActionDispatcher::ACTIONS as $name => $route) {
            $class = $route[0];
            $routed[] = $class;
            $action = $actions->create($class);
            self::assertInstanceOf($class, $action, $name);
            self::assertTrue($action instanceof AdminAction || $action instanceof BodyAction || $action instanceof ResponseAction, $name . ' is an admin action');
        }
        sort($routed);
        $built = $actions->classes();
        sort($built);
        self::assertSame($routed, $built, 'one factory per action of ActionDispatcher::ACTIONS, no other');
    }

    public function testEveryApiRouteHandlerIsBuiltWithItsCollaborators(): void
    {
        $handlers = $this->application()->receiving()->apiHandlers();
        $routed = [];
        foreach (ApiRouter::ROUTES as $methods) {
            foreach ($methods as $class) {
                $routed[] = $class;
                self::assertInstanceOf(RouteHandler::class, $handlers->create($class));
            }
        }
        sort($routed);
        $built = $handlers->classes();
        sort($built);
        self::assertSame($routed, $built);
    }

    public function testAnUnknownClassIsRefused(): void
    {
        $this->expectException(\LogicException::class);
        $this->application()->receiving()->apiHandlers()->create(\stdClass::class);
    }

    public function testTheConnectorsDoorsBuildNeitherTheBackOfficeNorTheCustomerSide(): void
    {
        $app = $this->application();
        $app->receiving()->econnecteurEndpoint(new ErrorMapper(new MemoryErrorLog()));
        $app->receiving()->apiRouter(new ErrorMapper(new MemoryErrorLog()));

        self::assertNull($this->provider($app, 'backOffice'));
        self::assertNull($this->provider($app, 'customer'));
        $app->backOffice();
        self::assertNotNull($this->provider($app, 'backOffice'));
        self::assertNull($this->provider($app, 'customer'));
    }

    /**
     * @return object|null
     */
    private function provider(Application $app, string $name)
    {
        $property = new \ReflectionProperty(Application::class, $name);
        $property->setAccessible(true);

        return $property->getValue($app);
    }

    private function application(): Application
    {
        $connection = $this->createMock(Connection::class);
        foreach (['fetchAll', 'fetchRow', 'fetchValue', 'execute', 'insert', 'transactional'] as $method) {
            $connection->expects(self::never())->method($method);
        }
        $app = new Application(new CoreServices(
            $connection,
            new InMemorySettings(),
            new MovableClock('2025-03-01 10:00:00'),
            new IdentityTranslator(),
            new HarnessLinks('http://shop.test'),
            new MemoryMailer(),
            1,
            sys_get_temp_dir() . '/ebpdocuments-wiring-test',
            'test'
        ));
        $app->core()->setErrorLog(new MemoryErrorLog());
        $app->core()->setServerSecret(new FixedServerSecret());

        return $app;
    }
}
