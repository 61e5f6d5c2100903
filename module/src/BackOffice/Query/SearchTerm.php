<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Query;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A typed search turned into a LIKE prefix: `%`, `_` and `\` are matched literally, and the wildcard is only at the
 * end so that an index on the column can serve it.
 */
final class SearchTerm
{
    public static function prefix(string $term): string
    {
        return addcslashes($term, '\\%_') . '%';
    }
}
