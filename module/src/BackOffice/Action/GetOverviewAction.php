<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\OverviewStatus;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\Query\OverviewQuery;
use Ebpdocuments\BackOffice\Query\StorageUsage;
use Ebpdocuments\BackOffice\ShopFilter;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Storage\DocumentStorage;

/**
 * getOverview (view) `{shopId?}` → `{attachedToday, attachedThisMonth, waitingTotal, waitingByReason, lastDocument,
 * recentErrors, storage}`. "Attached today" counts documents received today that are attached, which is exactly
 * the documents list filtered by status=attached and dateFrom=today, so each figure opens the list behind it.
 */
final class GetOverviewAction implements AdminAction
{
    /** @var OverviewQuery */
    private $query;
    /** @var StorageUsage */
    private $usage;
    /** @var DocumentStorage */
    private $storage;
    /** @var Clock */
    private $clock;

    public function __construct(OverviewQuery $query, StorageUsage $usage, DocumentStorage $storage, Clock $clock)
    {
        $this->query = $query;
        $this->usage = $usage;
        $this->storage = $storage;
        $this->clock = $clock;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $shopIds = ShopFilter::shopIds(new Params($params), $context);
        $today = $this->clock->now()->setTime(0, 0, 0);
        $byReason = $this->query->waitingByReason($shopIds);
        $waiting = 0;
        $waitingCapped = false;
        foreach ($byReason as $reason) {
            $waiting += $reason['count'];
            $waitingCapped = $waitingCapped || $reason['capped'];
        }

        $receivedToday = $this->query->receivedSince($shopIds, $today);
        $receivedThisMonth = $this->query->receivedSince($shopIds, $today->modify('first day of this month'));
        $lastDocument = $this->lastDocument($shopIds);
        $recentErrors = $this->recentErrors($shopIds);
        $writable = $this->storage->isWritable();

        return [
            'status' => OverviewStatus::of(
                $lastDocument === null ? null : (string) $lastDocument['receivedAt'],
                $recentErrors === [] ? null : $recentErrors[0]['at'],
                $writable,
                $this->clock->now()
            ),
            'receivedToday' => $receivedToday,
            'receivedThisMonth' => $receivedThisMonth,
            // The same rows as received-and-attached (status attached, received since): not counted twice.
            'attachedToday' => $receivedToday['attached'],
            'attachedThisMonth' => $receivedThisMonth['attached'],
            'waitingTotal' => $waiting,
            // At least waitingTotal: a reason counted up to its cap (the app shows "999+").
            'noticesWaitingCapped' => $waitingCapped,
            'waitingByReason' => $byReason,
            'lastDocument' => $lastDocument,
            'recentErrors' => $recentErrors,
            'storage' => ['usedBytes' => $this->usage->usedBytes(), 'writable' => $writable],
        ];
    }

    /**
     * @param int[] $shopIds
     *
     * @return array<string, int|string>|null
     */
    private function lastDocument(array $shopIds): ?array
    {
        $row = $this->query->lastDocument($shopIds);
        if ($row === null) {
            return null;
        }

        return [
            'id' => (int) $row['id_document'],
            'type' => (string) $row['type'],
            'reference' => (string) $row['reference'],
            'receivedAt' => (string) $row['date_add'],
            'keyLabel' => (string) $row['key_label'],
            'source' => (string) $row['source'],
        ];
    }

    /**
     * @param int[] $shopIds
     *
     * @return array<int, array{at: string, code: string, message: string, keyLabel: ?string}>
     */
    private function recentErrors(array $shopIds): array
    {
        $errors = [];
        foreach ($this->query->recentRejections($shopIds) as $row) {
            $detail = json_decode((string) $row['detail'], true);
            $detail = is_array($detail) ? $detail : [];
            $errors[] = [
                'at' => (string) $row['date_add'],
                'code' => isset($detail['code']) && is_string($detail['code']) ? $detail['code'] : '',
                'message' => isset($detail['message']) && is_string($detail['message']) ? $detail['message'] : '',
                'keyLabel' => isset($detail['keyLabel']) && is_string($detail['keyLabel']) ? $detail['keyLabel'] : null,
            ];
        }

        return $errors;
    }
}
