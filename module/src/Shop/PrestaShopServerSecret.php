<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\ServerSecret;

/**
 * PrestaShop's `_COOKIE_KEY_` (app/config/parameters.php, written at install, not in the database) as the module's
 * server secret. Changing it voids the live one-time codes only (15 minutes at most).
 */
final class PrestaShopServerSecret implements ServerSecret
{
    public function keyFor(string $purpose): string
    {
        $secret = defined('_COOKIE_KEY_') ? (string) constant('_COOKIE_KEY_') : '';
        if ($secret === '') {
            throw new \RuntimeException('PrestaShop has no _COOKIE_KEY_: the module cannot key its one-time codes.');
        }

        return hash_hmac('sha256', 'ebpdocuments|' . $purpose, $secret, true);
    }
}
