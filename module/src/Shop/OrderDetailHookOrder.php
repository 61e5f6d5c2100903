<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Which order a displayOrderDetail call is about. The classic theme prints what OrderDetailController rendered with
 * ['order' => Order]; Hummingbird (PrestaShop 9) throws that away and calls {hook h='displayOrderDetail'} again from
 * its template without the order, so there the order comes from the page's own `order` variable (the presented
 * order, `order.details.id`). The caller still checks that the order belongs to the logged-in customer.
 */
final class OrderDetailHookOrder
{
    /**
     * @param array<string, mixed> $params the hook's parameters
     *
     * @return int the order id, 0 when the call names no order
     */
    public static function idFrom(array $params): int
    {
        $order = isset($params['order']) ? $params['order'] : null;
        if ($order instanceof \Order) {
            return (int) $order->id;
        }
        $template = isset($params['smarty']) ? $params['smarty'] : null;
        if (!is_object($template) || !method_exists($template, 'getTemplateVars')) {
            return 0;
        }

        return self::idOfPresentedOrder($template->getTemplateVars('order'));
    }

    /**
     * @param mixed $presented an OrderLazyArray (or a plain array in a theme that converts it)
     */
    private static function idOfPresentedOrder($presented): int
    {
        if (!is_array($presented) && !$presented instanceof \ArrayAccess) {
            return 0;
        }
        $details = isset($presented['details']) ? $presented['details'] : null;
        if (!is_array($details) && !$details instanceof \ArrayAccess) {
            return 0;
        }
        $id = isset($details['id']) ? $details['id'] : null;

        return is_numeric($id) ? max(0, (int) $id) : 0;
    }
}
