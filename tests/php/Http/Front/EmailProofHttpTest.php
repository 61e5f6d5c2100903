<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http\Front;

use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Tests\Http\HttpResult;
use Ebpdocuments\Tests\Http\HttpTestCase;

/**
 * "Who receives" (issue 8) over real HTTP through the harness: a sign-up that never proved its address does not
 * capture the documents pushed for it; My documents says they wait and one click sends the code that attaches
 * them; parallel code requests never get more than the budget.
 */
final class EmailProofHttpTest extends HttpTestCase
{
    /** @var string */
    private $key;

    protected function setUp(): void
    {
        parent::setUp();
        $this->key = $this->createModuleKey('E-connecteur');
    }

    private function push(string $email, string $reference): HttpResult
    {
        $result = $this->postForm('/receive', ['key' => $this->key, 'email' => $email, 'type' => 'Facture', 'reference' => $reference, 'oid' => '', 'pdf' => base64_encode(self::pdf($reference))]);
        self::assertSame(200, $result->status, $result->describe());

        return $result;
    }

    private static function token(int $customerId): string
    {
        return hash_hmac('sha256', (string) $customerId, 'harness-customer-form');
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
     * @return array<int, array<string, mixed>>
     */
    private function mailsTo(string $email): array
    {
        $file = $this->harness()->path('mails.jsonl');
        $mails = is_file($file) ? array_map(function (string $line) {
            return json_decode($line, true);
        }, file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: []) : [];

        return array_values(array_filter($mails, function (array $mail) use ($email): bool {
            return $mail['toEmail'] === $email;
        }));
    }

    public function testAnUnprovenSignUpGetsNothingUntilItConfirmsWithOneClickAndTheCode(): void
    {
        $signUp = $this->addCustomer('buyer@company.example');

        $answer = $this->push('Buyer@Company.example', 'FA-100');

        self::assertStringContainsString('n\'a pas encore confirmé cette adresse', $answer->body, 'the connector says why it waits');
        $row = $this->documentRow('FA-100');
        self::assertNotNull($row);
        self::assertSame(['pending', WaitingReason::UNPROVEN_EMAIL, null], [$row['status'], $row['reason'], $row['id_customer']]);

        $page = $this->as($signUp, 'GET', '/documents')->json();
        self::assertSame([], $page['documents']);
        self::assertSame(['count' => 1, 'message' => '1 document waits for you: confirm your e-mail address to see it.'], $page['waiting']);
        $download = $this->as($signUp, 'GET', '/download?' . http_build_query(['id' => $row['id_document'], 'token' => $row['access_token']]));
        self::assertSame(404, $download->status, 'not even with the token');

        $sent = $this->as($signUp, 'POST', '/documents', http_build_query(['action' => 'requestClaimCode', 'token' => self::token($signUp)]));
        self::assertSame('code_sent', $sent->json()['status']);
        $mails = $this->mailsTo('buyer@company.example');
        self::assertCount(1, $mails);
        $claimed = $this->as($signUp, 'POST', '/documents', http_build_query(['action' => 'claimDocuments', 'code' => $mails[0]['variables']['{code}'], 'token' => self::token($signUp)]));
        self::assertSame(['status' => 'claimed', 'attached' => 1], array_intersect_key($claimed->json(), ['status' => 1, 'attached' => 1]));

        $after = $this->as($signUp, 'GET', '/documents')->json();
        self::assertSame(['FA-100'], array_column($after['documents'], 'reference'));
        self::assertSame(0, $after['waiting']['count']);
        self::assertSame('Document FA-101 (facture) enregistré pour le client.', $this->push('buyer@company.example', 'FA-101')->body, 'the proven address receives at once');
    }

    public function testFifteenParallelCodeRequestsSendAtMostTheBudget(): void
    {
        $alice = $this->addCustomer('alice@example.com');
        $body = http_build_query(['action' => 'requestClaimCode', 'token' => self::token($alice)]);
        $handles = [];
        for ($i = 0; $i < 15; ++$i) {
            $handles[] = $this->handle('POST', '/documents', $body, ['Cookie' => 'harness_customer=' . $alice, 'Content-Type' => 'application/x-www-form-urlencoded']);
        }

        $results = $this->parallel($handles);

        $statuses = [];
        foreach ($results as $result) {
            self::assertSame(200, $result->status, $result->describe());
            $statuses[] = $result->json()['status'];
        }
        $counts = array_count_values($statuses);
        ksort($counts);
        self::assertSame(['code_sent' => 3, 'rate_limited' => 12], $counts);
        self::assertCount(3, $this->mailsTo('alice@example.com'), 'three mails, not fifteen');
        self::assertSame(3, $this->countRows('ebpdocuments_claim'));
        self::assertSame(1, $this->countRows('ebpdocuments_claim', 'used_at IS NULL'), 'one live code');
    }
}
