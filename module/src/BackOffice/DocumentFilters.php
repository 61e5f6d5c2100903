<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Domain\WaitingReason;

/**
 * The document list's filters, read the same way by the list (listDocuments) and its exports:
 * `{search, type, status, reason, dateFrom, dateTo, customerId}` (the shops are ShopFilter's).
 */
final class DocumentFilters
{
    const SEARCH_MAX = 100;

    /**
     * @return array{search: string, type: string, status: string, reason: string, dateFrom: ?string, dateTo: ?string, customerId: int}
     */
    public static function read(Params $input): array
    {
        return [
            'search' => $input->string('search', self::SEARCH_MAX),
            'type' => $input->choice('type', DocumentType::all()),
            'status' => $input->choice('status', DocumentStatus::all()),
            'reason' => $input->choice('reason', WaitingReason::all()),
            'dateFrom' => $input->isoDate('dateFrom'),
            'dateTo' => $input->isoDate('dateTo'),
            // One customer's documents (the "see them all" link of PrestaShop's Customer page); 0: every customer.
            'customerId' => (int) $input->optionalId('customerId'),
        ];
    }
}
