<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The parts of PrestaShop's Context that core declares nullable but that every controller and hook the module runs
 * in has set (Smarty, Link, the cookie, the shop, the language). Read through here, a missing one is a clear error
 * instead of a call on null.
 */
final class ContextParts
{
    public static function smarty(\Context $context): \Smarty
    {
        if (!$context->smarty instanceof \Smarty) {
            throw new \LogicException('PrestaShop context without Smarty');
        }

        return $context->smarty;
    }

    public static function link(\Context $context): \Link
    {
        if (!$context->link instanceof \Link) {
            throw new \LogicException('PrestaShop context without Link');
        }

        return $context->link;
    }

    public static function cookie(\Context $context): \Cookie
    {
        if (!$context->cookie instanceof \Cookie) {
            throw new \LogicException('PrestaShop context without cookie');
        }

        return $context->cookie;
    }

    public static function shopId(\Context $context): int
    {
        if (!$context->shop instanceof \Shop) {
            throw new \LogicException('PrestaShop context without shop');
        }

        return (int) $context->shop->id;
    }

    public static function language(\Context $context): \Language
    {
        if (!$context->language instanceof \Language) {
            throw new \LogicException('PrestaShop context without language');
        }

        return $context->language;
    }
}
