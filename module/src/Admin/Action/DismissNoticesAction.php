<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\ActionException;
use Ebpdocuments\Admin\AdminAction;
use Ebpdocuments\Admin\DocumentLoader;
use Ebpdocuments\Admin\Params;
use Ebpdocuments\Application;
use Ebpdocuments\Documents\DocumentManager;

/**
 * dismissNotices (edit) `{ids, dismissed}` → `{updated}`: hides notices (kept, restorable) or restores them
 * (`dismissed: false`). Attached documents are not notices and stay as they are.
 */
final class DismissNoticesAction implements AdminAction
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
        $input = new Params($params);
        $ids = $input->ids('ids', self::MAX_IDS);
        if (!is_bool($input->raw('dismissed'))) {
            throw ActionException::validation('dismissed');
        }
        $ids = $this->documents->visibleIds($ids, $context);

        return ['updated' => $ids === [] ? 0 : $this->manager->dismiss($ids, $input->bool('dismissed'), $context->employeeId())];
    }
}
