<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer\Hook;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\CustomerAccounts;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Support\ErrorLog;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Storage\Documents\DocumentManager;

/**
 * PrestaShop turned a guest into a registered customer (guest tracking's "create an account", or the back office):
 * the documents of their guest orders move with the orders into the account. Those are the waiting documents of
 * the shop whose billing e-mail is the customer's and whose oid names one of the customer's orders (or that were
 * linked to one). Nothing else moves: documents for the e-mail without such an order stay the merchant's decision
 * (or the customer's claim).
 */
final class GuestConverted
{
    /** @var Connection */
    private $connection;
    /** @var CustomerAccounts */
    private $accounts;
    /** @var EmailNormalizer */
    private $normalizer;
    /** @var DocumentManager */
    private $manager;
    /** @var ErrorLog */
    private $errorLog;

    public function __construct(Connection $connection, CustomerAccounts $accounts, EmailNormalizer $normalizer, DocumentManager $manager, ErrorLog $errorLog)
    {
        $this->connection = $connection;
        $this->accounts = $accounts;
        $this->normalizer = $normalizer;
        $this->manager = $manager;
        $this->errorLog = $errorLog;
    }

    /**
     * @return int how many documents moved into the account
     */
    public function handle(int $customerId): int
    {
        $account = $this->accounts->findRegistered($customerId);
        $email = $account === null ? null : $this->normalizer->normalize($account['email']);
        if ($email === null) {
            return 0;
        }
        $orders = $this->connection->fetchAll('SELECT id_order, reference, id_shop FROM PREFIX_orders WHERE id_customer = :customer', ['customer' => $customerId]);
        if ($orders === []) {
            return 0;
        }
        $names = [];
        $ids = [];
        foreach ($orders as $order) {
            $shop = (int) $order['id_shop'];
            $ids[$shop][] = (int) $order['id_order'];
            $names[$shop][] = (string) $order['id_order'];
            $names[$shop][] = strtoupper((string) $order['reference']);
        }
        $rows = $this->connection->fetchAll(
            'SELECT id_document, id_shop, billing_email, order_ref, id_order FROM PREFIX_ebpdocuments_document
             WHERE email_normalized IN :emails AND status = :pending AND id_shop IN :shops ORDER BY id_document',
            ['emails' => $this->normalizer->sqlCandidates($email), 'pending' => DocumentStatus::WAITING, 'shops' => array_keys($ids)]
        );
        $moved = 0;
        foreach ($rows as $row) {
            $shop = (int) $row['id_shop'];
            $namesOrder = in_array((int) $row['id_order'], $ids[$shop], true)
                || ($row['order_ref'] !== null && in_array(strtoupper(trim((string) $row['order_ref'])), $names[$shop], true));
            if (!$namesOrder || $this->normalizer->normalize((string) $row['billing_email']) !== $email) {
                continue;
            }
            try {
                $this->manager->assign((int) $row['id_document'], $customerId, null, false, null);
                ++$moved;
            } catch (\Throwable $e) {
                // A document changed meanwhile stays where it is; the others still move.
                $this->errorLog->error('ebpdocuments: a guest order document could not follow the new account', [
                    'document' => (int) $row['id_document'],
                    'exception' => get_class($e),
                ]);
            }
        }

        return $moved;
    }
}
