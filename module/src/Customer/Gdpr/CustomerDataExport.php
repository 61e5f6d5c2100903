<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer\Gdpr;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\ShopWordings;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;

/**
 * actionExportGDPRData: psgdpr json_decodes what each module returns and files it under the module's name, one
 * row per entry. We list the customer's documents (type, number, date), all shops.
 */
final class CustomerDataExport
{
    /** @var Connection */
    private $connection;
    /** @var ShopWordings */
    private $wordings;

    public function __construct(Connection $connection, ShopWordings $wordings)
    {
        $this->connection = $connection;
        $this->wordings = $wordings;
    }

    /**
     * @return string JSON list of {type, number, date}
     */
    public function exportJson(int $customerId): string
    {
        $rows = $customerId <= 0 ? [] : $this->connection->fetchAll(
            'SELECT type, reference, document_date FROM PREFIX_ebpdocuments_document
             WHERE id_customer = :customer AND status = :attached
             ORDER BY document_date DESC, id_document DESC',
            ['customer' => $customerId, 'attached' => DocumentStatus::ATTACHED]
        );
        $items = [];
        foreach ($rows as $row) {
            $items[] = [
                'type' => $this->wordings->typeLabel((string) $row['type']),
                'number' => (string) $row['reference'],
                'date' => $row['document_date'] === null ? '' : (string) $row['document_date'],
            ];
        }
        $json = json_encode($items, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);

        return $json === false ? '[]' : $json;
    }
}
