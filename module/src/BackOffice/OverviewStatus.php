<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The overview's one status line, as data: `{state: ok|warning|error|idle, code, params}`; the app words it
 * (`overview.status.<code>`).
 * - `refusing` (error): the newest call was refused (newer than the last document, within REFUSAL_WINDOW): the
 *   connector shows the refusal to the EBP user and sends the document again; look at the last refusals.
 * - `storage` (error): the storage folder is not writable: every document is refused.
 * - `first` (idle): nothing received yet and no refusal: send a test document.
 * - `quiet` (warning): the last document is older than QUIET_DAYS: E-connecteur may have stopped synchronising.
 * - `flowing` (ok): documents arrive; `minutes` since the last one.
 */
final class OverviewStatus
{
    const REFUSAL_WINDOW = 604800;
    const QUIET_DAYS = 7;

    /**
     * @return array{state: string, code: string, params: array<string, int|string>}
     */
    public static function of(?string $lastDocumentAt, ?string $lastRefusalAt, bool $storageWritable, \DateTimeImmutable $now): array
    {
        $nowTs = $now->getTimestamp();
        $documentTs = self::timestamp($lastDocumentAt, $now);
        $refusalTs = self::timestamp($lastRefusalAt, $now);
        if (!$storageWritable) {
            return ['state' => 'error', 'code' => 'storage', 'params' => []];
        }
        if ($refusalTs !== null && $nowTs - $refusalTs <= self::REFUSAL_WINDOW && ($documentTs === null || $refusalTs > $documentTs)) {
            return ['state' => 'error', 'code' => 'refusing', 'params' => ['at' => (string) $lastRefusalAt]];
        }
        if ($documentTs === null) {
            return ['state' => 'idle', 'code' => 'first', 'params' => []];
        }
        $minutes = (int) floor(max(0, $nowTs - $documentTs) / 60);
        if ($minutes >= self::QUIET_DAYS * 1440) {
            return ['state' => 'warning', 'code' => 'quiet', 'params' => ['days' => (int) floor($minutes / 1440), 'at' => (string) $lastDocumentAt]];
        }

        return ['state' => 'ok', 'code' => 'flowing', 'params' => ['minutes' => $minutes, 'at' => (string) $lastDocumentAt]];
    }

    private static function timestamp(?string $moment, \DateTimeImmutable $now): ?int
    {
        if ($moment === null || $moment === '') {
            return null;
        }
        $parsed = \DateTimeImmutable::createFromFormat('Y-m-d H:i:s', $moment, $now->getTimezone());

        return $parsed === false ? null : $parsed->getTimestamp();
    }
}
