<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\CappedCount;
use Ebpdocuments\Kernel\Database\Connection;

/**
 * What the back office's lists share to stay fast on large tables: a total counted only up to a cap (CappedCount),
 * the page kept within that total, and search candidates gathered from several indexed sources, each cut at a cap.
 */
final class CappedListing
{
    /**
     * @param string $fromWhere "<table> <alias> WHERE <conditions>", values as placeholders in $params
     * @param array<string, mixed> $params
     *
     * @return array{0: int, 1: bool} the total (at most $cap), and whether there were more
     */
    public static function total(Connection $connection, string $fromWhere, array $params, int $cap): array
    {
        $counted = CappedCount::of($connection, $fromWhere, $params, $cap);
        if ($counted > $cap) {
            return [$cap, true];
        }

        return [$counted, false];
    }

    /** The requested page, moved into the pages $total rows make (at least one). */
    public static function page(int $requested, int $total, int $perPage): int
    {
        return max(1, min($requested, max(1, (int) ceil($total / $perPage))));
    }

    /**
     * @param array<int, int[]> $sources ids from each source, in the source's order
     *
     * @return array{0: int[], 1: bool} the distinct ids, and whether a source had more than $cap
     */
    public static function candidates(array $sources, int $cap): array
    {
        $ids = [];
        $capped = false;
        foreach ($sources as $source) {
            if (count($source) > $cap) {
                $capped = true;
                $source = array_slice($source, 0, $cap);
            }
            foreach ($source as $id) {
                $ids[$id] = $id;
            }
        }

        return [array_values($ids), $capped];
    }
}
