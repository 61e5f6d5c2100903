<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The one place that says how much a long back-office operation does in one call (issue 11: "retry all" and the
 * purge). The app calls the action again and again with the cursor it was given until `done`, so a call's work is
 * bounded whatever the number of waiting documents or documents, and never nears PHP's max_execution_time (30 s by default,
 * often less behind a proxy): at most N items, and the matching also stops after TIME_BUDGET_SECONDS (each
 * attachment may send a mail, and a slow SMTP server can take a second per mail).
 *
 * Every answer has the same shape: `{processed, remaining, cursor, done}` (processed in this call; remaining after
 * it; cursor = the last id handled, to send back as `after`; done = nothing remains), plus the action's own counts.
 */
final class BatchLimits
{
    /** Waiting documents re-matched per retryMatching call at most. */
    const RETRY_MATCHING = 50;

    /** Documents (rows and files) deleted per purgeAll call at most. */
    const PURGE = 500;

    /** A retryMatching call stops after the item that reached this many seconds (the Clock's). */
    const TIME_BUDGET_SECONDS = 10;

    /** The `after` cursor param: absent = from the start, else the id the previous call answered as `cursor`. */
    public static function after(Params $input): int
    {
        return $input->intInRange('after', 0, 4294967295, 0);
    }

    /**
     * @param array<string, int> $counts the action's own figures
     *
     * @return array<string, int|bool>
     */
    public static function answer(array $counts, int $processed, int $remaining, int $cursor): array
    {
        return $counts + [
            'processed' => $processed,
            'remaining' => $remaining,
            'cursor' => $cursor,
            'done' => $remaining === 0,
        ];
    }
}
