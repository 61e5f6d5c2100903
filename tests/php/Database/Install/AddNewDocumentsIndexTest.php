<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Install;

use Ebpdocuments\Shop\Install\AddNewDocumentsIndex;
use Ebpdocuments\Shop\Install\UpgradeSteps;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

/**
 * Upgrade to 1.1.0: a document table without the customer_new index gets it (and one with other columns under that
 * name is corrected); running it again changes nothing.
 */
final class AddNewDocumentsIndexTest extends CoreDatabaseTestCase
{
    protected function tearDown(): void
    {
        // Leave the table as a fresh install has it, whatever the test did.
        (new AddNewDocumentsIndex())->run($this->db);
        parent::tearDown();
    }

    public function testATableWithoutTheIndexGetsItAndASecondRunChangesNothing(): void
    {
        $this->db->execute('ALTER TABLE PREFIX_ebpdocuments_document DROP KEY customer_new');
        self::assertSame([], $this->indexColumns());
        self::assertContains(AddNewDocumentsIndex::class, UpgradeSteps::all());

        (new AddNewDocumentsIndex())->run($this->db);
        self::assertSame(AddNewDocumentsIndex::COLUMNS, $this->indexColumns());

        (new AddNewDocumentsIndex())->run($this->db);
        self::assertSame(AddNewDocumentsIndex::COLUMNS, $this->indexColumns());
    }

    public function testAnIndexOfThatNameWithOtherColumnsIsReplaced(): void
    {
        $this->db->execute('ALTER TABLE PREFIX_ebpdocuments_document DROP KEY customer_new, ADD KEY customer_new (id_customer, id_shop)');

        (new AddNewDocumentsIndex())->run($this->db);

        self::assertSame(AddNewDocumentsIndex::COLUMNS, $this->indexColumns());
    }

    public function testAFreshInstallAlreadyHasIt(): void
    {
        self::assertSame(AddNewDocumentsIndex::COLUMNS, $this->indexColumns());
    }

    /**
     * @return string[]
     */
    private function indexColumns(): array
    {
        return array_column($this->db->fetchAll(
            'SELECT column_name AS name FROM information_schema.statistics
             WHERE table_schema = DATABASE() AND table_name = :table AND index_name = :index ORDER BY seq_in_index',
            ['table' => 'ps_ebpdocuments_document', 'index' => AddNewDocumentsIndex::INDEX]
        ), 'name');
    }
}
