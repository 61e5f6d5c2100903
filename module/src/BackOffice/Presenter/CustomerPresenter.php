<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Presenter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Links;

/**
 * The `{id, name, email, url}` customer summary shared by document and event rows. A customer row that is gone
 * (hard-deleted) keeps its id with an empty name, so the app can still say "customer #12".
 */
final class CustomerPresenter
{
    /**
     * @return array{id: int, name: string, email: string, url: string}
     */
    public static function summary(int $customerId, ?string $firstname, ?string $lastname, ?string $email, Links $links): array
    {
        return [
            'id' => $customerId,
            'name' => trim((string) $firstname . ' ' . (string) $lastname),
            'email' => (string) $email,
            'url' => $links->adminCustomer($customerId),
        ];
    }
}
