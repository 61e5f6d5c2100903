<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Auth;

use Ebpdocuments\Receiving\Auth\ApiKeyService;
use Ebpdocuments\Storage\Repository\ApiKeyRepository;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;
use Ebpdocuments\Tests\Support\Front\MovableClock;
use Ebpdocuments\Tests\Support\InterceptingConnection;

/**
 * A module key's last use is written at most once a minute, and a push within that minute sends no statement for it;
 * each kind of key is looked for in one statement (issue 14: the door's statements per document).
 */
final class ApiKeyLastUseTest extends CoreDatabaseTestCase
{
    public function testTheLastUseIsWrittenAtMostOnceAMinuteWithoutAStatementInBetween(): void
    {
        $this->db->execute('DELETE FROM PREFIX_ebpdocuments_api_key');
        $clock = new MovableClock('2025-03-01 10:00:00');
        $secret = (new ApiKeyService(new ApiKeyRepository($this->db), $clock))->create('E-connecteur', 1)->secret();
        $statements = [];
        $counting = new InterceptingConnection($this->db, function (string $sql) use (&$statements) {
            $statements[] = strtok(ltrim($sql), " \n");

            return null;
        });
        $keys = new ApiKeyService(new ApiKeyRepository($counting), $clock);

        self::assertNotNull($keys->authenticate($secret, 1, false));
        self::assertSame(['SELECT', 'UPDATE'], $statements, 'first use: written');
        $clock->advance('+30 seconds');
        $statements = [];
        self::assertNotNull($keys->authenticate($secret, 1, false));
        self::assertSame(['SELECT'], $statements, 'within the minute: the key is read, nothing written');
        $clock->advance('+31 seconds');
        $statements = [];
        self::assertNotNull($keys->authenticate($secret, 1, false));
        self::assertSame(['SELECT', 'UPDATE'], $statements);
        self::assertSame('2025-03-01 10:01:01', $this->db->fetchValue('SELECT last_used_at FROM PREFIX_ebpdocuments_api_key'));
    }

    public function testEachKindOfKeyIsLookedForOnlyWhereItCanBeInOneStatement(): void
    {
        $this->db->execute('DELETE FROM PREFIX_ebpdocuments_api_key');
        foreach (['webservice_permission', 'webservice_account_shop', 'webservice_account'] as $table) {
            $this->db->execute('DELETE FROM PREFIX_' . $table);
        }
        $clock = new MovableClock('2025-03-01 10:00:00');
        $moduleKey = (new ApiKeyService(new ApiKeyRepository($this->db), $clock))->create('E-connecteur', 1)->secret();
        $webserviceKey = 'E2ETESTWEBSERVICEKEY000000000001';
        $account = $this->db->insert("INSERT INTO PREFIX_webservice_account (`key`, description, active) VALUES (:key, 'E-connecteur', 1)", ['key' => $webserviceKey]);
        $this->db->execute('INSERT INTO PREFIX_webservice_account_shop (id_webservice_account, id_shop) VALUES (:account, 1)', ['account' => $account]);
        $this->db->execute("INSERT INTO PREFIX_webservice_permission (resource, method, id_webservice_account) VALUES ('ebpdocuments', 'POST', :account)", ['account' => $account]);
        $tables = [];
        $counting = new InterceptingConnection($this->db, function (string $sql) use (&$tables) {
            $tables[] = strpos($sql, 'PREFIX_ebpdocuments_api_key') !== false ? 'module keys' : (strpos($sql, 'PREFIX_webservice_account') !== false ? 'webservice keys' : $sql);

            return null;
        });
        $keys = new ApiKeyService(new ApiKeyRepository($counting), $clock);

        // The rule the lookup relies on: a module key never has a Webservice key's length.
        self::assertNotSame(ApiKeyService::WEBSERVICE_KEY_LENGTH, strlen($moduleKey));
        $client = $keys->authenticate($webserviceKey, 1, true);
        self::assertNotNull($client);
        self::assertSame(['POST'], $client->webserviceMethods());
        self::assertSame(['webservice keys'], $tables, 'the shop Webservice key E-connecteur sends: one SELECT, no module-key miss first');
        $tables = [];
        self::assertNull($keys->authenticate($webserviceKey, 1, false));
        self::assertSame([], $tables, 'Webservice keys not accepted: nothing to look up');
        self::assertNotNull($keys->authenticate($moduleKey, 1, true));
        self::assertSame(['module keys', 'module keys'], $tables, 'a module key: read, and its first use written; never the Webservice keys');
        $tables = [];
        self::assertNull($keys->authenticate(substr($moduleKey, 0, -1) . 'x', 1, true));
        self::assertSame(['module keys'], $tables, 'a wrong module key: one miss, never the Webservice keys');
    }
}
