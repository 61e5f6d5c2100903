<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * The `shopId` param of list actions: one of the employee's shops, or all of them when absent.
 */
final class ShopFilter
{
    /**
     * @return int[]
     */
    public static function shopIds(Params $params, ActionContext $context): array
    {
        $shopId = $params->optionalId('shopId');
        if ($shopId === null) {
            return $context->shopIds();
        }
        if (!$context->sees($shopId)) {
            throw Refusal::validation('shopId', AdminMessages::NOT_A_CHOICE);
        }

        return [$shopId];
    }
}
