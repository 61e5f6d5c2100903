<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A secret of the server that is NOT stored in the database (PrestaShop: `_COOKIE_KEY_` from the shop's
 * parameters file, Shop\PrestaShopServerSecret; tests and the harness bring their own). Keys HMACs whose input
 * is guessable, such as a one-time code, so that a copy of the tables alone does not reveal them.
 */
interface ServerSecret
{
    /**
     * A 32-byte binary key for one purpose, derived from the secret (never the secret itself).
     */
    public function keyFor(string $purpose): string;
}
