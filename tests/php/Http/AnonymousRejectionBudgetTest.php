<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\Receiving\Auth\AuthThrottle;

/**
 * Refusals are recorded as `rejected` events so that the merchant sees what the connector got wrong. Refusals that
 * come before any key was checked (not a form, key in the URL, too large) are not throttled like bad keys, so a
 * stranger could write one event per request, without end, and push the connector's real errors out of the
 * overview. Such anonymous refusals are recorded at most AuthThrottle::MAX_FAILURES times per address and window;
 * the answers and the key check stay as they were.
 */
final class AnonymousRejectionBudgetTest extends HttpTestCase
{
    public function testAnonymousRefusalsWriteABoundedNumberOfEvents(): void
    {
        $key = $this->createModuleKey('E-connecteur');
        for ($i = 0; $i < AuthThrottle::MAX_FAILURES + 5; ++$i) {
            $result = $this->send('POST', '/receive', '{"reference":"FLOOD' . $i . '"}', ['Content-Type' => 'application/json']);
            $this->assertSame(400, $result->status, $result->describe());
        }
        for ($i = 0; $i < 5; ++$i) {
            $this->assertSame(400, $this->postForm('/receive?key=x', ['key' => $key, 'reference' => 'URL' . $i])->status);
        }

        $this->assertSame(AuthThrottle::MAX_FAILURES, $this->countRows('ebpdocuments_event', "event = 'rejected'"));

        // The budget of anonymous records is not the key throttle: the connector still gets in from that address.
        $accepted = $this->postForm('/receive', [
            'key' => $key, 'email' => 'client@example.com', 'type' => 'facture', 'reference' => 'FA1', 'oid' => '',
            'pdf' => base64_encode(self::pdf()),
        ]);
        $this->assertSame(200, $accepted->status, $accepted->describe());
    }

    public function testRefusalsOfAnAuthenticatedConnectorAreAllRecorded(): void
    {
        $key = $this->createModuleKey('E-connecteur');
        for ($i = 0; $i < AuthThrottle::MAX_FAILURES + 2; ++$i) {
            $result = $this->postForm('/receive', [
                'key' => $key, 'email' => 'client@example.com', 'type' => 'facture', 'reference' => 'BAD' . $i, 'oid' => '',
                'pdf' => base64_encode('<html>'),
            ]);
            $this->assertSame(422, $result->status, $result->describe());
        }

        $this->assertSame(AuthThrottle::MAX_FAILURES + 2, $this->countRows('ebpdocuments_event', "event = 'rejected'"));
    }
}
