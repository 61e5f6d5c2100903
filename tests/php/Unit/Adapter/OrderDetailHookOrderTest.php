<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Adapter;

use Ebpdocuments\Shop\OrderDetailHookOrder;
use PHPUnit\Framework\TestCase;

/**
 * Hummingbird calls {hook h='displayOrderDetail'} from its template without the order: the order id then comes
 * from the page's presented `order` variable, as the template object handed to the hook holds it.
 */
final class OrderDetailHookOrderTest extends TestCase
{
    public function testTakesTheIdOfThePresentedOrderFromTheTemplateWhenTheHookNamesNoOrder(): void
    {
        // PrestaShop presents the order as an OrderLazyArray (ArrayAccess), its details as another one.
        $presented = new \ArrayObject(['details' => new \ArrayObject(['id' => '42', 'reference' => 'BHVSOQILX'])]);

        self::assertSame(42, OrderDetailHookOrder::idFrom(['smarty' => $this->templateWith(['order' => $presented])]));
    }

    public function testAcceptsAPresentedOrderThatIsAPlainArray(): void
    {
        $template = $this->templateWith(['order' => ['details' => ['id' => 7]]]);

        self::assertSame(7, OrderDetailHookOrder::idFrom(['smarty' => $template]));
    }

    /**
     * @dataProvider noOrder
     *
     * @param array<string, mixed> $params
     */
    public function testNamesNoOrderWhenNeitherTheParametersNorThePageHoldOne(array $params): void
    {
        self::assertSame(0, OrderDetailHookOrder::idFrom($params));
    }

    /**
     * @return array<string, array{0: array<string, mixed>}>
     */
    public function noOrder(): array
    {
        return [
            'no parameters' => [[]],
            'an order parameter that is not an Order' => [['order' => ['id' => 5]]],
            'a template without an order variable' => [['smarty' => $this->templateWith([])]],
            'an order variable without details' => [['smarty' => $this->templateWith(['order' => ['reference' => 'X']])]],
            'an id that is not a number' => [['smarty' => $this->templateWith(['order' => ['details' => ['id' => '5abc']]])]],
            'a negative id' => [['smarty' => $this->templateWith(['order' => ['details' => ['id' => -3]]])]],
            'smarty that is not a template' => [['smarty' => 'not an object']],
        ];
    }

    /**
     * @param array<string, mixed> $variables
     */
    private function templateWith(array $variables): object
    {
        return new class($variables) {
            /** @var array<string, mixed> */
            private $variables;

            /**
             * @param array<string, mixed> $variables
             */
            public function __construct(array $variables)
            {
                $this->variables = $variables;
            }

            /**
             * @return mixed
             */
            public function getTemplateVars(string $name)
            {
                return isset($this->variables[$name]) ? $this->variables[$name] : null;
            }
        };
    }
}
