<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\AdminAction;
use Ebpdocuments\Admin\DocumentLoader;
use Ebpdocuments\Admin\Params;
use Ebpdocuments\Application;
use Ebpdocuments\Documents\DocumentManager;

/**
 * deleteDocuments (delete) `{ids}` → `{deleted}`: rows and files go, each `deleted` event stays in the log with the
 * employee. Ids already gone or of other shops are skipped.
 */
final class DeleteDocumentsAction implements AdminAction
{
    const MAX_IDS = 500;

    /** @var DocumentLoader */
    private $documents;
    /** @var DocumentManager */
    private $manager;

    public function __construct(DocumentLoader $documents, DocumentManager $manager)
    {
        $this->documents = $documents;
        $this->manager = $manager;
    }

    public static function fromApplication(Application $app): AdminAction
    {
        return new self($app->adminDocumentLoader(), $app->documentManager());
    }

    public function handle(array $params, ActionContext $context): array
    {
        $ids = $this->documents->visibleIds((new Params($params))->ids('ids', self::MAX_IDS), $context);

        return ['deleted' => $ids === [] ? 0 : $this->manager->delete($ids, $context->employeeId())];
    }
}
