<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

/**
 * A body over PHP's post_max_size: PHP empties the form, and the door must say "too large", not "missing key".
 * The harness runs with post_max_size=1M here.
 */
final class EconnecteurPostMaxSizeTest extends HttpTestCase
{
    protected static function serverIni(): array
    {
        return ['post_max_size' => '1M'];
    }

    public function testBodyOverPostMaxSizeIs413NotMissingKey(): void
    {
        $key = $this->createModuleKey();
        $big = str_replace('%%EOF', str_repeat('%', 900000) . "\n%%EOF", self::pdf());
        $result = $this->postForm('/receive', [
            'key' => $key, 'email' => 'client@example.com', 'type' => 'facture', 'reference' => 'FA1', 'oid' => '',
            'pdf' => base64_encode($big),
        ]);

        $this->assertSame(413, $result->status, $result->describe());
        $this->assertStringContainsString('post_max_size', $result->body);
        $this->assertStringNotContainsString('Clé', $result->body);
        $this->assertSame('text/plain; charset=utf-8', $result->header('content-type'));
        $this->assertSame(0, $this->countRows('ebpdocuments_document'));
        // Not counted as a bad key either (the table also holds the separate budget of recorded anonymous refusals).
        $this->assertSame(0, $this->countRows('ebpdocuments_auth_failure', 'client_hash = :bad_keys', ['bad_keys' => hash('sha256', 'ebpdocuments-client:127.0.0.1')]));
    }

    public function testHealthReportsThePhpLimitAsTooLow(): void
    {
        $key = $this->createModuleKey();
        $result = $this->send('GET', '/api?route=v1/health', null, ['Authorization' => 'Bearer ' . $key]);

        $this->assertSame(200, $result->status, $result->describe());
        $limits = $result->json()['limits'];
        $this->assertSame(1048576, $limits['postMaxSize']);
        $this->assertTrue($limits['phpLimitTooLow']);
        $this->assertLessThan($limits['maxPdfBytes'], $limits['effectiveMaxBytes']);
    }
}
