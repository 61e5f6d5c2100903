<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Setup;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The Webservice key chosen for the test document is not an active key associated with this shop.
 */
final class UnknownTestKeyException extends \RuntimeException
{
    public function __construct()
    {
        parent::__construct('Unknown Webservice key for this shop');
    }
}
