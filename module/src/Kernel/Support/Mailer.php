<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Sends the module's e-mails (PrestaShop's Mail::Send in the shop, a recorder in tests).
 */
interface Mailer
{
    /**
     * @param string $template mail template name under module/mails/<iso>/ (without extension)
     * @param array<string, string> $variables template variables, keys like "{firstname}"
     * @param array{content: string, name: string, mime: string}|array{} $attachment one file, or none
     */
    public function send(int $languageId, string $template, string $subject, array $variables, string $toEmail, string $toName, int $shopId, array $attachment = []): bool;
}
