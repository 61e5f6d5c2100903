<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Auth;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Who sent a request: one of the module's keys (all rights, for its own shop), or a Webservice key of the shop with
 * the methods the merchant ticked on the "ebpdocuments" webservice resource (WebserviceRight).
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
    /** @var string[] */
    private $webserviceMethods;

    /**
     * @param string[] $webserviceMethods for a Webservice key: the methods granted on WebserviceRight::RESOURCE
     */
    public function __construct(string $kind, int $keyId, string $label, array $webserviceMethods = [])
    {
        $this->kind = $kind;
        $this->keyId = $keyId;
        $this->label = $label;
        $this->webserviceMethods = WebserviceRight::only($webserviceMethods);
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

    /**
     * Whether this client may do what $method means on the module's resource (WebserviceRight: POST send, DELETE
     * withdraw, GET status). A module key may do everything; a Webservice key only what the merchant ticked.
     */
    public function allows(string $method): bool
    {
        return $this->kind === self::MODULE_KEY || in_array(strtoupper($method), $this->webserviceMethods, true);
    }

    /** @return string[] the Webservice methods granted (empty for a module key, which needs none) */
    public function webserviceMethods(): array
    {
        return $this->webserviceMethods;
    }

    /** What the event log and the back office show: the key's label, or "Webservice #<id> <description>". */
    public function label(): string
    {
        return $this->label;
    }
}
