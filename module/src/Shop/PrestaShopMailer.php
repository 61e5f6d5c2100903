<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Mailer;

/**
 * Sends the module's mails with PrestaShop's Mail::Send and the templates of module/mails/<iso>/ (PrestaShop adds
 * the shop's layout variables: {shop_name}, {shop_url}, {shop_logo}…). A mail that fails returns false; it never
 * throws into the caller.
 */
final class PrestaShopMailer implements Mailer
{
    public function send(int $languageId, string $template, string $subject, array $variables, string $toEmail, string $toName, int $shopId, array $attachment = []): bool
    {
        if ($languageId <= 0) {
            $languageId = (int) \Configuration::get('PS_LANG_DEFAULT');
        }
        try {
            $sent = \Mail::Send(
                $languageId,
                $template,
                $subject,
                $variables,
                $toEmail,
                $toName !== '' ? $toName : null,
                null,
                null,
                $attachment === [] ? null : $attachment,
                null,
                _PS_MODULE_DIR_ . 'ebpdocuments/mails/',
                false,
                $shopId > 0 ? $shopId : null
            );
        } catch (\Throwable $e) {
            \PrestaShopLogger::addLog('ebpdocuments: mail ' . $template . ' not sent (' . get_class($e) . ')', 3, null, 'Ebpdocuments');

            return false;
        }

        return (bool) $sent;
    }
}
