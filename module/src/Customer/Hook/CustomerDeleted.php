<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer\Hook;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Storage\Documents\DocumentManager;

/**
 * actionObjectCustomerDeleteAfter (hard delete) and actionObjectCustomerUpdateAfter with deleted = 1 (the back
 * office's "deny re-registration" soft delete): the customer's documents are waiting as waiting documents (default, so a
 * mistaken delete loses nothing) or deleted, as the merchant chose in ON_CUSTOMER_DELETE. An e-mail change (an
 * update without deleted) moves nothing.
 */
final class CustomerDeleted
{
    /** @var DocumentManager */
    private $documents;
    /** @var Settings */
    private $settings;

    public function __construct(DocumentManager $documents, Settings $settings)
    {
        $this->documents = $documents;
        $this->settings = $settings;
    }

    public function onDeleted(int $customerId): void
    {
        if ($customerId <= 0) {
            return;
        }
        $mode = $this->settings->get(SettingKeys::ON_CUSTOMER_DELETE) === SettingKeys::ON_DELETE_DELETE
            ? SettingKeys::ON_DELETE_DELETE
            : SettingKeys::ON_DELETE_KEEP_ASIDE;
        $this->documents->detachCustomer($customerId, $mode);
    }

    public function onUpdated(int $customerId, bool $deleted): void
    {
        if ($deleted) {
            $this->onDeleted($customerId);
        }
    }
}
