<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\BatchLimits;
use Ebpdocuments\BackOffice\DocumentPurger;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * purgeAll (delete) `{confirmation: "PURGE", after?}` → `{deletedDocuments, processed, remaining, cursor, done}`:
 * deletes the documents and files of the employee's shops, one bounded batch per call (BatchLimits::PURGE, oldest
 * first from `after`); the app calls again with `after` = the answered `cursor` until `done`, each call carrying
 * the word (every batch is an ordinary admin action, checked like the first). The typed word is the second confirmation (the app asks first); anything else is a 422. The word
 * follows the employee's language (wording `purge.word`: "SUPPRIMER" in French); "PURGE" is always accepted.
 */
final class PurgeAllAction implements AdminAction
{
    const CONFIRMATION = 'PURGE';

    /** @var DocumentPurger */
    private $purger;
    /** @var string the word in the employee's language */
    private $word;
    /** @var int */
    private $batchSize;

    public function __construct(DocumentPurger $purger, string $word = self::CONFIRMATION, int $batchSize = BatchLimits::PURGE)
    {
        $this->purger = $purger;
        $this->word = $word === '' ? self::CONFIRMATION : $word;
        $this->batchSize = max(1, $batchSize);
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $confirmation = $input->raw('confirmation');
        if (!is_string($confirmation) || (!hash_equals(self::CONFIRMATION, $confirmation) && !hash_equals($this->word, $confirmation))) {
            throw Refusal::validation('confirmation', AdminMessages::PURGE_CONFIRMATION, ['%word%' => $this->word]);
        }

        $batch = $this->purger->purgeBatch($context->shopIds(), $context->employeeId(), BatchLimits::after($input), $this->batchSize);

        return BatchLimits::answer(['deletedDocuments' => $batch['deleted']], $batch['deleted'], $batch['remaining'], $batch['cursor']);
    }
}
