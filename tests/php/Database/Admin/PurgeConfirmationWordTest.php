<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Admin;

use Ebpdocuments\BackOffice\Action\PurgeAllAction;
use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\DocumentPurger;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\Repository\EventRepository;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

/**
 * The purge's typed word follows the employee's language ("SUPPRIMER" in French); "PURGE" always works.
 */
final class PurgeConfirmationWordTest extends CoreDatabaseTestCase
{
    private function action(string $word): PurgeAllAction
    {
        $storage = new DocumentStorage(sys_get_temp_dir() . '/ebpdocs-purge-word-' . getmypid());

        return new PurgeAllAction(new DocumentPurger($this->db, $storage, new EventRepository($this->db, $this->fixedClock())), $word);
    }

    public function testTheTranslatedWordAndPurgeAreAcceptedAnythingElseIsRefusedWithTheTranslatedWord(): void
    {
        $context = new ActionContext(1, [1]);
        $nothing = ['deletedDocuments' => 0, 'processed' => 0, 'remaining' => 0, 'cursor' => 0, 'done' => true];
        $this->assertSame($nothing, $this->action('SUPPRIMER')->handle(['confirmation' => 'SUPPRIMER'], $context));
        $this->assertSame($nothing, $this->action('SUPPRIMER')->handle(['confirmation' => 'PURGE'], $context));
        try {
            $this->action('SUPPRIMER')->handle(['confirmation' => 'supprimer'], $context);
            $this->fail('refused');
        } catch (Refusal $refused) {
            $this->assertSame('confirmation', $refused->field());
            $this->assertSame(['%word%' => 'SUPPRIMER'], $refused->params());
        }
    }
}
