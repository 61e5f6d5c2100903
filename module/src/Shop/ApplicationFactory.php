<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\SystemClock;
use Ebpdocuments\Wiring\CoreServices;

/**
 * Builds the module's Application for the shop of the current PrestaShop context.
 */
final class ApplicationFactory
{
    public static function forShop(\Context $context, \Module $module): Application
    {
        $settings = new PrestaShopSettings();

        $core = new CoreServices(
            PrestaShopConnection::fromShop(),
            $settings,
            new SystemClock(),
            new PrestaShopTranslator($context->getTranslator()),
            new PrestaShopLinks($context->link),
            new PrestaShopMailer(),
            ContextParts::shopId($context),
            self::storageDir($settings->get(SettingKeys::STORAGE_DIR)),
            (string) $module->version
        );
        $core->setErrorLog(new PrestaShopErrorLog());
        $core->setNumberFormat(new PrestaShopNumberFormat($context));
        $core->setServerSecret(new PrestaShopServerSecret());
        $core->setLanguageTranslators(new PrestaShopLanguageTranslators($context));
        $core->setShopEnvironment(new PrestaShopShopEnvironment($context));
        $core->setShopContact(new PrestaShopShopContact(ContextParts::shopId($context)));

        return new Application($core);
    }

    /**
     * The configured folder, or "<shop root>/var/modules/ebpdocuments": PrestaShop's place for module files,
     * outside modules/ (which is public and replaced on upgrade).
     */
    public static function storageDir(string $configured): string
    {
        $configured = trim($configured);
        if ($configured !== '') {
            return rtrim($configured, '/\\');
        }

        return rtrim(_PS_ROOT_DIR_, '/\\') . '/var/modules/ebpdocuments';
    }
}
