<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage\Repository;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * PREFIX_ebpdocuments_customer_term: the terms the back office finds a customer by (e-mail, first name, last name,
 * "first last", "last first", company), one row each, so a prefix search is one range of the primary key instead of
 * a scan of ps_customer (core tables keep their own schema). Kept by the customer hooks (created, updated, deleted)
 * and filled for the customers already there by Shop\Install\IndexCustomerTerms.
 */
final class CustomerTermRepository
{
    const TERM_MAX = 255;
    const BACKFILL_BATCH = 50000;

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @return string[] distinct non-empty terms, each cut to TERM_MAX characters
     */
    public static function termsOf(?string $firstname, ?string $lastname, ?string $email, ?string $company): array
    {
        $first = trim((string) $firstname);
        $last = trim((string) $lastname);
        $terms = [];
        foreach ([$email, $first, $last, $first . ' ' . $last, $last . ' ' . $first, $company] as $term) {
            $term = mb_substr(trim((string) $term), 0, self::TERM_MAX, 'UTF-8');
            if ($term !== '') {
                $terms[mb_strtolower($term, 'UTF-8')] = $term;
            }
        }

        return array_values($terms);
    }

    /**
     * Makes the customer's stored terms exactly $terms (two statements, no read).
     *
     * @param string[] $terms
     */
    public function replace(int $customerId, array $terms): void
    {
        if ($customerId <= 0) {
            return;
        }
        if ($terms === []) {
            $this->remove($customerId);

            return;
        }
        $rows = [];
        $params = ['customer' => $customerId];
        foreach (array_values($terms) as $i => $term) {
            $rows[] = '(:term' . $i . ', :customer)';
            $params['term' . $i] = $term;
        }
        $this->connection->execute('INSERT IGNORE INTO PREFIX_ebpdocuments_customer_term (term, id_customer) VALUES ' . implode(', ', $rows), $params);
        $this->connection->execute(
            'DELETE FROM PREFIX_ebpdocuments_customer_term WHERE id_customer = :customer AND term NOT IN :terms',
            ['customer' => $customerId, 'terms' => array_values($terms)]
        );
    }

    public function remove(int $customerId): void
    {
        $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_customer_term WHERE id_customer = :customer', ['customer' => $customerId]);
    }

    /**
     * Customers with a term starting with $likePrefix (a LIKE pattern, already escaped), at most $limit.
     *
     * @return int[]
     */
    public function customersByPrefix(string $likePrefix, int $limit): array
    {
        // Several terms of one customer may match: read a few more rows than customers wanted.
        $rows = $this->connection->fetchAll(
            'SELECT id_customer FROM PREFIX_ebpdocuments_customer_term WHERE term LIKE :prefix LIMIT ' . (6 * max(1, $limit)),
            ['prefix' => $likePrefix]
        );
        $ids = array_values(array_unique(array_map('intval', array_column($rows, 'id_customer'))));

        return array_slice($ids, 0, $limit);
    }

    /**
     * Fills the terms of the customers (not deleted) whose id is in ]$afterId, $afterId + BACKFILL_BATCH]; answers
     * the last id of the range, or 0 once past the last customer.
     */
    public function backfill(int $afterId): int
    {
        $maxId = (int) $this->connection->fetchValue('SELECT MAX(id_customer) FROM PREFIX_customer');
        if ($afterId >= $maxId) {
            return 0;
        }
        $until = $afterId + self::BACKFILL_BATCH;
        $range = ' FROM PREFIX_customer WHERE id_customer > :after AND id_customer <= :until AND deleted = 0';
        $cut = self::TERM_MAX;
        foreach ([
            'email',
            'TRIM(firstname)',
            'TRIM(lastname)',
            "CONCAT(TRIM(firstname), ' ', TRIM(lastname))",
            "CONCAT(TRIM(lastname), ' ', TRIM(firstname))",
            'TRIM(company)',
        ] as $expression) {
            $this->connection->execute(
                'INSERT IGNORE INTO PREFIX_ebpdocuments_customer_term (term, id_customer)
                 SELECT LEFT(TRIM(' . $expression . '), ' . $cut . '), id_customer' . $range . ' AND TRIM(COALESCE(' . $expression . ", '')) <> ''",
                ['after' => $afterId, 'until' => $until]
            );
        }

        return $until;
    }
}
