<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\AdminGuard;

/**
 * The back-office controller's own answers: its token check (PrestaShop's, including PS 9's Symfony CSRF token),
 * the employee's rights on the module's tab (access('view'|'edit'|'delete'), which core never checks for AJAX
 * actions), and the shops of the current shop context.
 */
final class PrestaShopAdminGuard implements AdminGuard
{
    const PERMISSIONS = ['view', 'edit', 'delete'];

    /** @var \AdminController */
    private $controller;
    /** @var \Context */
    private $context;

    public function __construct(\AdminController $controller, \Context $context)
    {
        $this->controller = $controller;
        $this->context = $context;
    }

    public function isTokenValid(): bool
    {
        return isset($this->context->employee) && $this->context->employee->isLoggedBack() && (bool) $this->controller->checkToken();
    }

    public function can(string $permission): bool
    {
        return in_array($permission, self::PERMISSIONS, true) && (bool) $this->controller->access($permission);
    }

    public function employeeId(): int
    {
        return isset($this->context->employee) ? (int) $this->context->employee->id : 0;
    }

    public function shopIds(): array
    {
        $ids = array_map('intval', (array) \Shop::getContextListShopID());

        return $ids === [] ? [ContextParts::shopId($this->context)] : $ids;
    }
}
