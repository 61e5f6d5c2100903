<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Receiving\Auth\AuthThrottle;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * Records refused requests as `rejected` events, so the back office shows the merchant what the connector got wrong
 * (overview "recent errors"). Unknown routes or documents (404), method and throttling refusals are noise and are not recorded.
 * Never fails the answer.
 */
final class RejectionLog
{
    const NOT_RECORDED = [404, 405, 429];

    /** @var EventRepository */
    private $events;
    /** @var int */
    private $shopId;
    /** @var AuthThrottle|null budget of refusals recorded per address before any key was accepted */
    private $anonymousBudget;

    public function __construct(EventRepository $events, int $shopId, ?AuthThrottle $anonymousBudget = null)
    {
        $this->events = $events;
        $this->shopId = $shopId;
        $this->anonymousBudget = $anonymousBudget;
    }

    /**
     * @param array<string, mixed> $fields the request's type/reference when readable, for the event's columns
     * @param string $clientIp the sender's address: refusals without an accepted key ($keyLabel null) are recorded
     *                         at most AuthThrottle::MAX_FAILURES times per address and window, so strangers cannot
     *                         fill the log (and push the connector's real errors out of the overview)
     */
    public function record(Refusal $refusal, string $message, ?string $keyLabel, array $fields = [], string $clientIp = ''): void
    {
        if (in_array($refusal->status(), self::NOT_RECORDED, true) || $refusal->status() >= 500) {
            return;
        }
        try {
            if ($keyLabel === null && $this->anonymousBudget !== null && !$this->anonymousBudget->take($clientIp)) {
                return;
            }
        } catch (\Throwable $ignored) {
            return;
        }
        $type = isset($fields['type']) && is_string($fields['type']) ? DocumentType::fromText($fields['type']) : '';
        $reference = isset($fields['reference']) && is_string($fields['reference']) && mb_check_encoding($fields['reference'], 'UTF-8')
            ? trim(str_replace("\0", '', $fields['reference'])) : '';
        try {
            $this->events->record(
                EventType::REJECTED,
                ['id_shop' => $this->shopId, 'type' => $type, 'reference' => $reference],
                ['code' => $refusal->errorCode(), 'message' => $message, 'keyLabel' => $keyLabel, 'field' => $refusal->field()]
            );
        } catch (\Throwable $ignored) {
            // The answer matters more than the log line.
        }
    }
}
