<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What the back office tells about the employee behind one AJAX request: is the request's token theirs, which rights
 * they have on the module's tab, who they are, and which shops they see. PrestaShop's controller answers in
 * Shop\PrestaShopAdminGuard; the HTTP test harness has its own.
 */
interface AdminGuard
{
    public function isTokenValid(): bool;

    /**
     * @param string $permission view | edit | delete
     */
    public function can(string $permission): bool;

    public function employeeId(): int;

    /**
     * Shops whose documents the employee may see (the back office's shop context); never empty.
     *
     * @return int[]
     */
    public function shopIds(): array;
}
