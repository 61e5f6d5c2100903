<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Auth;

use Ebpdocuments\Receiving\Auth\ApiKeyService;
use Ebpdocuments\Storage\Repository\ApiKeyRepository;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;
use Ebpdocuments\Tests\Support\Front\MovableClock;
use Ebpdocuments\Tests\Support\InterceptingConnection;

/**
 * A module key's last use is written at most once a minute, and a push within that minute sends no statement for it
 * (issue 14: the door's statements per document).
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
}
