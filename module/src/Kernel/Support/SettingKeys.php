<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Every setting of the module, with its default. Stored as PrestaShop Configuration values under "EBPDOCUMENTS_<key>".
 */
final class SettingKeys
{
    /** Accept the shop's active Webservice keys (E-connecteur sends its webservice key). */
    const ACCEPT_WEBSERVICE_KEYS = 'ACCEPT_WEBSERVICE_KEYS';
    /** Answer a non-200 status for documents waiting, so that the connector keeps re-sending them. */
    const UNMATCHED_NON_200 = 'UNMATCHED_NON_200';
    /** Largest accepted PDF, in megabytes (decoded size). */
    const MAX_PDF_MB = 'MAX_PDF_MB';
    /** Storage folder; empty means "<shop root>/var/modules/ebpdocuments". */
    const STORAGE_DIR = 'STORAGE_DIR';
    /** Attach waiting documents when an account is created with their e-mail (risky: e-mails are not verified). */
    const AUTO_ATTACH_ON_ACCOUNT = 'AUTO_ATTACH_ON_ACCOUNT';
    /**
     * 1 (default): a document matched by its billing e-mail alone waits until the account proves the address
     * (one-time code, or a document an admin gave it). 0: it goes to the only registered account with that e-mail.
     */
    const REQUIRE_EMAIL_PROOF = 'REQUIRE_EMAIL_PROOF';
    /** JSON list of document type codes for which the customer is e-mailed; empty list = never. */
    const NOTIFY_TYPES = 'NOTIFY_TYPES';
    /** JSON list of document type codes whose new-document e-mail carries the PDF; empty list = never (links only). */
    const MAIL_ATTACH_TYPES = 'MAIL_ATTACH_TYPES';
    /** Largest PDF attached to an e-mail, in megabytes; a bigger one is only announced (link to My documents). */
    const MAIL_ATTACH_MAX_MB = 'MAIL_ATTACH_MAX_MB';
    /**
     * JSON list of document type codes e-mailed (PDF attached, up to MAIL_ATTACH_MAX_MB) to the billing e-mail of the
     * guest order their oid names; empty list = never.
     */
    const GUEST_MAIL_TYPES = 'GUEST_MAIL_TYPES';
    /** What happens to the documents of a deleted customer: keep_aside | delete. */
    const ON_CUSTOMER_DELETE = 'ON_CUSTOMER_DELETE';
    /**
     * JSON object of the merchant's choices, type code => shown to customers; a type it does not name shows as
     * Kernel/Domain/document-types.json says (Customer\TypeVisibility).
     */
    const TYPE_VISIBILITY = 'TYPE_VISIBILITY';
    /** 1.0.0's JSON list of the types shown to customers; read for those types until TYPE_VISIBILITY names them. */
    const VISIBLE_TYPES = 'VISIBLE_TYPES';
    /** Delete waiting documents (waiting documents) older than this many days; 0 = never. */
    const PURGE_WAITING_DAYS = 'PURGE_NOTICES_DAYS';
    /**
     * 1: a daily summary e-mail goes to the shop's contact address when connector calls were refused since the last
     * one, or when documents have waited for more than DIGEST_DAYS days (BackOffice\Maintenance\DailyDigest). Off by default.
     */
    const DIGEST_ENABLED = 'DIGEST_ENABLED';
    /** Days after which a waiting document (notice) is worth the summary e-mail. */
    const DIGEST_DAYS = 'DIGEST_DAYS';
    /** Unix time of the last summary e-mail sent (at most one a day); internal, never written by the app. */
    const DIGEST_LAST_SENT = 'DIGEST_LAST_SENT';
    /** The back-office tab's address, remembered when it opens, for the summary sent by the cron; internal. */
    const ADMIN_TAB_URL = 'ADMIN_TAB_URL';
    /** Unix time of the last daily maintenance (BackOffice\Maintenance\MaintenanceTask); internal, never written by the app. */
    const MAINTENANCE_LAST_RUN = 'MAINTENANCE_LAST_RUN';
    /** JSON {bytes, lastId, at} kept by BackOffice\Query\StorageUsage; internal, never written by the app. */
    const STORAGE_USED = 'STORAGE_USED';

    const PREFIX = 'EBPDOCUMENTS_';

    const ON_DELETE_KEEP_ASIDE = 'keep_aside';
    const ON_DELETE_DELETE = 'delete';

    /**
     * @return array<string, string>
     */
    public static function defaults(): array
    {
        return [
            self::ACCEPT_WEBSERVICE_KEYS => '1',
            self::UNMATCHED_NON_200 => '0',
            self::MAX_PDF_MB => '20',
            self::STORAGE_DIR => '',
            self::AUTO_ATTACH_ON_ACCOUNT => '0',
            self::REQUIRE_EMAIL_PROOF => '1',
            self::NOTIFY_TYPES => '[]',
            self::MAIL_ATTACH_TYPES => '[]',
            self::MAIL_ATTACH_MAX_MB => '5',
            self::GUEST_MAIL_TYPES => '[]',
            self::ON_CUSTOMER_DELETE => self::ON_DELETE_KEEP_ASIDE,
            self::TYPE_VISIBILITY => '{}',
            self::VISIBLE_TYPES => '',
            self::PURGE_WAITING_DAYS => '0',
            self::DIGEST_ENABLED => '0',
            self::DIGEST_DAYS => '7',
            self::DIGEST_LAST_SENT => '0',
            self::ADMIN_TAB_URL => '',
            self::MAINTENANCE_LAST_RUN => '0',
            self::STORAGE_USED => '',
        ];
    }

    public static function configurationName(string $key): string
    {
        return self::PREFIX . $key;
    }
}
