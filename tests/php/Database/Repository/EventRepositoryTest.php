<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Database\Repository;

use Ebpdocuments\Storage\Repository\EventRepository;
use Ebpdocuments\Tests\Support\CoreDatabaseTestCase;

final class EventRepositoryTest extends CoreDatabaseTestCase
{
    public function testRecordsOneRowPerEventWithItsJsonDetail(): void
    {
        $events = new EventRepository($this->db, $this->fixedClock());
        $customer = $this->addCustomer('marie@x.fr');
        $document = ['id_document' => 7, 'id_shop' => 1, 'type' => 'invoice', 'reference' => 'FA_100%'];
        $events->record('received', $document, ['keyLabel' => 'Clé « EBP »']);
        $events->record('attached', $document, ['method' => 'email'], $customer);
        $events->record('rejected', ['id_shop' => 1], ['code' => 'pdf_not_pdf']);

        $rows = $this->db->fetchAll('SELECT * FROM PREFIX_ebpdocuments_event ORDER BY id_event');
        self::assertSame(['received', 'attached', 'rejected'], array_column($rows, 'event'));
        self::assertSame(['7', '7', null], array_column($rows, 'id_document'));
        self::assertSame(['FA_100%', 'FA_100%', ''], array_column($rows, 'document_reference'));
        self::assertSame([null, (string) $customer, null], array_column($rows, 'id_customer'));
        self::assertSame(['keyLabel' => 'Clé « EBP »'], json_decode((string) $rows[0]['detail'], true), 'JSON, accents kept');
        self::assertSame(['2025-03-01 10:00:00'], array_values(array_unique(array_column($rows, 'date_add'))), 'dated by the clock');
    }

    public function testUnknownEventIsAProgrammingError(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        (new EventRepository($this->db, $this->fixedClock()))->record('hacked', ['id_shop' => 1]);
    }
}
