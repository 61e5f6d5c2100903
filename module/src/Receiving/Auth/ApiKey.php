<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Auth;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A module key as the back office sees it: never the secret, only a hint.
 */
final class ApiKey
{
    /** @var array<string, string|null> */
    private $row;

    /**
     * @param array<string, string|null> $row a row of ebpdocuments_api_key
     */
    public function __construct(array $row)
    {
        $this->row = $row;
    }

    public function id(): int
    {
        return (int) $this->row['id_api_key'];
    }

    public function shopId(): int
    {
        return (int) $this->row['id_shop'];
    }

    public function label(): string
    {
        return (string) $this->row['label'];
    }

    public function isActive(): bool
    {
        return (int) $this->row['active'] === 1 && $this->row['revoked_at'] === null;
    }

    /**
     * The admin AJAX shape ApiKey: {id, shopId, label, hint, active, createdAt, lastUsedAt, revokedAt}.
     *
     * @return array<string, int|string|bool|null>
     */
    public function toArray(): array
    {
        return [
            'id' => $this->id(),
            'shopId' => $this->shopId(),
            'label' => $this->label(),
            'hint' => (string) $this->row['key_hint'],
            'active' => $this->isActive(),
            'createdAt' => (string) $this->row['date_add'],
            'lastUsedAt' => $this->row['last_used_at'],
            'revokedAt' => $this->row['revoked_at'],
        ];
    }
}
