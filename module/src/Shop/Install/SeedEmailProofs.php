<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\MatchMethod;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;

/**
 * Upgrade to 1.1.0: the e-mail proof rule (Matching\EmailProofs) is on for upgraded shops too, so the accounts that
 * already proved their address under 1.0.0 are recorded as such and keep receiving their documents at once:
 * - a document attached by a claim (one-time code): the account proved that document's billing e-mail;
 * - a document an admin assigned (method manual): the account's current e-mail counts as proven, as a new
 *   assignment would record it.
 * Anyone else (documents attached by e-mail alone, which stay attached) confirms once with the code on My documents.
 * INSERT IGNORE on the (customer, address) key: safe to run twice.
 */
final class SeedEmailProofs implements UpgradeStep
{
    public function run(Connection $connection): void
    {
        $normalizer = new EmailNormalizer();
        $rows = $connection->fetchAll(
            'SELECT d.id_customer, d.match_method, d.email_normalized, MAX(d.date_upd) AS proven_at, c.email AS customer_email
             FROM PREFIX_ebpdocuments_document d
             INNER JOIN PREFIX_customer c ON c.id_customer = d.id_customer AND c.is_guest = 0 AND c.deleted = 0
             WHERE d.status = :attached AND d.match_method IN :methods
             GROUP BY d.id_customer, d.match_method, d.email_normalized, c.email',
            ['attached' => DocumentStatus::ATTACHED, 'methods' => [MatchMethod::CLAIM, MatchMethod::MANUAL]]
        );
        foreach ($rows as $row) {
            $source = $row['match_method'] === MatchMethod::CLAIM ? (string) $row['email_normalized'] : (string) $row['customer_email'];
            $email = $normalizer->normalize($source);
            if ($email === null) {
                continue;
            }
            $connection->execute(
                'INSERT IGNORE INTO PREFIX_ebpdocuments_email_proof (id_customer, email_hash, method, id_employee, date_add)
                 VALUES (:customer, :hash, :method, NULL, :at)',
                [
                    'customer' => (int) $row['id_customer'],
                    'hash' => EmailProofs::emailHash($email),
                    'method' => $row['match_method'] === MatchMethod::CLAIM ? EmailProofs::METHOD_CODE : EmailProofs::METHOD_MANUAL,
                    'at' => (string) $row['proven_at'],
                ]
            );
        }
    }
}
