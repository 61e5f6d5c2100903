<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Support\Translator;

/**
 * The error messages of the admin AJAX actions, in the employee's language. Each wording is a literal trans() call
 * in the module's admin domain so that PrestaShop's extractor finds it.
 */
final class AdminMessages
{
    const DOMAIN = 'Modules.Ebpdocuments.Admin';

    const BAD_JSON = 'bad_json';
    const UNKNOWN_ACTION = 'unknown_action';
    const UNAUTHENTICATED = 'unauthenticated';
    const FORBIDDEN = 'forbidden';
    const METHOD_NOT_ALLOWED = 'method_not_allowed';
    const INVALID_VALUE = 'invalid_value';
    const REQUIRED = 'required';
    const OUT_OF_RANGE = 'out_of_range';
    const INVALID_DATE = 'invalid_date';
    const NOT_A_CHOICE = 'not_a_choice';
    const UNKNOWN_PARAM = 'unknown_param';
    const TOO_MANY_IDS = 'too_many_ids';
    const DOCUMENT_NOT_FOUND = 'document_not_found';
    const KEY_NOT_FOUND = 'key_not_found';
    const CUSTOMER_NOT_FOUND = 'customer_not_found';
    const CUSTOMER_GUEST = 'customer_guest';
    const CUSTOMER_DELETED = 'customer_deleted';
    const CUSTOMER_OTHER_SHOP = 'customer_other_shop';
    const NOT_A_NOTICE = 'not_a_notice';
    const KEY_LABEL = 'key_label';
    const STORAGE_NOT_ABSOLUTE = 'storage_not_absolute';
    const STORAGE_PUBLIC = 'storage_public';
    const STORAGE_NOT_WRITABLE = 'storage_not_writable';
    const STORAGE_FILES_NOT_MOVED = 'storage_files_not_moved';
    const STORAGE_SYSTEM = 'storage_system';
    const STORAGE_NOT_EMPTY = 'storage_not_empty';
    const PURGE_CONFIRMATION = 'purge_confirmation';
    const CONFLICT = 'conflict';
    const FILE_MISSING = 'file_missing';
    const BUSY = 'busy';
    const ORDER_NOT_FOUND = 'order_not_found';
    const ORDER_OF_OTHER_CUSTOMER = 'order_of_other_customer';
    const NOT_MAILABLE = 'not_mailable';
    const INTERNAL = 'internal';
    const ZIP_TOO_LARGE = 'zip_too_large';
    const IMPORT_NOT_FOUND = 'import_not_found';
    const IMPORT_STATE = 'import_state';
    const IMPORT_FILE_SIZE = 'import_file_size';
    const IMPORT_UPLOAD_LOST = 'import_upload_lost';
    const IMPORT_PATTERN = 'import_pattern';
    const IMPORT_ZIP = 'import_zip';
    const IMPORT_OFFSET = 'import_offset';

    /** @var Translator */
    private $translator;

    public function __construct(Translator $translator)
    {
        $this->translator = $translator;
    }

    /**
     * @param array<string, string|int> $params
     */
    public function text(string $key, array $params = []): string
    {
        $params += ['%min%' => '', '%max%' => '', '%word%' => ''];
        $t = $this->translator;
        $d = self::DOMAIN;
        $messages = [
            self::BAD_JSON => $t->trans('The request could not be read. Reload the page and try again.', [], $d),
            self::UNKNOWN_ACTION => $t->trans('This action does not exist. Reload the page: the module may have been updated.', [], $d),
            self::UNAUTHENTICATED => $t->trans('Your session has expired. Log in again.', [], $d),
            self::FORBIDDEN => $t->trans('You do not have the permission to do this. Ask an administrator for access to this tab.', [], $d),
            self::METHOD_NOT_ALLOWED => $t->trans('This action must be sent with POST.', [], $d),
            self::INVALID_VALUE => $t->trans('This value is not valid.', [], $d),
            self::REQUIRED => $t->trans('This value is required.', [], $d),
            self::OUT_OF_RANGE => $t->trans('Enter a whole number from %min% to %max%.', ['%min%' => $params['%min%'], '%max%' => $params['%max%']], $d),
            self::INVALID_DATE => $t->trans('Enter a date as YYYY-MM-DD.', [], $d),
            self::NOT_A_CHOICE => $t->trans('This value is not one of the allowed choices.', [], $d),
            self::UNKNOWN_PARAM => $t->trans('This setting does not exist.', [], $d),
            self::TOO_MANY_IDS => $t->trans('Too many documents selected at once: select at most %max%.', ['%max%' => $params['%max%']], $d),
            self::DOCUMENT_NOT_FOUND => $t->trans('This document does not exist any more. Reload the list.', [], $d),
            self::KEY_NOT_FOUND => $t->trans('This key does not exist any more. Reload the list.', [], $d),
            self::CUSTOMER_NOT_FOUND => $t->trans('This customer does not exist.', [], $d),
            self::CUSTOMER_GUEST => $t->trans('This customer is a guest without an account: they could not see the document. Choose a registered customer.', [], $d),
            self::CUSTOMER_DELETED => $t->trans('This customer was deleted. Choose another customer.', [], $d),
            self::CUSTOMER_OTHER_SHOP => $t->trans('This customer belongs to a shop that does not share its customers with the document\'s shop.', [], $d),
            self::NOT_A_NOTICE => $t->trans('Only documents kept aside can be dismissed or restored.', [], $d),
            self::KEY_LABEL => $t->trans('Give the key a name of 1 to 64 characters.', [], $d),
            self::STORAGE_NOT_ABSOLUTE => $t->trans('Enter an absolute folder path, such as /var/www/shop/var/modules/ebpdocuments.', [], $d),
            self::STORAGE_PUBLIC => $t->trans('This folder can be reached from the web. Choose a folder outside the shop\'s public folders, for example under var/.', [], $d),
            self::STORAGE_NOT_WRITABLE => $t->trans('The shop cannot write in this folder. Create it or give the web server write access to it.', [], $d),
            self::STORAGE_FILES_NOT_MOVED => $t->trans('The stored documents are not in this folder. Move the existing files there first, then save again.', [], $d),
            self::STORAGE_SYSTEM => $t->trans('This is a system folder. Choose a folder of its own, for example under the shop\'s var/.', [], $d),
            self::STORAGE_NOT_EMPTY => $t->trans('This folder already holds other files. Choose an empty or new folder, or a storage folder of this module.', [], $d),
            self::PURGE_CONFIRMATION => $t->trans('Type %word% to confirm the deletion of every document.', ['%word%' => $params['%word%']], $d),
            self::CONFLICT => $t->trans('This document was changed meanwhile. Reload and try again.', [], $d),
            self::FILE_MISSING => $t->trans('The PDF file of this document is missing from the storage folder.', [], $d),
            self::ORDER_NOT_FOUND => $t->trans('This order does not exist.', [], $d),
            self::ORDER_OF_OTHER_CUSTOMER => $t->trans('This order belongs to another customer.', [], $d),
            self::NOT_MAILABLE => $t->trans('This document is not in a customer account, or its type is hidden from customers: no e-mail can announce it.', [], $d),
            self::BUSY => $t->trans('The shop database is busy. Try again in a minute.', [], $d),
            self::ZIP_TOO_LARGE => $t->trans('Too many documents for one archive (at most %max% documents and 2 GB): narrow the filters.', ['%max%' => $params['%max%']], $d),
            self::IMPORT_NOT_FOUND => $t->trans('This import does not exist any more. Start a new one.', [], $d),
            self::IMPORT_STATE => $t->trans('This import cannot do that at this stage. Reload the page.', [], $d),
            self::IMPORT_FILE_SIZE => $t->trans('This file is empty or too large for an import.', [], $d),
            self::IMPORT_UPLOAD_LOST => $t->trans('The uploaded files are gone (an import left for more than a day is cleaned up). Start the import again.', [], $d),
            self::IMPORT_PATTERN => $t->trans('The file name pattern must contain {number} once, for example "Facture {number}.pdf".', [], $d),
            self::IMPORT_ZIP => $t->trans('The ZIP file cannot be read (or PHP\'s zip extension is missing).', [], $d),
            self::IMPORT_OFFSET => $t->trans('Part of the file was already received: the upload goes on from there.', [], $d),
            self::INTERNAL => $t->trans('Something went wrong and nothing was changed. The details are in the shop logs.', [], $d),
        ];

        return isset($messages[$key]) ? $messages[$key] : $messages[self::INTERNAL];
    }
}
