<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Domain;

if (!defined('_PS_VERSION_')) {
    exit;
}

final class DocumentStatus
{
    /** Visible to its customer. */
    const ATTACHED = 'attached';
    /** Waiting: a document waiting for an account or an admin decision. */
    const WAITING = 'pending';
    /** A waiting document the admin hid; kept and restorable. */
    const DISMISSED = 'dismissed';

    /**
     * @return string[]
     */
    public static function all(): array
    {
        return [self::ATTACHED, self::WAITING, self::DISMISSED];
    }
}
