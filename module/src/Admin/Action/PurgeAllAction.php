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

/**
 * purgeAll (delete) `{confirmation: "PURGE"}` → `{deletedDocuments}`: deletes every document and file of the
 * employee's shops. The typed word is the second confirmation (the app asks first); anything else is a 422. The word
 * follows the employee's language (wording `purge.word`: "SUPPRIMER" in French); "PURGE" is always accepted.
 */
final class PurgeAllAction implements AdminAction
{
    const CONFIRMATION = 'PURGE';

    /** @var DocumentPurger */
    private $purger;
    /** @var string the word in the employee's language */
    private $word;

    public function __construct(DocumentPurger $purger, string $word = self::CONFIRMATION)
    {
        $this->purger = $purger;
        $this->word = $word === '' ? self::CONFIRMATION : $word;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $confirmation = (new Params($params))->raw('confirmation');
        if (!is_string($confirmation) || (!hash_equals(self::CONFIRMATION, $confirmation) && !hash_equals($this->word, $confirmation))) {
            throw ActionException::validation('confirmation', AdminMessages::PURGE_CONFIRMATION, ['%word%' => $this->word]);
        }

        return ['deletedDocuments' => $this->purger->purge($context->shopIds(), $context->employeeId())];
    }
}
