<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\SystemClock;
use Ebpdocuments\Receiving\Auth\WebserviceRight;

/**
 * 1.1.0: a shop Webservice key needs the right on the module's webservice resource (WebserviceRight). So that the
 * upgrade cuts off no connector that works, every Webservice key that already delivered documents gets it: send
 * (POST) and status (GET), and withdraw (DELETE) when it has withdrawn documents. Which key sent what is read where
 * 1.0.0 wrote it: the documents' key_label and the events' detail keyLabel, "Webservice #<id_webservice_account> …".
 * Each grant is written in ebpdocuments_webservice_grant (the Connector view says so); a key found there is never
 * granted again, so a right the merchant removed afterwards stays removed when a later upgrade runs this again.
 */
final class GrantWebserviceRightToSenders implements UpgradeStep
{
    const LABEL_PREFIX = 'Webservice #';
    const SENT_EVENTS = ['received', 'replaced', 'unchanged'];
    const WITHDRAWN_EVENT = 'withdrawn';

    /** @var Clock */
    private $clock;

    public function __construct(?Clock $clock = null)
    {
        $this->clock = $clock !== null ? $clock : new SystemClock();
    }

    public function run(Connection $connection): void
    {
        $methodsByAccount = [];
        foreach ($this->senders($connection) as $accountId => $withdrew) {
            $methodsByAccount[$accountId] = $withdrew
                ? [WebserviceRight::SEND, WebserviceRight::STATUS, WebserviceRight::WITHDRAW]
                : [WebserviceRight::SEND, WebserviceRight::STATUS];
        }
        if ($methodsByAccount === []) {
            return;
        }
        $existing = $connection->fetchAll(
            'SELECT a.id_webservice_account FROM PREFIX_webservice_account a
             LEFT JOIN PREFIX_ebpdocuments_webservice_grant g ON g.id_webservice_account = a.id_webservice_account
             WHERE a.id_webservice_account IN :ids AND g.id_webservice_account IS NULL',
            ['ids' => array_keys($methodsByAccount)]
        );
        $now = $this->clock->now();
        foreach ($existing as $row) {
            $accountId = (int) $row['id_webservice_account'];
            $methods = $methodsByAccount[$accountId];
            $connection->transactional(function () use ($connection, $accountId, $methods, $now) {
                foreach ($methods as $method) {
                    $connection->execute(
                        'INSERT IGNORE INTO PREFIX_webservice_permission (resource, method, id_webservice_account)
                         VALUES (:resource, :method, :account)',
                        ['resource' => WebserviceRight::RESOURCE, 'method' => $method, 'account' => $accountId]
                    );
                }
                $connection->execute(
                    'INSERT IGNORE INTO PREFIX_ebpdocuments_webservice_grant (id_webservice_account, methods, date_add)
                     VALUES (:account, :methods, :now)',
                    ['account' => $accountId, 'methods' => implode(',', $methods), 'now' => $now]
                );
            });
        }
    }

    /**
     * @return array<int, bool> id_webservice_account => whether it also withdrew documents
     */
    private function senders(Connection $connection): array
    {
        $senders = [];
        $labels = $connection->fetchAll(
            'SELECT DISTINCT key_label FROM PREFIX_ebpdocuments_document WHERE key_label LIKE :prefix',
            ['prefix' => self::LABEL_PREFIX . '%']
        );
        foreach ($labels as $row) {
            $id = self::accountId((string) $row['key_label']);
            if ($id !== null) {
                $senders[$id] = false;
            }
        }
        // The id right after "keyLabel":"Webservice # in the JSON detail, up to the space before the description.
        $marker = '"keyLabel":"' . self::LABEL_PREFIX;
        $events = $connection->fetchAll(
            'SELECT event, SUBSTRING_INDEX(SUBSTRING_INDEX(SUBSTRING_INDEX(detail, :marker, -1), \' \', 1), \'"\', 1) AS account
             FROM PREFIX_ebpdocuments_event
             WHERE event IN :events AND detail LIKE :pattern
             GROUP BY event, account',
            ['marker' => $marker, 'events' => array_merge(self::SENT_EVENTS, [self::WITHDRAWN_EVENT]), 'pattern' => '%' . $marker . '%']
        );
        foreach ($events as $row) {
            $id = self::accountId(self::LABEL_PREFIX . (string) $row['account']);
            if ($id === null) {
                continue;
            }
            $withdrew = $row['event'] === self::WITHDRAWN_EVENT;
            $senders[$id] = (isset($senders[$id]) && $senders[$id]) || $withdrew;
        }

        return $senders;
    }

    private static function accountId(string $label): ?int
    {
        if (preg_match('/^' . preg_quote(self::LABEL_PREFIX, '/') . '(\d{1,10})(?:\s|$)/', $label, $match) !== 1) {
            return null;
        }
        $id = (int) $match[1];

        return $id > 0 ? $id : null;
    }
}
