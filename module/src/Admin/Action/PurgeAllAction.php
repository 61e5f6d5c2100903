<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Admin\ActionContext;
use Ebpdocuments\Admin\ActionException;
use Ebpdocuments\Admin\AdminAction;
use Ebpdocuments\Admin\AdminMessages;
use Ebpdocuments\Admin\DocumentPurger;
use Ebpdocuments\Admin\Params;
use Ebpdocuments\Application;

/**
 * purgeAll (delete) `{confirmation: "PURGE"}` → `{deletedDocuments}`: deletes every document and file of the
 * employee's shops. The typed word is the second confirmation (the app asks first); anything else is a 422.
 */
final class PurgeAllAction implements AdminAction
{
    const CONFIRMATION = 'PURGE';

    /** @var DocumentPurger */
    private $purger;

    public function __construct(DocumentPurger $purger)
    {
        $this->purger = $purger;
    }

    public static function fromApplication(Application $app): AdminAction
    {
        return new self(new DocumentPurger($app->connection(), $app->storage(), $app->events()));
    }

    public function handle(array $params, ActionContext $context): array
    {
        $confirmation = (new Params($params))->raw('confirmation');
        if (!is_string($confirmation) || !hash_equals(self::CONFIRMATION, $confirmation)) {
            throw ActionException::validation('confirmation', AdminMessages::PURGE_CONFIRMATION, ['%word%' => self::CONFIRMATION]);
        }

        return ['deletedDocuments' => $this->purger->purge($context->shopIds(), $context->employeeId())];
    }
}
