<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Admin;

use Ebpdocuments\BackOffice\Presenter\AdminBootPresenter;
use Ebpdocuments\BackOffice\Presenter\BootContext;
use Ebpdocuments\BackOffice\WaitingBadge;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Kernel\Translation\ModuleCatalogue;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;
use Ebpdocuments\Tests\Support\Harness\HarnessLinks;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;

/**
 * The boot payload and the tab badge, on MariaDB.
 */
final class AdminBootPresenterTest extends CoreDatabaseTestCase
{
    public function testPayloadHasEveryPartOfTheContract(): void
    {
        $this->addWaiting(3, 1);
        $this->addWaiting(2, 2);
        $payload = $this->presenter()->present($this->context('en-US'));

        $this->assertSame(['moduleVersion', 'psVersion', 'locale', 'currencyIsoCode', 'urls', 'permissions', 'i18n', 'documentTypes', 'waitingReasons', 'initial', 'shops'], array_keys($payload));
        $this->assertSame('1.2.3', $payload['moduleVersion']);
        $this->assertSame('8.1.2', $payload['psVersion']);
        $this->assertSame('http://shop/admin?ajax=1&token=t', $payload['urls']['ajax']);
        $this->assertSame('http://shop/receive', $payload['urls']['receive']);
        $this->assertSame('http://shop/api', $payload['urls']['api']);
        $this->assertSame(['view' => true, 'edit' => true, 'delete' => false], $payload['permissions']);
        $this->assertSame(DocumentType::all(), array_column($payload['documentTypes'], 'code'));
        $this->assertSame('Invoice', $payload['documentTypes'][3]['label']);
        $this->assertSame(WaitingReason::all(), array_column($payload['waitingReasons'], 'code'));
        $this->assertSame($payload['i18n']['waitingReason.NO_ACCOUNT.message'], $payload['waitingReasons'][0]['message']);
        $this->assertSame(['waitingCount' => 3, 'waitingCapped' => false], $payload['initial'], 'notices of the employee\'s shops only');
        $this->assertSame([['id' => 1, 'name' => 'Shop 1']], $payload['shops']);
        $this->assertNotFalse(json_encode($payload));
    }

    public function testFrenchEmployeesSeeTheEconnecteurNoticeWordForWord(): void
    {
        $payload = $this->presenter(new ModuleCatalogue('fr-FR'))->present($this->context('fr-FR'));
        // From the XLF catalogue (no override in the code): the notice E-connecteur users know, word for word.
        $notice = 'Ce document ne peut pas être envoyé sur le site car aucun compte client correspondant au tiers en gestion commerciale n\'existe sur le site.';
        $this->assertSame($notice, $payload['waitingReasons'][0]['message']);
        $this->assertSame($notice, $payload['i18n']['waitingReason.NO_ACCOUNT.message']);
    }

    public function testBadgeCountsPendingNoticesOnlyAndCaps(): void
    {
        $badge = new WaitingBadge($this->db);
        $this->assertSame('', $badge->html([1], 'Waiting'));
        $this->addWaiting(2, 1);
        $this->db->execute("UPDATE PREFIX_ebpdocuments_document SET status = 'dismissed' WHERE reference = 'N1-0'");
        $this->assertSame(1, $badge->count([1]));
        $html = $badge->html([1], 'Waiting <b>');
        $this->assertStringContainsString('"label":"1"', $html);
        $this->assertStringContainsString('subtab-AdminEbpdocuments', $html);
        $this->assertStringNotContainsString('<b>', $html, 'the title is escaped inside the script');
        $this->addWaiting(1000, 1, 'M');
        $this->assertSame(WaitingBadge::CAP + 1, $badge->count([1]));
        $this->assertStringContainsString('"label":"999+"', $badge->html([1], 'Waiting'));
    }

    public function testTheAppsFirstBadgeStopsAtTheSideMenusCapAndSaysSo(): void
    {
        $this->addWaiting(WaitingBadge::CAP, 1);
        $this->assertSame(['waitingCount' => WaitingBadge::CAP, 'waitingCapped' => false], $this->presenter()->present($this->context('en-US'))['initial']);

        $this->addWaiting(1, 1, 'M');
        // 1,000 waiting: the app shows "999+", as the side menu's badge, not "1,000" it never counted exactly.
        $this->assertSame(['waitingCount' => WaitingBadge::CAP, 'waitingCapped' => true], $this->presenter()->present($this->context('en-US'))['initial']);
    }

    private function presenter(?Translator $translator = null): AdminBootPresenter
    {
        return new AdminBootPresenter(new HarnessLinks('http://shop'), $translator !== null ? $translator : new IdentityTranslator(), new WaitingBadge($this->db), '1.2.3');
    }

    private function context(string $locale): BootContext
    {
        return new BootContext('http://shop/admin?ajax=1&token=t', '8.1.2', $locale, 'EUR', ['view' => true, 'edit' => true, 'delete' => false], [['id' => 1, 'name' => 'Shop 1']]);
    }

    private function addWaiting(int $count, int $shopId, string $prefix = 'N'): void
    {
        $rows = [];
        for ($i = 0; $i < $count; ++$i) {
            $rows[] = "($shopId, 'invoice', '" . $prefix . $shopId . '-' . $i . "', 'pending', 'NO_ACCOUNT', 'f', 's', 't', 'api', NOW(), NOW())";
        }
        $this->db->execute('INSERT INTO PREFIX_ebpdocuments_document (id_shop, type, reference, status, reason, file_name, sha256, access_token, source, date_add, date_upd) VALUES ' . implode(', ', $rows));
    }
}
