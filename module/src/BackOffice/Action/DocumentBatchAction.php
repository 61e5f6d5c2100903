<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\DocumentLoader;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Storage\Documents\DocumentManager;

/**
 * An action on a selection of documents `{ids, ...}` → `{<count key>: n}`: ids already gone or of other shops are
 * skipped, and when none is left nothing is touched.
 */
abstract class DocumentBatchAction implements AdminAction
{
    const MAX_IDS = 500;

    /** @var DocumentLoader */
    private $documents;
    /** @var DocumentManager */
    protected $manager;

    final public function __construct(DocumentLoader $documents, DocumentManager $manager)
    {
        $this->documents = $documents;
        $this->manager = $manager;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $ids = $input->ids('ids', self::MAX_IDS);
        $this->checkOtherParams($input);
        $ids = $this->documents->visibleIds($ids, $context);

        return [$this->countKey() => $ids === [] ? 0 : $this->apply($ids, $input, $context->employeeId())];
    }

    /** Refuses the params besides `ids` (Refusal), before any lookup. */
    protected function checkOtherParams(Params $input): void
    {
    }

    /** The name of the count in the answer. */
    abstract protected function countKey(): string;

    /**
     * @param int[] $ids visible documents, at least one
     *
     * @return int how many documents changed
     */
    abstract protected function apply(array $ids, Params $input, int $employeeId): int;
}
