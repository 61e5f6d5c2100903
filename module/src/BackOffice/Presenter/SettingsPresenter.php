<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Presenter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\TypeVisibility;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;

/**
 * The settings as the app sees them (admin shape `Settings`: camelCase names, typed values).
 */
final class SettingsPresenter
{
    /** app name => SettingKeys key */
    const NAMES = [
        'acceptWebserviceKeys' => SettingKeys::ACCEPT_WEBSERVICE_KEYS,
        'unmatchedNon200' => SettingKeys::UNMATCHED_NON_200,
        'maxPdfMb' => SettingKeys::MAX_PDF_MB,
        'storageDir' => SettingKeys::STORAGE_DIR,
        'autoAttachOnAccount' => SettingKeys::AUTO_ATTACH_ON_ACCOUNT,
        'requireEmailProof' => SettingKeys::REQUIRE_EMAIL_PROOF,
        'notifyTypes' => SettingKeys::NOTIFY_TYPES,
        'mailAttachTypes' => SettingKeys::MAIL_ATTACH_TYPES,
        'mailAttachMaxMb' => SettingKeys::MAIL_ATTACH_MAX_MB,
        'guestMailTypes' => SettingKeys::GUEST_MAIL_TYPES,
        'onCustomerDelete' => SettingKeys::ON_CUSTOMER_DELETE,
        'visibleTypes' => SettingKeys::TYPE_VISIBILITY,
        'purgeWaitingDays' => SettingKeys::PURGE_WAITING_DAYS,
        'digestEnabled' => SettingKeys::DIGEST_ENABLED,
        'digestDays' => SettingKeys::DIGEST_DAYS,
    ];

    const BOOLEANS = ['acceptWebserviceKeys', 'unmatchedNon200', 'autoAttachOnAccount', 'requireEmailProof', 'digestEnabled'];
    const INTEGERS = ['maxPdfMb', 'purgeWaitingDays', 'mailAttachMaxMb', 'digestDays'];
    const TYPE_LISTS = ['notifyTypes', 'visibleTypes', 'mailAttachTypes', 'guestMailTypes'];
    /** Stored as the merchant's choices (Customer\TypeVisibility), shown to the app as the list of visible types. */
    const VISIBILITY = 'visibleTypes';

    /**
     * @return array<string, bool|int|string|string[]>
     */
    public static function present(Settings $settings): array
    {
        $out = [];
        foreach (self::NAMES as $name => $key) {
            $raw = $settings->get($key);
            if ($name === self::VISIBILITY) {
                $out[$name] = TypeVisibility::visible($settings);
            } elseif (in_array($name, self::BOOLEANS, true)) {
                $out[$name] = $raw === '1';
            } elseif (in_array($name, self::INTEGERS, true)) {
                $out[$name] = (int) $raw;
            } elseif (in_array($name, self::TYPE_LISTS, true)) {
                $decoded = json_decode($raw, true);
                $out[$name] = is_array($decoded) ? array_values(array_filter($decoded, 'is_string')) : [];
            } else {
                $out[$name] = $raw;
            }
        }

        return $out;
    }
}
