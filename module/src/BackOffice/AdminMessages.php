<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Storage\Documents\DocumentManager;

/**
 * The wordings of the admin AJAX actions' refusals: each constant is a message id (the English wording) of the
 * module's admin domain, given to a Refusal and translated in the employee's language by Receiving\Api\ErrorMapper::forAdmin.
 * Placeholders: %min%, %max%, %word%. French: translations/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf.
 */
final class AdminMessages
{
    const DOMAIN = Refusal::DOMAIN;

    const BAD_JSON = 'The request could not be read. Reload the page and try again.';
    const UNKNOWN_ACTION = 'This action does not exist. Reload the page: the module may have been updated.';
    const UNAUTHENTICATED = 'Your session has expired. Log in again.';
    const FORBIDDEN = 'You do not have the permission to do this. Ask an administrator for access to this tab.';
    const METHOD_NOT_ALLOWED = 'This action must be sent with POST.';
    const INVALID_VALUE = 'This value is not valid.';
    const REQUIRED = 'This value is required.';
    const OUT_OF_RANGE = 'Enter a whole number from %min% to %max%.';
    const INVALID_DATE = 'Enter a date as YYYY-MM-DD.';
    const NOT_A_CHOICE = 'This value is not one of the allowed choices.';
    const UNKNOWN_PARAM = 'This setting does not exist.';
    const TOO_MANY_IDS = 'Too many documents selected at once: select at most %max%.';
    const DOCUMENT_NOT_FOUND = DocumentManager::NOT_FOUND;
    const KEY_NOT_FOUND = 'This key does not exist any more. Reload the list.';
    const CUSTOMER_NOT_FOUND = 'This customer does not exist.';
    const CUSTOMER_GUEST = 'This customer is a guest without an account: they could not see the document. Choose a registered customer.';
    const CUSTOMER_DELETED = 'This customer was deleted. Choose another customer.';
    const CUSTOMER_OTHER_SHOP = 'This customer belongs to a shop that does not share its customers with the document\'s shop.';
    const NOT_WAITING = 'Only waiting documents can be dismissed or restored.';
    const KEY_LABEL = 'Give the key a name of 1 to 64 characters.';
    const STORAGE_NOT_ABSOLUTE = 'Enter an absolute folder path, such as /var/www/shop/var/modules/ebpdocuments.';
    const STORAGE_PUBLIC = 'This folder can be reached from the web. Choose a folder outside the shop\'s public folders, for example under var/.';
    const STORAGE_NOT_WRITABLE = 'The shop cannot write in this folder. Create it or give the web server write access to it.';
    const STORAGE_FILES_NOT_MOVED = 'The stored documents are not in this folder. Move the existing files there first, then save again.';
    const STORAGE_SYSTEM = 'This is a system folder. Choose a folder of its own, for example under the shop\'s var/.';
    const STORAGE_NOT_EMPTY = 'This folder already holds other files. Choose an empty or new folder, or a storage folder of this module.';
    const PURGE_CONFIRMATION = 'Type %word% to confirm the deletion of every document.';
    const CONFLICT = DocumentManager::CHANGED;
    const FILE_MISSING = 'The PDF file of this document is missing from the storage folder.';
    const BUSY = ErrorMapper::ADMIN_BUSY;
    const ORDER_NOT_FOUND = 'This order does not exist.';
    const ORDER_OF_OTHER_CUSTOMER = 'This order belongs to another customer.';
    const NOT_MAILABLE = 'This document is not in a customer account, or its type is hidden from customers: no e-mail can announce it.';
    const INTERNAL = ErrorMapper::ADMIN_INTERNAL;
    const ZIP_TOO_LARGE = 'Too many documents for one archive (at most %max% documents and 2 GB): narrow the filters.';
    const IMPORT_NOT_FOUND = 'This import does not exist any more. Start a new one.';
    const IMPORT_STATE = 'This import cannot do that at this stage. Reload the page.';
    const IMPORT_FILE_SIZE = 'This file is empty or too large for an import.';
    const IMPORT_UPLOAD_LOST = 'The uploaded files are gone (an import left for more than a day is cleaned up). Start the import again.';
    const IMPORT_PATTERN = 'The file name pattern must contain {number} once, for example "Facture {number}.pdf".';
    const IMPORT_ZIP = 'The ZIP file cannot be read (or PHP\'s zip extension is missing).';
    const IMPORT_OFFSET = 'Part of the file was already received: the upload goes on from there.';
}
