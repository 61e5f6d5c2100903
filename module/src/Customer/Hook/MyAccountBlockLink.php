<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer\Hook;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Links;

/**
 * displayMyAccountBlock: a static "My documents" link. ps_customeraccountlinks caches its block per shop, language
 * and customer group, never per customer, so nothing personal (no count) may go in it.
 * Template: views/templates/hook/my-account-block-link.tpl.
 */
final class MyAccountBlockLink
{
    /** @var Links */
    private $links;

    public function __construct(Links $links)
    {
        $this->links = $links;
    }

    /**
     * @return array{url: string}
     */
    public function variables(): array
    {
        return ['url' => $this->links->myDocuments()];
    }
}
