<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The paging of the back office's lists: the `perPage` and `page` params in, and out the answer the app's tables
 * and pagination read, `{items, total, totalCapped, page, perPage}`.
 */
final class PagedList
{
    const PER_PAGE_DEFAULT = 20;
    const PER_PAGE_MAX = 100;

    public static function perPage(Params $params): int
    {
        return $params->clampedInt('perPage', 1, self::PER_PAGE_MAX, self::PER_PAGE_DEFAULT);
    }

    /** The requested page; pages stop at the list's total cap. */
    public static function page(Params $params, int $totalCap): int
    {
        return $params->clampedInt('page', 1, $totalCap, 1);
    }

    /**
     * @param array<int, array<string, mixed>> $items the page's rows, presented
     * @param array{total: int, totalCapped: bool, page: int} $result what the list query counted and the page it served
     *
     * @return array<string, mixed>
     */
    public static function answer(array $items, array $result, int $perPage): array
    {
        return [
            'items' => $items,
            'total' => $result['total'],
            'totalCapped' => $result['totalCapped'],
            'page' => $result['page'],
            'perPage' => $perPage,
        ];
    }
}
