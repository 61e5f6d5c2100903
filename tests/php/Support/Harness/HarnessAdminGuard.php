<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\BackOffice\AdminGuard;
use Ebpdocuments\Kernel\Http\Request;

/**
 * The harness's stand-in for the back-office controller (harness only): the token is the `token` query parameter
 * (as in PrestaShop's admin URLs) compared with TOKEN; tests set the employee's rights, id and shops with headers.
 * Without those headers the employee has every right on shop 1, like a super admin in a single-shop install.
 */
final class HarnessAdminGuard implements AdminGuard
{
    const TOKEN = 'harness-admin-token-0123456789abcdef';
    const PERMISSIONS_HEADER = 'X-Harness-Permissions';
    const EMPLOYEE_HEADER = 'X-Harness-Employee';
    const SHOPS_HEADER = 'X-Harness-Shops';

    /** @var Request */
    private $request;
    /** @var int */
    private $defaultShopId;

    public function __construct(Request $request, int $defaultShopId)
    {
        $this->request = $request;
        $this->defaultShopId = $defaultShopId;
    }

    public function isTokenValid(): bool
    {
        $query = $this->request->query();

        return isset($query['token']) && is_string($query['token']) && hash_equals(self::TOKEN, $query['token']);
    }

    public function can(string $permission): bool
    {
        $header = $this->request->header(self::PERMISSIONS_HEADER);
        if ($header === null) {
            return true;
        }

        return in_array($permission, array_map('trim', explode(',', $header)), true);
    }

    public function employeeId(): int
    {
        $header = $this->request->header(self::EMPLOYEE_HEADER);

        return $header === null ? 1 : (int) $header;
    }

    public function shopIds(): array
    {
        $header = $this->request->header(self::SHOPS_HEADER);
        if ($header === null || trim($header) === '') {
            return [$this->defaultShopId];
        }

        return array_map('intval', explode(',', $header));
    }
}
