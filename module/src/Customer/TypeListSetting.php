<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Support\Settings;

/**
 * Reads a setting that holds a JSON list of document type codes (NOTIFY_TYPES, MAIL_ATTACH_TYPES). Unknown codes and
 * broken JSON are dropped, so a bad value hides documents or sends no mail rather than failing a page.
 */
final class TypeListSetting
{
    /**
     * @return string[] valid type codes, in DocumentType::all() order
     */
    public static function read(Settings $settings, string $key): array
    {
        $decoded = json_decode($settings->get($key), true);
        if (!is_array($decoded)) {
            return [];
        }
        $codes = [];
        foreach (DocumentType::all() as $code) {
            if (in_array($code, $decoded, true)) {
                $codes[] = $code;
            }
        }

        return $codes;
    }
}
