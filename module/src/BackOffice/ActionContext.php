<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Who runs an action and over which shops: handed by the dispatcher to every action, so that no action reads
 * the back-office context itself.
 */
final class ActionContext
{
    /** @var int */
    private $employeeId;
    /** @var int[] */
    private $shopIds;

    /**
     * @param int[] $shopIds
     */
    public function __construct(int $employeeId, array $shopIds)
    {
        $ids = [];
        foreach ($shopIds as $shopId) {
            if ((int) $shopId > 0) {
                $ids[] = (int) $shopId;
            }
        }
        if ($ids === []) {
            throw new \InvalidArgumentException('An admin action needs at least one shop');
        }
        $this->employeeId = $employeeId;
        $this->shopIds = array_values(array_unique($ids));
    }

    public static function fromGuard(AdminGuard $guard): self
    {
        return new self($guard->employeeId(), $guard->shopIds());
    }

    public function employeeId(): int
    {
        return $this->employeeId;
    }

    /**
     * @return int[]
     */
    public function shopIds(): array
    {
        return $this->shopIds;
    }

    public function sees(int $shopId): bool
    {
        return in_array($shopId, $this->shopIds, true);
    }
}
