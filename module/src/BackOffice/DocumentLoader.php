<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * Loads documents for an action, refusing those of shops the employee does not see with the same 404 as a
 * missing one (an id must not tell whether it exists elsewhere).
 */
final class DocumentLoader
{
    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @return array<string, string|null>
     */
    public function visible(int $documentId, ActionContext $context, string $field = 'id'): array
    {
        $row = $this->connection->fetchRow('SELECT * FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $documentId]);
        if ($row === null || !$context->sees((int) $row['id_shop'])) {
            throw Refusal::notFound(AdminMessages::DOCUMENT_NOT_FOUND, $field);
        }

        return $row;
    }

    /**
     * The ids among $ids that exist in the employee's shops, in the given order. Unknown ones are dropped: a bulk
     * action on a list someone changed meanwhile still does what it can, and says how many it did.
     *
     * @param int[] $ids
     *
     * @return int[]
     */
    public function visibleIds(array $ids, ActionContext $context): array
    {
        if ($ids === []) {
            return [];
        }
        $found = array_map('intval', array_column($this->connection->fetchAll(
            'SELECT id_document FROM PREFIX_ebpdocuments_document WHERE id_document IN :ids AND id_shop IN :shops',
            ['ids' => array_values($ids), 'shops' => $context->shopIds()]
        ), 'id_document'));

        return array_values(array_intersect($ids, $found));
    }
}
