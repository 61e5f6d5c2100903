<?php

declare(strict_types=1);

namespace Ebpdocuments\Auth;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Who sent a request: one of the module's keys, or a Webservice key of the shop.
 */
final class AuthenticatedClient
{
    const MODULE_KEY = 'module';
    const WEBSERVICE_KEY = 'webservice';

    /** @var string */
    private $kind;
    /** @var int */
    private $keyId;
    /** @var string */
    private $label;

    public function __construct(string $kind, int $keyId, string $label)
    {
        $this->kind = $kind;
        $this->keyId = $keyId;
        $this->label = $label;
    }

    public function kind(): string
    {
        return $this->kind;
    }

    /** id_api_key for a module key; null for a Webservice key (which is not a row of our table). */
    public function apiKeyId(): ?int
    {
        return $this->kind === self::MODULE_KEY ? $this->keyId : null;
    }

    /** What the event log and the back office show: the key's label, or "Webservice #<id> <description>". */
    public function label(): string
    {
        return $this->label;
    }
}
