<?php

declare(strict_types=1);

namespace Ebpdocuments\Matching;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;

/**
 * Which accounts have proven which e-mail address (docs/ARCHITECTURE.md, "Security model › Who receives").
 *
 * PrestaShop never checks that an address belongs to whoever registered it. With REQUIRE_EMAIL_PROOF on, a document
 * matched by its billing e-mail alone goes to an account only once that account has proven the address: it
 * completed the one-time code for it (METHOD_CODE), or an admin assigned it a document while it used that address
 * (METHOD_MANUAL). The web order named by a document proves that one document only (CustomerMatcher), never the
 * address for later ones: ordering with an address proves no more than registering with it.
 *
 * A proof belongs to an account AND an address (sha256 of the normalized form, exact: no collation look-alikes):
 * an account that changes its e-mail has to prove the new one.
 */
final class EmailProofs
{
    const METHOD_CODE = 'code';
    const METHOD_MANUAL = 'manual';

    /** @var Connection */
    private $connection;
    /** @var EmailNormalizer */
    private $normalizer;
    /** @var Settings */
    private $settings;
    /** @var Clock */
    private $clock;

    public function __construct(Connection $connection, EmailNormalizer $normalizer, Settings $settings, Clock $clock)
    {
        $this->connection = $connection;
        $this->normalizer = $normalizer;
        $this->settings = $settings;
        $this->clock = $clock;
    }

    /** Whether documents matched by e-mail alone wait for the account to prove the address (on unless turned off). */
    public function required(): bool
    {
        return $this->settings->get(SettingKeys::REQUIRE_EMAIL_PROOF) !== '0';
    }

    public function isProven(int $customerId, string $normalizedEmail): bool
    {
        return $this->connection->fetchValue(
            'SELECT 1 FROM PREFIX_ebpdocuments_email_proof WHERE id_customer = :customer AND email_hash = :hash',
            ['customer' => $customerId, 'hash' => self::emailHash($normalizedEmail)]
        ) !== null;
    }

    public function record(int $customerId, string $normalizedEmail, string $method, ?int $employeeId = null): void
    {
        $this->connection->execute(
            'INSERT IGNORE INTO PREFIX_ebpdocuments_email_proof (id_customer, email_hash, method, id_employee, date_add)
             VALUES (:customer, :hash, :method, :employee, :now)',
            ['customer' => $customerId, 'hash' => self::emailHash($normalizedEmail), 'method' => $method, 'employee' => $employeeId, 'now' => $this->clock->now()]
        );
    }

    /**
     * Records the address the account uses now (an admin assigned it a document).
     *
     * @return string|null the normalized address proven, null if the account has no valid one
     */
    public function recordCurrentEmail(int $customerId, string $method, ?int $employeeId = null): ?string
    {
        $email = $this->connection->fetchValue('SELECT email FROM PREFIX_customer WHERE id_customer = :id', ['id' => $customerId]);
        $normalized = $email === null ? null : $this->normalizer->normalize($email);
        if ($normalized !== null) {
            $this->record($customerId, $normalized, $method, $employeeId);
        }

        return $normalized;
    }

    /**
     * GDPR erasure: every proof of these accounts and every proof of these addresses (by any account).
     *
     * @param int[] $customerIds
     * @param string[] $normalizedEmails
     */
    public function forget(array $customerIds, array $normalizedEmails): void
    {
        if ($customerIds !== []) {
            $this->connection->execute('DELETE FROM PREFIX_ebpdocuments_email_proof WHERE id_customer IN :customers', ['customers' => array_values($customerIds)]);
        }
        if ($normalizedEmails !== []) {
            $this->connection->execute(
                'DELETE FROM PREFIX_ebpdocuments_email_proof WHERE email_hash IN :hashes',
                ['hashes' => array_values(array_map([self::class, 'emailHash'], $normalizedEmails))]
            );
        }
    }

    public static function emailHash(string $normalizedEmail): string
    {
        return hash('sha256', $normalizedEmail);
    }
}
