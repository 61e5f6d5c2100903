<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Front;

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Http\HttpResult;
use Ebpdocuments\Tests\Http\HttpTestCase;

/**
 * Every access rule of the customer pages, over real HTTP through the harness (php -S, the module's classes, the
 * throwaway MariaDB). The harness only says who is logged in (cookie harness_customer=<id>).
 */
final class CustomerPagesTest extends HttpTestCase
{
    /** @var string */
    private $key;

    protected function setUp(): void
    {
        parent::setUp();
        $this->key = $this->createModuleKey('E-connecteur');
    }

    /**
     * Pushes a document through the real E-connecteur door and answers its row.
     *
     * @return array<string, string|null>
     */
    private function push(string $email, string $reference, string $pdf, string $type = 'Facture'): array
    {
        $result = $this->postForm('/receive', ['key' => $this->key, 'email' => $email, 'type' => $type, 'reference' => $reference, 'oid' => '', 'pdf' => base64_encode($pdf)]);
        self::assertSame(200, $result->status, $result->describe());
        $row = $this->documentRow($reference);
        self::assertNotNull($row);

        return $row;
    }

    private function as(int $customerId, string $method, string $path, ?string $body = null): HttpResult
    {
        $headers = ['Cookie' => 'harness_customer=' . $customerId];
        if ($body !== null) {
            $headers['Content-Type'] = 'application/x-www-form-urlencoded';
        }

        return $this->send($method, $path, $body, $headers);
    }

    /**
     * @param array<string, string|null> $row
     */
    private static function downloadPath(array $row, ?string $token = null, ?string $id = null): string
    {
        return '/download?' . http_build_query(['id' => $id === null ? $row['id_document'] : $id, 'token' => $token === null ? $row['access_token'] : $token]);
    }

    public function testTheOwnerDownloadsThePushedPdfByteForByteWithSafeHeaders(): void
    {
        $alice = $this->addProvenCustomer('alice@example.com');
        $pdf = self::pdf('alice-' . str_repeat('x', 70000));
        $row = $this->push('Alice@Example.com', 'FA/2025/00123', $pdf);
        self::assertSame('attached', $row['status']);

        $list = $this->as($alice, 'GET', '/documents');
        self::assertSame(200, $list->status, $list->describe());
        $page = $list->json();
        self::assertSame(['FA/2025/00123'], array_column($page['documents'], 'reference'));
        self::assertSame(1, $this->as($alice, 'GET', '/hook/customer-account')->json()['tile']['newCount']);
        self::assertTrue($page['documents'][0]['isNew']);

        $result = $this->as($alice, 'GET', (string) parse_url($page['documents'][0]['downloadUrl'], PHP_URL_PATH) . '?' . (string) parse_url($page['documents'][0]['downloadUrl'], PHP_URL_QUERY));

        self::assertSame(200, $result->status, $result->describe());
        self::assertSame($pdf, $result->body, 'byte for byte');
        self::assertSame('application/pdf', $result->header('Content-Type'));
        self::assertSame('attachment; filename="Invoice-FA-2025-00123.pdf"; filename*=UTF-8\'\'Invoice-FA-2025-00123.pdf', $result->header('Content-Disposition'));
        self::assertSame('nosniff', $result->header('X-Content-Type-Options'));
        self::assertStringContainsString('private', (string) $result->header('Cache-Control'));
        self::assertStringContainsString('no-store', (string) $result->header('Cache-Control'));
        self::assertSame((string) strlen($pdf), $result->header('Content-Length'));
        self::assertSame(0, $this->as($alice, 'GET', '/hook/customer-account')->json()['tile']['newCount'], 'the first download clears the "new" mark');
        self::assertFalse($this->as($alice, 'GET', '/documents')->json()['documents'][0]['isNew']);
        self::assertSame(1, $this->countRows('ebpdocuments_event', 'event = ? AND id_document = ?', ['downloaded', $row['id_document']]));
    }

    public function testNotLoggedInOrGuestIsSentToLogin(): void
    {
        $guest = $this->addCustomer('guest@example.com', true);
        $row = $this->push('guest@example.com', 'FA-G', self::pdf('g'));

        foreach ([0, $guest, 999999] as $who) {
            foreach (['/documents', self::downloadPath($row)] as $path) {
                $result = $this->as($who, 'GET', $path);
                self::assertSame(302, $result->status, $path . ' as ' . $who);
                self::assertStringStartsWith('/login?back=', (string) $result->header('Location'));
                self::assertStringNotContainsString('%PDF', $result->body);
            }
        }
        self::assertStringContainsString(rawurlencode('/download?id=' . $row['id_document']), (string) $this->as(0, 'GET', self::downloadPath($row))->header('Location'), 'back to the download after login');
    }

    public function testOtherCustomersIdsAndTokensAllGetTheSameNotFound(): void
    {
        $alice = $this->addProvenCustomer('alice@example.com');
        $bob = $this->addProvenCustomer('bob@example.com');
        $mine = $this->push('alice@example.com', 'FA-A1', self::pdf('a1'));
        $bobs = $this->push('bob@example.com', 'FA-B1', self::pdf('b1'));
        $pending = $this->push('nobody@example.com', 'FA-N1', self::pdf('n1'));
        self::assertSame('pending', $pending['status']);
        $this->pdo()->exec("INSERT INTO ps_ebpdocuments_document (id_shop, type, reference, status, id_customer, file_name, file_size, sha256, access_token, source, date_add, date_upd)
            SELECT 2, type, 'FA-SHOP2', 'attached', id_customer, file_name, file_size, sha256, REPEAT('c', 64), source, NOW(), NOW() FROM ps_ebpdocuments_document WHERE reference = 'FA-A1'");
        $otherShop = $this->documentRow('FA-SHOP2');
        self::assertNotNull($otherShop);

        $baseline = $this->as($alice, 'GET', self::downloadPath($mine, null, '99999999'));
        self::assertSame(404, $baseline->status);
        $attempts = [
            'Bob\'s document with Bob\'s token' => self::downloadPath($bobs),
            'Bob\'s id with Alice\'s token' => self::downloadPath($bobs, $mine['access_token']),
            'own id, Bob\'s token' => self::downloadPath($mine, $bobs['access_token']),
            'own id + 1' => self::downloadPath($mine, null, (string) ((int) $mine['id_document'] + 1)),
            'own id - 1' => self::downloadPath($mine, null, (string) ((int) $mine['id_document'] - 1)),
            'kept aside' => self::downloadPath($pending),
            'other shop' => self::downloadPath($otherShop),
            'no token' => '/download?id=' . $mine['id_document'],
            'token array' => '/download?id=' . $mine['id_document'] . '&token[]=' . $mine['access_token'],
            'id injection' => self::downloadPath($mine, null, $mine['id_document'] . ' OR 1=1'),
            'path traversal' => self::downloadPath($mine, '../../../../etc/passwd'),
        ];
        foreach ($attempts as $label => $path) {
            $result = $this->as($alice, 'GET', $path);
            self::assertSame(404, $result->status, $label);
            self::assertSame($baseline->body, $result->body, $label . ': same answer as a missing id');
            self::assertSame($baseline->header('Content-Type'), $result->header('Content-Type'), $label);
        }
        self::assertSame(200, $this->as($bob, 'GET', self::downloadPath($bobs))->status, 'Bob still gets his own');
    }

    public function testReassignedWithdrawnOrDeletedDocumentsStopAtOnce(): void
    {
        $alice = $this->addProvenCustomer('alice@example.com');
        $bob = $this->addProvenCustomer('bob@example.com');
        $row = $this->push('alice@example.com', 'FA-R1', self::pdf('r1'));
        self::assertSame(200, $this->as($alice, 'GET', self::downloadPath($row))->status);

        $this->harness()->app()->core()->documentManager()->assign((int) $row['id_document'], $bob, 1, false);
        self::assertSame(404, $this->as($alice, 'GET', self::downloadPath($row))->status, 'the old owner loses it at once');
        self::assertSame([], $this->as($alice, 'GET', '/documents')->json()['documents']);
        $reassigned = $this->documentRow('FA-R1');
        self::assertNotNull($reassigned);
        self::assertNotSame($row['access_token'], $reassigned['access_token'], 'a new owner gets a new token');
        self::assertSame(404, $this->as($bob, 'GET', self::downloadPath($row))->status, 'the old link does not work for the new owner either');
        self::assertSame(200, $this->as($bob, 'GET', self::downloadPath($reassigned))->status);

        $this->harness()->app()->core()->documentManager()->delete([(int) $row['id_document']], 1);
        self::assertSame(404, $this->as($bob, 'GET', self::downloadPath($reassigned))->status, 'deleted');

        $withdrawn = $this->push('alice@example.com', 'FA-X1', self::pdf('x1'));
        self::assertTrue($this->harness()->app()->core()->documentManager()->withdraw((int) $withdrawn['id_document']));
        self::assertSame(404, $this->as($alice, 'GET', self::downloadPath($withdrawn))->status, 'withdrawn');

        $kept = $this->push('alice@example.com', 'FA-K1', self::pdf('k1'));
        $this->harness()->app()->customer()->customerDeleted()->onDeleted($alice);
        self::assertSame('pending', $this->documentRow('FA-K1')['status'], 'a deleted customer\'s documents are kept aside');
        self::assertSame(404, $this->as($alice, 'GET', self::downloadPath($kept))->status);
    }

    public function testAFileLostOnDiskAnswersTheSameNotFoundAndIsLogged(): void
    {
        $alice = $this->addProvenCustomer('alice@example.com');
        $row = $this->push('alice@example.com', 'FA-L1', self::pdf('l1'));
        unlink($this->storagePath((string) $row['file_name']));

        $result = $this->as($alice, 'GET', self::downloadPath($row));

        self::assertSame(404, $result->status);
        self::assertSame($this->as($alice, 'GET', self::downloadPath($row, null, '99999999'))->body, $result->body);
        $errors = $this->loggedErrors();
        self::assertCount(1, $errors);
        self::assertSame((int) $row['id_document'], $errors[0]['context']['document']);
    }

    public function testListFiltersAndPagingAreWhitelisted(): void
    {
        $alice = $this->addProvenCustomer('alice@example.com');
        $this->push('alice@example.com', 'FA-1', self::pdf('1'));
        $this->push('alice@example.com', 'AV-1', self::pdf('2'), 'Avoir');
        $this->push('bob@example.com', 'FA-BOB', self::pdf('3'));

        $credit = $this->as($alice, 'GET', '/documents?type=credit_note')->json();
        self::assertSame(['AV-1'], array_column($credit['documents'], 'reference'));
        self::assertSame('credit_note', $credit['filters']['type']);

        $hostile = $this->as($alice, 'GET', '/documents?' . http_build_query(['type' => "x' OR '1'='1", 'year' => '1 UNION SELECT 1', 'page' => '-1', 'perPage' => '99999', 'sort' => 'id_customer', 'direction' => 'x']));
        self::assertSame(200, $hostile->status, $hostile->describe());
        $page = $hostile->json();
        self::assertSame(['AV-1', 'FA-1'], array_column($page['documents'], 'reference'));
        self::assertSame(['', 0, 50], [$page['filters']['type'], $page['filters']['year'], $page['filters']['perPage']]);
        self::assertSame(1, $page['pagination']['page']);

        $this->setting(SettingKeys::TYPE_VISIBILITY, '{"invoice": true, "quote": false, "order": false, "delivery": false, "credit_note": false, "other": false}');
        self::assertSame(['FA-1'], array_column($this->as($alice, 'GET', '/documents')->json()['documents'], 'reference'));
    }

    public function testEmptyStateData(): void
    {
        $alice = $this->addProvenCustomer('alice@example.com');

        $page = $this->as($alice, 'GET', '/documents')->json();

        self::assertFalse($page['hasDocuments']);
        self::assertSame([], $page['documents']);
    }

    public function testClaimNeverRevealsWaitingDocumentsBeforeTheCode(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $bob = $this->addCustomer('bob@example.com');
        $this->push('late@example.com', 'FA-W1', self::pdf('w1'));
        $this->push('late@example.com', 'FA-W2', self::pdf('w2'));
        $late = $this->addCustomer('late@example.com');
        $token = function (int $id): string {
            return hash_hmac('sha256', (string) $id, 'harness-customer-form');
        };

        self::assertSame(['codeSent' => false], $this->as($late, 'GET', '/documents')->json()['claim'], 'first step: send the code');
        $withDocuments = $this->as($late, 'POST', '/documents', http_build_query(['action' => 'requestClaimCode', 'token' => $token($late)]));
        $withoutDocuments = $this->as($bob, 'POST', '/documents', http_build_query(['action' => 'requestClaimCode', 'token' => $token($bob)]));
        self::assertSame($withoutDocuments->body, $withDocuments->body, 'same answer whether documents wait or not');
        self::assertSame('code_sent', $withDocuments->json()['status']);
        self::assertSame([], $this->as($late, 'GET', '/documents')->json()['documents'], 'nothing attached before the code');
        self::assertSame(['codeSent' => true], $this->as($late, 'GET', '/documents')->json()['claim'], 'second step: type the code');
        self::assertSame(['codeSent' => true], $this->as($bob, 'GET', '/documents')->json()['claim'], 'the same for a customer with nothing waiting');
        self::assertSame(['codeSent' => false], $this->as($alice, 'GET', '/documents')->json()['claim']);

        $badToken = $this->as($late, 'POST', '/documents', http_build_query(['action' => 'claimDocuments', 'code' => '123456', 'token' => $token($alice)]));
        self::assertSame('invalid_form', $badToken->json()['status']);

        $mails = array_values(array_filter($this->mails(), function (array $mail): bool {
            return $mail['toEmail'] === 'late@example.com';
        }));
        self::assertCount(1, $mails);
        $claimed = $this->as($late, 'POST', '/documents', http_build_query(['action' => 'claimDocuments', 'code' => $mails[0]['variables']['{code}'], 'token' => $token($late)]));
        self::assertSame(['status' => 'claimed', 'attached' => 2], array_intersect_key($claimed->json(), ['status' => 1, 'attached' => 1]));
        self::assertSame(['FA-W2', 'FA-W1'], array_column($this->as($late, 'GET', '/documents')->json()['documents'], 'reference'));
        self::assertSame(['codeSent' => false], $this->as($late, 'GET', '/documents')->json()['claim'], 'a used code: back to the first step');
        self::assertSame(2, $this->countRows('ebpdocuments_event', 'event = ?', ['claimed']));
    }

    public function testAccountTileAndOrderDetailHooks(): void
    {
        $alice = $this->addProvenCustomer('alice@example.com');
        $guest = $this->addCustomer('guest@example.com', true);
        $this->push('alice@example.com', 'FA-T1', self::pdf('t1'));

        self::assertSame(1, $this->as($alice, 'GET', '/hook/customer-account')->json()['tile']['newCount']);
        self::assertNull($this->as($guest, 'GET', '/hook/customer-account')->json()['tile']);
        self::assertNull($this->as(0, 'GET', '/hook/order-detail?id_order=1')->json()['block']);
    }

    /**
     * @return array<int, array<string, mixed>>
     */
    private function mails(): array
    {
        $file = $this->harness()->path('mails.jsonl');

        return is_file($file) ? array_map(function (string $line) {
            return json_decode($line, true);
        }, file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: []) : [];
    }
}
