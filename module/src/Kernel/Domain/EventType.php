<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Domain;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What the event log records about a document.
 */
final class EventType
{
    const RECEIVED = 'received';
    const ATTACHED = 'attached';
    const WAITING = 'kept_aside';
    const UNCHANGED = 'unchanged';
    const REPLACED = 'replaced';
    const ASSIGNED = 'assigned';
    const DISMISSED = 'dismissed';
    const RESTORED = 'restored';
    const DOWNLOADED = 'downloaded';
    const DELETED = 'deleted';
    const WITHDRAWN = 'withdrawn';
    const CLAIMED = 'claimed';
    const REJECTED = 'rejected';
    const DETACHED = 'detached';
    /** The back office exported documents (CSV list or ZIP of PDFs); no document id, detail {format, count, …}. */
    const EXPORTED = 'exported';
    /** The new-document e-mail sent again by an employee. */
    const MAILED = 'mailed';
    /** "Send a test document" from the Connector view: the answer the connector would get (the test leaves nothing else). */
    const TEST = 'test';

    /**
     * @return string[]
     */
    public static function all(): array
    {
        return [
            self::RECEIVED, self::ATTACHED, self::WAITING, self::UNCHANGED, self::REPLACED, self::ASSIGNED,
            self::DISMISSED, self::RESTORED, self::DOWNLOADED, self::DELETED, self::WITHDRAWN, self::CLAIMED,
            self::REJECTED, self::DETACHED, self::EXPORTED, self::MAILED, self::TEST,
        ];
    }
}
