<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer\Gdpr;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\ClaimBudget;
use Ebpdocuments\Customer\CustomerAccounts;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * actionDeleteGDPRCustomer: removes the module's copies and rows for a person: the documents attached to their
 * customer ids, the waiting documents waiting for their e-mail, their claim codes, learned customer-code links and the
 * events naming them. EBP keeps the originals (the merchant's legal archive), so erasing here loses no invoice.
 * One `deleted` event per document stays, without customer or e-mail, so the log shows what was erased and why.
 * A document that carries their billing e-mail but that the merchant gave to SOMEONE ELSE stays with its owner,
 * with the e-mail columns emptied: no trace of the address is left. Their e-mail proofs and code budgets go too.
 *
 * psgdpr passes either the customer (as an array) or only ['email' => …] when erasing by e-mail.
 */
final class CustomerDataErasure
{
    /** @var Connection */
    private $connection;
    /** @var DocumentStorage */
    private $storage;
    /** @var EventRepository */
    private $events;
    /** @var CustomerAccounts */
    private $accounts;
    /** @var EmailNormalizer */
    private $normalizer;
    /** @var EmailProofs */
    private $proofs;
    /** @var ClaimBudget */
    private $budget;

    public function __construct(
        Connection $connection,
        DocumentStorage $storage,
        EventRepository $events,
        CustomerAccounts $accounts,
        EmailNormalizer $normalizer,
        EmailProofs $proofs,
        ClaimBudget $budget
    ) {
        $this->proofs = $proofs;
        $this->budget = $budget;
        $this->connection = $connection;
        $this->storage = $storage;
        $this->events = $events;
        $this->accounts = $accounts;
        $this->normalizer = $normalizer;
    }

    /**
     * @param array<string, mixed> $customer the hook's parameter: a customer array or ['email' => …]
     *
     * @return int documents erased
     */
    public function erase(array $customer): int
    {
        $email = isset($customer['email']) && is_string($customer['email']) ? $this->normalizer->normalize($customer['email']) : null;
        $emails = $email === null ? [] : $this->normalizer->sqlCandidates($email);
        $customerIds = [];
        foreach ($this->accounts->emailsByEmails($emails) as $customerId => $storedEmail) {
            // Only the exact address: the SQL match also took accent look-alikes, which are other people.
            if ($this->normalizer->normalize($storedEmail) === $email) {
                $customerIds[] = $customerId;
            }
        }
        if (isset($customer['id']) && (int) $customer['id'] > 0) {
            $customerIds[] = (int) $customer['id'];
        }
        if (isset($customer['id_customer']) && (int) $customer['id_customer'] > 0) {
            $customerIds[] = (int) $customer['id_customer'];
        }
        $customerIds = array_values(array_unique($customerIds));
        if ($customerIds === [] && $emails === []) {
            return 0;
        }

        $documents = $this->connection->fetchAll(
            'SELECT id_document, id_shop, type, reference, file_name, email_normalized, id_customer FROM PREFIX_ebpdocuments_document
             WHERE id_customer IN :customers OR (email_normalized IN :emails AND status <> :attached)',
            ['customers' => $customerIds, 'emails' => $emails, 'attached' => DocumentStatus::ATTACHED]
        );
        $erased = 0;
        foreach ($documents as $document) {
            $ownedByThem = $document['id_customer'] !== null && in_array((int) $document['id_customer'], $customerIds, true);
            // The SQL matched under a _ci collation: a waiting document only goes when its address is exactly theirs.
            if (!$ownedByThem && $this->normalizer->normalize((string) $document['email_normalized']) !== $email) {
                continue;
            }
            $this->connection->transactional(function () use ($document) {
                $id = (int) $document['id_document'];
                $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_event WHERE id_document = :id', ['id' => $id]);
                $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_document WHERE id_document = :id', ['id' => $id]);
                $this->events->record(EventType::DELETED, [
                    'id_shop' => $document['id_shop'],
                    'type' => $document['type'],
                    'reference' => $document['reference'],
                ], ['reason' => 'gdpr_erasure']);
            });
            // After COMMIT: a failed unlink leaves an orphan file that the storage sweep removes, never a row without its file.
            $this->storage->delete((string) $document['file_name']);
            ++$erased;
        }
        if ($email !== null) {
            $this->anonymiseOthersDocuments($email, $emails, $customerIds);
            // Binary: the _ci collation would also take accent look-alikes, which are other people's codes.
            $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_claim WHERE BINARY email = :email', ['email' => $email]);
        }
        $this->proofs->forget($customerIds, $email === null ? [] : [$email]);
        $budgets = $email === null ? [] : ['email|' . $email];
        foreach ($customerIds as $customerId) {
            $budgets[] = 'customer|' . $customerId;
        }
        $this->budget->forget($budgets);
        if ($customerIds !== []) {
            $params = ['customers' => $customerIds];
            $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_claim WHERE id_customer IN :customers', $params);
            $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_customer_link WHERE id_customer IN :customers', $params);
            // The back office's search terms hold the name, e-mail and company.
            $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_customer_term WHERE id_customer IN :customers', $params);
            $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_event WHERE id_customer IN :customers', $params);
        }

        return $erased;
    }

    /**
     * Documents with their billing e-mail that belong to another customer (the merchant assigned them, or a learned
     * EBP-code link sent them there): kept for their owner, e-mail columns emptied.
     *
     * @param string[] $candidates SQL forms of $email
     * @param int[] $customerIds the erased person's accounts
     */
    private function anonymiseOthersDocuments(string $email, array $candidates, array $customerIds): void
    {
        $rows = $this->connection->fetchAll(
            'SELECT id_document, email_normalized FROM PREFIX_ebpdocuments_document WHERE email_normalized IN :emails',
            ['emails' => $candidates]
        );
        foreach ($rows as $row) {
            if ($this->normalizer->normalize((string) $row['email_normalized']) !== $email) {
                continue;
            }
            $this->connection->execute(
                'UPDATE PREFIX_ebpdocuments_document SET billing_email = \'\', email_normalized = \'\'
                 WHERE id_document = :id AND (id_customer IS NULL OR id_customer NOT IN :customers)',
                ['id' => (int) $row['id_document'], 'customers' => $customerIds === [] ? [0] : $customerIds]
            );
        }
    }
}
