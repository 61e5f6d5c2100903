<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Repository;

use Ebpdocuments\Repository\EventRepository;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

final class EventRepositoryTest extends CoreDatabaseTestCase
{
    public function testRecordsJsonDetailAndPagesWithFiltersNewestFirst(): void
    {
        $events = new EventRepository($this->db, $this->fixedClock());
        $customer = $this->addCustomer('marie@x.fr');
        $document = ['id_document' => 7, 'id_shop' => 1, 'type' => 'invoice', 'reference' => 'FA_100%'];
        $events->record('received', $document, ['keyLabel' => 'Clé « EBP »']);
        $events->record('attached', $document, ['method' => 'email'], $customer);
        $events->record('rejected', ['id_shop' => 1], ['code' => 'pdf_not_pdf']);

        $listed = $events->listByDocument(7);
        self::assertSame(['attached', 'received'], array_column($listed, 'event'));
        self::assertSame(['keyLabel' => 'Clé « EBP »'], $listed[1]['detail']);

        $page = $events->paged(['event' => 'rejected'], 1, 10);
        self::assertSame(1, $page['total']);
        self::assertNull($page['items'][0]['id_document']);
        self::assertSame(2, $events->paged(['search' => 'FA_100%'], 1, 10)['total'], '% and _ are literal');
        self::assertSame(0, $events->paged(['search' => 'FA-100'], 1, 10)['total']);
        self::assertSame(1, $events->paged(['search' => 'Jean Dupont'], 1, 10)['total']);
        $second = $events->paged([], 2, 2);
        self::assertSame(3, $second['total']);
        self::assertSame(['received'], array_column($second['items'], 'event'));
        self::assertSame(0, $events->paged(['shopIds' => [2]], 1, 10)['total']);
    }

    public function testUnknownEventIsAProgrammingError(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        (new EventRepository($this->db, $this->fixedClock()))->record('hacked', ['id_shop' => 1]);
    }
}
