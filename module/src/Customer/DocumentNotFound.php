<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The single answer for every document a visitor may not have: missing, someone else's, waiting, withdrawn,
 * other shop, wrong token, file lost. One class and one message so that ids cannot be probed.
 */
final class DocumentNotFound extends \RuntimeException
{
    public function __construct()
    {
        parent::__construct('Document not found');
    }
}
