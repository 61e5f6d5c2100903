<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Repository;

use Ebpdocuments\BackOffice\Query\SearchTerm;
use Ebpdocuments\Customer\Hook\CustomerSearchTerms;
use Ebpdocuments\Shop\Install\IndexCustomerTerms;
use Ebpdocuments\Shop\Install\UpgradeSteps;
use Ebpdocuments\Storage\Repository\CustomerTermRepository;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

/**
 * The back office's customer search terms (issue 14: search without scanning ps_customer): what the customer hooks
 * keep, and the install/upgrade backfill.
 */
final class CustomerTermRepositoryTest extends CoreDatabaseTestCase
{
    public function testTheHooksKeepTheTermsOfASavedRenamedAndDeletedCustomer(): void
    {
        $terms = new CustomerTermRepository($this->db);
        $hooks = new CustomerSearchTerms($terms);

        $hooks->saved(41, false, 'Paul', 'Martin', 'paul@example.com', 'Acme Industrie');
        self::assertSame([41], $this->find('acme ind'));
        self::assertSame([41], $this->find('Martin Pa'));
        self::assertSame([41], $this->find('paul mar'));
        self::assertSame([41], $this->find('PAUL@'));
        self::assertSame([], $this->find('Industrie'), 'a prefix search');

        $hooks->saved(41, false, 'Paul', 'Durand', 'paul.durand@example.com', null);
        self::assertSame([], $this->find('Martin'));
        self::assertSame([], $this->find('Acme'));
        self::assertSame([41], $this->find('Durand'));
        self::assertSame([41], $this->find('paul.durand@'));

        $hooks->saved(41, true, 'Paul', 'Durand', 'paul.durand@example.com', null);
        self::assertSame([], $this->find('Paul'), 'a soft-deleted customer is not searched');
        $hooks->saved(41, false, 'Paul', 'Durand', 'paul.durand@example.com', null);
        $hooks->deleted(41);
        self::assertSame('0', $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_customer_term'));
    }

    public function testInstallAndUpgradeIndexTheCustomersAlreadyThereOnce(): void
    {
        $jean = $this->addCustomer('jean@example.com');
        $this->db->execute("UPDATE PREFIX_customer SET company = 'Dupont SARL' WHERE id_customer = :id", ['id' => $jean]);
        $gone = $this->addCustomer('gone@example.com', ['deleted' => true]);
        self::assertContains(IndexCustomerTerms::class, UpgradeSteps::all());

        (new IndexCustomerTerms())->run($this->db);
        $count = $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_customer_term');
        (new IndexCustomerTerms())->run($this->db);

        self::assertSame([$jean], $this->find('Dupont S'));
        self::assertSame([$jean], $this->find('Jean Dup'));
        self::assertSame([$jean], $this->find('Dupont Je'));
        self::assertSame([$jean], $this->find('jean@'));
        self::assertSame([], $this->find('gone@'), 'deleted customers are not indexed');
        self::assertSame([$jean], array_map('intval', array_column($this->db->fetchAll('SELECT DISTINCT id_customer FROM PREFIX_ebpdocuments_customer_term'), 'id_customer')));
        self::assertSame('6', $count, 'e-mail, first, last, "first last", "last first", company');
        self::assertSame($count, $this->db->fetchValue('SELECT COUNT(*) FROM PREFIX_ebpdocuments_customer_term'), 'a second run adds nothing');
        self::assertNotSame($gone, $jean);
    }

    /**
     * @return int[]
     */
    private function find(string $search): array
    {
        return (new CustomerTermRepository($this->db))->customersByPrefix(SearchTerm::prefix($search), 1000);
    }
}
