<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Admin;

use Ebpdocuments\BackOffice\ActionDispatcher;
use Ebpdocuments\Tests\Support\Harness\HarnessAdminGuard;

/**
 * The door of every admin action: method, token, JSON, action name, permission, error envelope.
 */
final class ActionDispatcherTest extends AdminAjaxTestCase
{
    /**
     * @return array<string, array{0: string, 1: string}>
     */
    public function actions(): array
    {
        $cases = [];
        foreach (ActionDispatcher::ACTIONS as $name => $route) {
            $cases[$name] = [$name, $route[1]];
        }

        return $cases;
    }

    /**
     * @return array<string, array{0: string}>
     */
    public function mutations(): array
    {
        $cases = [];
        foreach (ActionDispatcher::ACTIONS as $name => $route) {
            if ($route[1] !== ActionDispatcher::VIEW) {
                $cases[$name] = [$name];
            }
        }

        return $cases;
    }

    /**
     * @dataProvider actions
     */
    public function testAWrongTokenIsRefusedWith401(string $action): void
    {
        $id = $this->insertDocument();
        $this->assertRefused($this->admin($action, ['id' => $id, 'ids' => [$id], 'confirmation' => 'PURGE'], [], 'wrong-token'), 401, 'unauthenticated');
        $this->assertRefused($this->admin($action, [], [], ''), 401, 'unauthenticated');
        $this->assertSame(1, $this->countRows('ebpdocuments_document'), 'nothing changed');
    }

    /**
     * @dataProvider actions
     */
    public function testAMissingPermissionIsRefusedWith403(string $action, string $permission): void
    {
        $id = $this->insertDocument();
        $others = array_values(array_diff(['view', 'edit', 'delete'], [$permission]));
        $result = $this->admin($action, ['id' => $id, 'ids' => [$id], 'confirmation' => 'PURGE', 'dismissed' => true], [HarnessAdminGuard::PERMISSIONS_HEADER => implode(',', $others)]);
        $this->assertRefused($result, 403, 'forbidden');
        $row = $this->documentById($id);
        $this->assertSame('pending', $row['status'], 'nothing changed');
    }

    /**
     * @dataProvider mutations
     */
    public function testAMutationByGetDoesNothing(string $action): void
    {
        $id = $this->insertDocument();
        $query = http_build_query(['action' => $action, 'id' => $id, 'ids' => [$id], 'confirmation' => 'PURGE', 'dismissed' => 1, 'token' => HarnessAdminGuard::TOKEN]);
        $this->assertRefused($this->send('GET', '/admin-ajax?' . $query), 405, 'method_not_allowed');
        $this->assertSame('pending', $this->documentById($id)['status']);
        $this->assertSame(1, $this->countRows('ebpdocuments_document'));
    }

    public function testReadsByGetAreRefusedToo(): void
    {
        $query = http_build_query(['action' => 'listDocuments', 'token' => HarnessAdminGuard::TOKEN]);
        $this->assertRefused($this->send('GET', '/admin-ajax?' . $query), 405, 'method_not_allowed');
    }

    public function testOtherMethodsAreRefused(): void
    {
        $this->assertRefused($this->send('PUT', '/admin-ajax?token=' . HarnessAdminGuard::TOKEN, '{"action":"listDocuments"}'), 405, 'method_not_allowed');
    }

    public function testBadJsonIs400(): void
    {
        $url = '/admin-ajax?token=' . HarnessAdminGuard::TOKEN;
        $this->assertRefused($this->send('POST', $url, '{not json', ['Content-Type' => 'application/json']), 400, 'bad_request');
        $this->assertRefused($this->send('POST', $url, '', ['Content-Type' => 'application/json']), 400, 'bad_request');
        $this->assertRefused($this->send('POST', $url, '{"params":{}}', ['Content-Type' => 'application/json']), 400, 'bad_request');
        $this->assertRefused($this->send('POST', $url, '{"action":"listDocuments","params":[1,2]}', ['Content-Type' => 'application/json']), 400, 'bad_request');
        $this->assertRefused($this->send('POST', $url, '{"action":["listDocuments"]}', ['Content-Type' => 'application/json']), 400, 'bad_request');
    }

    public function testUnknownActionIs404(): void
    {
        $this->assertRefused($this->admin('dropEverything'), 404, 'not_found', 'action');
        $this->assertRefused($this->admin('__construct'), 404, 'not_found', 'action');
    }

    public function testSuccessEnvelopeAndHeaders(): void
    {
        $result = $this->admin('listKeys');
        $this->assertSame(200, $result->status);
        $this->assertSame(['ok' => true, 'data' => ['keys' => []]], $result->json());
        $this->assertStringStartsWith('application/json', (string) $result->header('content-type'));
        $this->assertSame('no-store', $result->header('cache-control'));
    }

    public function testParamsMayBeOmitted(): void
    {
        $result = $this->send('POST', '/admin-ajax?token=' . HarnessAdminGuard::TOKEN, '{"action":"listKeys"}', ['Content-Type' => 'application/json']);
        $this->assertSame(200, $result->status, $result->describe());
    }

    public function testAnUnexpectedFailureIsAGeneric500WithoutDetail(): void
    {
        $this->injectFaults([['on' => '/ebpdocuments_api_key/', 'times' => 1, 'action' => 'throw']]);
        $result = $this->admin('listKeys');
        $this->assertRefused($result, 500, 'internal_error');
        $this->assertStringNotContainsString('No space left', $result->body);
        $this->assertNotEmpty($this->loggedErrors(), 'the detail goes to the log');
    }
}
