<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Install;

use Ebpdocuments\Shop\Install\DocumentIndexes;
use Ebpdocuments\Shop\Install\Schema;
use Ebpdocuments\Shop\Install\UpgradeSteps;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

/**
 * Upgrade to 1.1.0: the document table's indexes become Schema::DOCUMENT_INDEXES, whatever an older version left
 * (1.0.0's narrower customer_documents, no customer_new, no customer_* sort indexes); running it again changes nothing.
 */
final class DocumentIndexesTest extends CoreDatabaseTestCase
{
    protected function tearDown(): void
    {
        // Leave the table as a fresh install has it, whatever the test did.
        (new DocumentIndexes())->run($this->db);
        parent::tearDown();
    }

    public function testAFreshInstallHasEveryIndexOfTheSchema(): void
    {
        $indexes = $this->indexes();

        foreach (Schema::DOCUMENT_INDEXES as $name => $columns) {
            self::assertSame($columns, $indexes[$name] ?? null, $name);
        }
        self::assertSame(['id_shop', 'type', 'reference'], $indexes['document_number']);
    }

    public function testA100TableGetsThe110IndexesAndASecondRunChangesNothing(): void
    {
        $this->db->execute('ALTER TABLE PREFIX_ebpdocuments_document DROP KEY customer_new, DROP KEY customer_received,
            DROP KEY customer_document_date, DROP KEY customer_reference, DROP KEY customer_amount,
            DROP KEY customer_documents, ADD KEY customer_documents (id_customer, id_shop, status, document_date, id_document)');
        $before = $this->indexes();
        self::assertArrayNotHasKey('customer_new', $before);
        self::assertArrayNotHasKey('customer_received', $before);
        self::assertArrayNotHasKey('customer_amount', $before);
        self::assertSame(['id_customer', 'id_shop', 'status', 'document_date', 'id_document'], $before['customer_documents']);
        self::assertContains(DocumentIndexes::class, UpgradeSteps::all());

        (new DocumentIndexes())->run($this->db);
        $after = $this->indexes();
        foreach (Schema::DOCUMENT_INDEXES as $name => $columns) {
            self::assertSame($columns, $after[$name] ?? null, $name);
        }

        $alters = $this->alterCount();
        (new DocumentIndexes())->run($this->db);
        self::assertSame($after, $this->indexes());
        self::assertSame($alters, $this->alterCount(), 'a second run alters nothing');
    }

    public function testAnIndexOfASchemaNameWithOtherColumnsIsRebuiltAndAnIndexNotInTheSchemaIsKept(): void
    {
        $this->db->execute('ALTER TABLE PREFIX_ebpdocuments_document DROP KEY customer_received,
            ADD KEY customer_received (id_customer), ADD KEY merchant_own (billing_email)');

        (new DocumentIndexes())->run($this->db);

        $indexes = $this->indexes();
        self::assertSame(['id_customer', 'id_shop', 'date_add'], $indexes['customer_received']);
        self::assertSame(['billing_email'], $indexes['merchant_own']);
        $this->db->execute('ALTER TABLE PREFIX_ebpdocuments_document DROP KEY merchant_own');
    }

    /**
     * @return array<string, string[]> index name => columns
     */
    private function indexes(): array
    {
        $indexes = [];
        foreach ($this->db->fetchAll(
            'SELECT index_name AS name, column_name AS `column` FROM information_schema.statistics
             WHERE table_schema = DATABASE() AND table_name = :table ORDER BY index_name, seq_in_index',
            ['table' => 'ps_ebpdocuments_document']
        ) as $row) {
            $indexes[(string) $row['name']][] = (string) $row['column'];
        }

        return $indexes;
    }

    private function alterCount(): int
    {
        $row = $this->db->fetchRow("SHOW SESSION STATUS LIKE 'Com_alter_table'");

        return (int) ($row['Value'] ?? -1);
    }
}
