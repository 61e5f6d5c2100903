<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;

/**
 * Reads customer accounts from PrestaShop's own table. Only registered, non-deleted accounts are returned: a guest
 * row or a soft-deleted one never receives documents, codes or mails.
 */
final class CustomerAccounts
{
    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @return array{id: int, email: string, firstname: string, lastname: string, languageId: int}|null
     */
    public function findRegistered(int $customerId): ?array
    {
        if ($customerId <= 0) {
            return null;
        }
        $row = $this->connection->fetchRow(
            'SELECT id_customer, email, firstname, lastname, id_lang FROM PREFIX_customer
             WHERE id_customer = :id AND is_guest = 0 AND deleted = 0',
            ['id' => $customerId]
        );
        if ($row === null) {
            return null;
        }

        return [
            'id' => (int) $row['id_customer'],
            'email' => (string) $row['email'],
            'firstname' => (string) $row['firstname'],
            'lastname' => (string) $row['lastname'],
            'languageId' => (int) $row['id_lang'],
        ];
    }

    /**
     * E-mail of every customer row (guests and deleted included) whose address SQL finds equal to one of $emails,
     * keyed by id, for GDPR erasure by e-mail. The column is _ci ("jéan" = "jean", trailing spaces ignored): the
     * caller re-compares the addresses.
     *
     * @param string[] $emails
     *
     * @return array<int, string> id_customer => email as stored
     */
    public function emailsByEmails(array $emails): array
    {
        if ($emails === []) {
            return [];
        }
        $rows = $this->connection->fetchAll('SELECT id_customer, email FROM PREFIX_customer WHERE email IN :emails', ['emails' => array_values($emails)]);
        $found = [];
        foreach ($rows as $row) {
            $found[(int) $row['id_customer']] = (string) $row['email'];
        }

        return $found;
    }
}
