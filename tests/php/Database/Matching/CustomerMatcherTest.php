<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Matching;

use Ebpdocuments\Kernel\Domain\MatchMethod;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Matching\CustomerLinkRepository;
use Ebpdocuments\Matching\CustomerMatcher;
use Ebpdocuments\Matching\EmailNormalizer;
use Ebpdocuments\Matching\EmailProofs;
use Ebpdocuments\Matching\OrderResolver;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;
use Ebpdocuments\Tests\Support\InMemorySettings;

/**
 * Every matching rule of docs/ARCHITECTURE.md on MariaDB with PrestaShop's own customer/orders/shop tables.
 */
final class CustomerMatcherTest extends CoreDatabaseTestCase
{
    /** @var CustomerLinkRepository */
    private $links;

    private function matcher(): CustomerMatcher
    {
        $this->links = new CustomerLinkRepository($this->db, $this->fixedClock());

        // The matching order itself; the e-mail proof rule (on by default) is EmailProofMatchingTest's subject.
        $proofs = new EmailProofs($this->db, new EmailNormalizer(), new InMemorySettings([SettingKeys::REQUIRE_EMAIL_PROOF => '0']), $this->fixedClock());

        return new CustomerMatcher($this->db, new EmailNormalizer(), new OrderResolver($this->db), $this->links, $proofs);
    }

    public function testAttachesTheOnlyRegisteredAccountIgnoringCaseAndSpaces(): void
    {
        $id = $this->addCustomer('Jean.Dupont@Example.FR');

        $result = $this->matcher()->match(1, "  jean.dupont@example.fr \n");

        self::assertSame($id, $result->customerId());
        self::assertSame(MatchMethod::EMAIL, $result->method());
        self::assertNull($result->reason());
        self::assertSame('attached', $result->status());
    }

    public function testAccentLookAlikeThatTheCollationEquatesNeverMatches(): void
    {
        $this->addCustomer('jean@x.fr');
        $accented = $this->addCustomer('jéan@y.fr');

        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'jéan@x.fr')->reason());
        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'jean@y.fr')->reason());
        self::assertSame($accented, $this->matcher()->match(1, 'JÉAN@y.fr')->customerId());
    }

    public function testTrailingSpaceStoredInTheDatabaseIsIgnoredButNothingLooser(): void
    {
        $id = $this->addCustomer('paul@x.fr ');

        self::assertSame($id, $this->matcher()->match(1, 'paul@x.fr')->customerId());
    }

    public function testPunycodeAndUtf8DomainsAreTheSameAddress(): void
    {
        $id = $this->addCustomer('marie@bücher.de');

        self::assertSame($id, $this->matcher()->match(1, 'marie@xn--bcher-kva.de')->customerId());
        self::assertSame($id, $this->matcher()->match(1, 'Marie@BÜCHER.de')->customerId());
    }

    public function testPunycodeStoredInTheDatabaseMatchesAUtf8Request(): void
    {
        $id = $this->addCustomer('marie@xn--bcher-kva.de');

        self::assertSame($id, $this->matcher()->match(1, 'marie@bücher.de')->customerId());
    }

    public function testPlusTagsAndDotsAreNeverStripped(): void
    {
        $this->addCustomer('anne@x.fr');
        $this->addCustomer('a.n.n.e@x.fr');
        $tagged = $this->addCustomer('anne+compta@x.fr');

        self::assertSame($tagged, $this->matcher()->match(1, 'anne+compta@x.fr')->customerId());
        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'anne+other@x.fr')->reason());
        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'an.ne@x.fr')->reason());
    }

    public function testRegisteredAccountBeatsGuestRows(): void
    {
        $this->addCustomer('luc@x.fr', ['guest' => true]);
        $registered = $this->addCustomer('luc@x.fr');
        $this->addCustomer('luc@x.fr', ['guest' => true]);

        self::assertSame($registered, $this->matcher()->match(1, 'luc@x.fr')->customerId());
    }

    public function testGuestRowsOnlyAreWaiting(): void
    {
        $this->addCustomer('guest@x.fr', ['guest' => true]);
        $this->addCustomer('guest@x.fr', ['guest' => true]);

        $result = $this->matcher()->match(1, 'guest@x.fr');

        self::assertNull($result->customerId());
        self::assertSame(WaitingReason::GUEST_ONLY, $result->reason());
        self::assertSame('pending', $result->status());
    }

    public function testDeletedAccountsAreIgnored(): void
    {
        $this->addCustomer('gone@x.fr', ['deleted' => true]);
        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'gone@x.fr')->reason());

        $alive = $this->addCustomer('gone@x.fr');
        self::assertSame($alive, $this->matcher()->match(1, 'gone@x.fr')->customerId());
    }

    public function testTwoRegisteredAccountsAreAmbiguous(): void
    {
        $this->addCustomer('twin@x.fr');
        $this->addCustomer('TWIN@x.fr');

        $result = $this->matcher()->match(1, 'twin@x.fr');

        self::assertNull($result->customerId());
        self::assertSame(WaitingReason::AMBIGUOUS, $result->reason());
    }

    public function testUnknownEmailHasNoAccount(): void
    {
        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'nobody@x.fr')->reason());
    }

    /**
     * @dataProvider invalidEmails
     */
    public function testInvalidOrMissingEmailsAreWaiting(string $email): void
    {
        $this->addCustomer('a@x.fr');
        $this->addCustomer('b@y.fr');

        $result = $this->matcher()->match(1, $email);

        self::assertNull($result->customerId());
        self::assertSame(WaitingReason::INVALID_EMAIL, $result->reason());
    }

    /**
     * @return array<string, array{string}>
     */
    public function invalidEmails(): array
    {
        return [
            'two addresses with ;' => ['a@x.fr;b@y.fr'],
            'two addresses with ,' => ['a@x.fr,b@y.fr'],
            'header injection CR/LF' => ["a@x.fr\r\nBcc: b@y.fr"],
            'empty' => [''],
            'spaces only' => ['   '],
            'no at' => ['a.x.fr'],
            'two at' => ['a@b@x.fr'],
            'space inside' => ['a b@x.fr'],
            'too long' => [str_repeat('a', 250) . '@x.fr'],
        ];
    }

    public function testMultistoreWithoutSharingStaysInTheShop(): void
    {
        $this->addShop(2, 1);
        $this->addCustomer('multi@x.fr', ['shop' => 2]);

        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'multi@x.fr')->reason());
        $own = $this->addCustomer('multi@x.fr', ['shop' => 1]);
        self::assertSame($own, $this->matcher()->match(1, 'multi@x.fr')->customerId(), 'one registered account per shop is not ambiguous');
    }

    public function testMultistoreWithSharingSeesTheWholeGroupButNotOtherGroups(): void
    {
        $this->addShopGroup(2, true);
        $this->addShop(2, 2);
        $this->addShop(3, 2);
        $this->addShopGroup(3, true);
        $this->addShop(4, 3);
        $shared = $this->addCustomer('shared@x.fr', ['shop' => 3, 'group' => 2]);
        $this->addCustomer('other@x.fr', ['shop' => 4, 'group' => 3]);

        self::assertSame($shared, $this->matcher()->match(2, 'shared@x.fr')->customerId());
        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(2, 'other@x.fr')->reason());
        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'shared@x.fr')->reason());
    }

    public function testLearnedCodeLinkWinsOverTheEmail(): void
    {
        $byEmail = $this->addCustomer('contact@company.fr');
        $linked = $this->addCustomer('boss@company.fr');
        $matcher = $this->matcher();
        $this->links->remember(1, 'CLI0042', $linked, 7);

        $result = $matcher->match(1, 'contact@company.fr', 'CLI0042');

        self::assertSame($linked, $result->customerId());
        self::assertSame(MatchMethod::CODE_LINK, $result->method());
        self::assertSame($byEmail, $matcher->match(1, 'contact@company.fr', 'CLI9999')->customerId());
    }

    public function testLearnedLinkToADeletedOrGuestCustomerIsIgnored(): void
    {
        $deleted = $this->addCustomer('old@company.fr', ['deleted' => true]);
        $guest = $this->addCustomer('guest@company.fr', ['guest' => true]);
        $matcher = $this->matcher();
        $this->links->remember(1, 'CLI1', $deleted, null);
        $this->links->remember(1, 'CLI2', $guest, null);

        self::assertSame(WaitingReason::NO_ACCOUNT, $matcher->match(1, 'new@company.fr', 'CLI1')->reason());
        self::assertSame(WaitingReason::NO_ACCOUNT, $matcher->match(1, 'new@company.fr', 'CLI2')->reason());
    }

    public function testLearnedLinkToACustomerOfAnotherShopIsIgnored(): void
    {
        $this->addShop(2, 1);
        $elsewhere = $this->addCustomer('x@company.fr', ['shop' => 2]);
        $matcher = $this->matcher();
        $this->links->remember(1, 'CLI1', $elsewhere, null);

        self::assertNull($matcher->match(1, 'x@company.fr', 'CLI1')->customerId());
    }

    public function testOrderOfTheMatchedCustomerIsLinked(): void
    {
        $customer = $this->addCustomer('buyer@x.fr');
        $order = $this->addOrder($customer, 'QWERTYUIO');

        self::assertSame($order, $this->matcher()->match(1, 'buyer@x.fr', null, (string) $order)->orderId());
        self::assertSame($order, $this->matcher()->match(1, 'buyer@x.fr', null, 'qwertyuio')->orderId());
    }

    public function testOrderOfAnotherCustomerIsNotLinked(): void
    {
        $customer = $this->addCustomer('buyer@x.fr');
        $other = $this->addCustomer('other@x.fr');
        $order = $this->addOrder($other, 'QWERTYUIO');

        $result = $this->matcher()->match(1, 'buyer@x.fr', null, (string) $order);

        self::assertSame($customer, $result->customerId());
        self::assertNull($result->orderId());
    }

    public function testUnknownEmailAttachesToTheRegisteredOwnerOfTheOrder(): void
    {
        $owner = $this->addCustomer('shop-account@x.fr');
        $order = $this->addOrder($owner, 'ZXCVBNMAS');

        $byId = $this->matcher()->match(1, 'erp-contact@x.fr', null, (string) $order);
        $byReference = $this->matcher()->match(1, 'not an e-mail', null, 'ZXCVBNMAS');

        self::assertSame($owner, $byId->customerId());
        self::assertSame(MatchMethod::ORDER, $byId->method());
        self::assertSame($order, $byId->orderId());
        self::assertSame($owner, $byReference->customerId());
    }

    public function testOrderNeverOverridesAGuestOnlyOrAmbiguousEmail(): void
    {
        $owner = $this->addCustomer('owner@x.fr');
        $order = $this->addOrder($owner);
        $this->addCustomer('guest@x.fr', ['guest' => true]);

        self::assertSame(WaitingReason::GUEST_ONLY, $this->matcher()->match(1, 'guest@x.fr', null, (string) $order)->reason());
    }

    public function testOrderOfAGuestOrDeletedCustomerAttachesNobody(): void
    {
        $guest = $this->addCustomer('g@x.fr', ['guest' => true]);
        $deleted = $this->addCustomer('d@x.fr', ['deleted' => true]);
        $guestOrder = $this->addOrder($guest, 'AAAAAAAAA');
        $deletedOrder = $this->addOrder($deleted, 'BBBBBBBBB');

        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'x@x.fr', null, (string) $guestOrder)->reason());
        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'x@x.fr', null, (string) $deletedOrder)->reason());
    }

    public function testOrderReferenceSharedByOrdersOfTwoCustomersIsNoOrder(): void
    {
        $first = $this->addCustomer('one@x.fr');
        $second = $this->addCustomer('two@x.fr');
        $this->addOrder($first, 'SHAREDREF');
        $this->addOrder($second, 'SHAREDREF');

        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'x@x.fr', null, 'SHAREDREF')->reason());
        self::assertNull($this->matcher()->match(1, 'one@x.fr', null, 'SHAREDREF')->orderId());
    }

    public function testOrderReferenceSharedByOrdersOfOneCustomerLinksTheFirstOrder(): void
    {
        $customer = $this->addCustomer('one@x.fr');
        $firstOrder = $this->addOrder($customer, 'CARTSPLIT');
        $this->addOrder($customer, 'CARTSPLIT');

        self::assertSame($firstOrder, $this->matcher()->match(1, 'one@x.fr', null, 'CARTSPLIT')->orderId());
    }

    public function testOrderOfAnotherShopIsOutOfScope(): void
    {
        $this->addShop(2, 1);
        $owner = $this->addCustomer('owner@x.fr', ['shop' => 2]);
        $order = $this->addOrder($owner, 'OTHERSHOP', 2);

        self::assertSame(WaitingReason::NO_ACCOUNT, $this->matcher()->match(1, 'x@x.fr', null, (string) $order)->reason());
    }

    public function testIsAssignableOnlyForRegisteredLiveCustomersInScope(): void
    {
        $this->addShop(2, 1);
        $matcher = $this->matcher();

        self::assertTrue($matcher->isAssignable(1, $this->addCustomer('ok@x.fr')));
        self::assertFalse($matcher->isAssignable(1, $this->addCustomer('g@x.fr', ['guest' => true])));
        self::assertFalse($matcher->isAssignable(1, $this->addCustomer('d@x.fr', ['deleted' => true])));
        self::assertFalse($matcher->isAssignable(1, $this->addCustomer('o@x.fr', ['shop' => 2])));
        self::assertFalse($matcher->isAssignable(1, 999999));
    }
}
