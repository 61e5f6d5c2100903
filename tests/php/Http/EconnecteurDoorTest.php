<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Http;

use Ebpdocuments\Kernel\Support\SettingKeys;

/**
 * The E-connecteur door over real HTTP: what the connector gets (status + short French plain text) and what is
 * stored, for every rule of the door.
 */
final class EconnecteurDoorTest extends HttpTestCase
{
    /** The notice E-connecteur users know, word for word. */
    const NO_ACCOUNT_FR = 'Ce document ne peut pas être envoyé sur le site car aucun compte client correspondant au tiers en gestion commerciale n\'existe sur le site.';

    /** @var string */
    private $key = '';

    protected function setUp(): void
    {
        parent::setUp();
        $this->key = $this->createModuleKey('E-connecteur');
    }

    /**
     * @param array<string, string> $overrides
     *
     * @return array<string, string>
     */
    private function fields(array $overrides = []): array
    {
        return array_merge([
            'key' => $this->key,
            'email' => 'client@example.com',
            'type' => 'Facture',
            'reference' => 'FA00123',
            'oid' => '',
            'pdf' => base64_encode(self::pdf()),
        ], $overrides);
    }

    private function assertPlainFrench(HttpResult $result): void
    {
        $this->assertSame('text/plain; charset=utf-8', $result->header('content-type'), $result->describe());
        $this->assertStringNotContainsString('<', $result->body);
        $this->assertLessThan(400, mb_strlen($result->body, 'UTF-8'));
        $this->assertStringNotContainsString('/tmp', $result->body);
        $this->assertStringNotContainsString('.php', $result->body);
    }

    private function assertNothingStored(): void
    {
        $this->assertSame(0, $this->countRows('ebpdocuments_document'));
        $this->assertSame([], $this->storedFiles());
    }

    public function testAttachedDocumentIsStoredAndAnswered200InFrench(): void
    {
        $customerId = $this->addProvenCustomer('client@example.com');
        $result = $this->postForm('/receive', $this->fields());

        $this->assertSame(200, $result->status, $result->describe());
        $this->assertSame('Document FA00123 (facture) enregistré pour le client.', $result->body);
        $this->assertPlainFrench($result);
        $row = $this->documentRow('FA00123');
        $this->assertNotNull($row);
        $this->assertSame('attached', $row['status']);
        $this->assertSame((string) $customerId, $row['id_customer']);
        $this->assertSame('invoice', $row['type']);
        $this->assertSame('econnecteur', $row['source']);
        $this->assertSame('E-connecteur', $row['key_label']);
        $this->assertCount(1, $this->storedFiles());
        $this->assertSame(self::pdf(), file_get_contents($this->storagePath($row['file_name'])));
    }

    public function testUnknownEmailIsWaitingWith200AndTheNoticeText(): void
    {
        $result = $this->postForm('/receive', $this->fields(['email' => 'nobody@example.com']));

        $this->assertSame(200, $result->status, $result->describe());
        $this->assertStringContainsString('en attente d\'un compte client', $result->body);
        $this->assertStringContainsString('Ce document ne peut pas être envoyé sur le site car aucun compte client correspondant au tiers en gestion commerciale n\'existe sur le site.', $result->body);
        $this->assertPlainFrench($result);
        $row = $this->documentRow('FA00123');
        $this->assertSame('pending', $row['status']);
        $this->assertSame('NO_ACCOUNT', $row['reason']);
    }

    public function testUnmatchedAnswersNon200WithTheNoticeWhenTheSettingIsOn(): void
    {
        $this->setting(SettingKeys::UNMATCHED_NON_200, '1');
        $result = $this->postForm('/receive', $this->fields(['email' => 'nobody@example.com']));

        $this->assertSame(409, $result->status, $result->describe());
        $this->assertSame(self::NO_ACCOUNT_FR, $result->body);
        $this->assertPlainFrench($result);
        // Stored all the same: the connector's next attempt is answered the same way, without a second row.
        $this->assertSame(1, $this->countRows('ebpdocuments_document'));
        $again = $this->postForm('/receive', $this->fields(['email' => 'nobody@example.com']));
        $this->assertSame(409, $again->status);
        $this->assertSame(1, $this->countRows('ebpdocuments_document'));
    }

    public function testExactReplayIsUnchangedWithOneRowAndOneFile(): void
    {
        $this->addProvenCustomer('client@example.com');
        $first = $this->postForm('/receive', $this->fields());
        $second = $this->postForm('/receive', $this->fields());

        $this->assertSame(200, $first->status);
        $this->assertSame(200, $second->status, $second->describe());
        $this->assertSame('Document déjà reçu, inchangé.', $second->body);
        $this->assertSame(1, $this->countRows('ebpdocuments_document'));
        $this->assertCount(1, $this->storedFiles());
        $this->assertSame(1, $this->countRows('ebpdocuments_event', "event = 'unchanged'"));
    }

    public function testNewBytesReplaceTheDocumentAsVersion2(): void
    {
        $this->addProvenCustomer('client@example.com');
        $this->postForm('/receive', $this->fields());
        $oldFile = (string) $this->documentRow('FA00123')['file_name'];
        $result = $this->postForm('/receive', $this->fields(['pdf' => base64_encode(self::pdf('v2'))]));

        $this->assertSame(200, $result->status, $result->describe());
        $this->assertSame('Nouvelle version du document FA00123 (facture) enregistrée.', $result->body);
        $row = $this->documentRow('FA00123');
        $this->assertSame('2', $row['version']);
        $this->assertSame(1, $this->countRows('ebpdocuments_document'));
        // The old file stays for a download that read the old row; the maintenance sweep removes it after a day.
        $files = [$row['file_name'], $oldFile];
        sort($files);
        $this->assertSame($files, $this->storedFiles());
        $this->assertSame(self::pdf('v2'), file_get_contents($this->storagePath($row['file_name'])));
        $this->assertSame(1, $this->countRows('ebpdocuments_event', "event = 'replaced'"));
    }
}
