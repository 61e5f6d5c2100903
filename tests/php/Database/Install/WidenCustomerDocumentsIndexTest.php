<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Install;

use Ebpdocuments\Shop\Install\UpgradeSteps;
use Ebpdocuments\Shop\Install\WidenCustomerDocumentsIndex;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

/**
 * Upgrade from 1.0.0: the customer_documents index gains type and first_downloaded_at; running it again changes
 * nothing.
 */
final class WidenCustomerDocumentsIndexTest extends CoreDatabaseTestCase
{
    protected function tearDown(): void
    {
        // Leave the table as a fresh install has it, whatever the test did.
        (new WidenCustomerDocumentsIndex())->run($this->db);
        parent::tearDown();
    }

    public function testA100TableGetsTheWiderIndexAndASecondRunChangesNothing(): void
    {
        $this->db->execute('ALTER TABLE PREFIX_ebpdocuments_document DROP KEY customer_documents,
            ADD KEY customer_documents (id_customer, id_shop, status, document_date, id_document)');
        self::assertSame(['id_customer', 'id_shop', 'status', 'document_date', 'id_document'], $this->indexColumns());
        self::assertContains(WidenCustomerDocumentsIndex::class, UpgradeSteps::all());

        (new WidenCustomerDocumentsIndex())->run($this->db);
        self::assertSame(WidenCustomerDocumentsIndex::COLUMNS, $this->indexColumns());

        (new WidenCustomerDocumentsIndex())->run($this->db);
        self::assertSame(WidenCustomerDocumentsIndex::COLUMNS, $this->indexColumns());
    }

    public function testAFreshInstallAlreadyHasIt(): void
    {
        self::assertSame(WidenCustomerDocumentsIndex::COLUMNS, $this->indexColumns());
    }

    /**
     * @return string[]
     */
    private function indexColumns(): array
    {
        return array_column($this->db->fetchAll(
            'SELECT column_name AS name FROM information_schema.statistics
             WHERE table_schema = DATABASE() AND table_name = :table AND index_name = :index ORDER BY seq_in_index',
            ['table' => 'ps_ebpdocuments_document', 'index' => 'customer_documents']
        ), 'name');
    }
}
