<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A ShopEnvironment given as values (tests, the harness, and the default of plain PHP runs).
 */
final class FixedShopEnvironment implements ShopEnvironment
{
    /** @var string */
    private $rootDir;
    /** @var string */
    private $baseUrl;
    /** @var bool */
    private $maintenance;
    /** @var bool */
    private $friendlyUrls;
    /** @var bool */
    private $sslEnabled;

    public function __construct(string $rootDir = '', string $baseUrl = '', bool $maintenance = false, bool $friendlyUrls = false, bool $sslEnabled = false)
    {
        $this->rootDir = rtrim($rootDir, '/\\');
        $this->baseUrl = $baseUrl === '' ? '' : rtrim($baseUrl, '/') . '/';
        $this->maintenance = $maintenance;
        $this->friendlyUrls = $friendlyUrls;
        $this->sslEnabled = $sslEnabled;
    }

    public function rootDir(): string
    {
        return $this->rootDir;
    }

    public function baseUrl(): string
    {
        return $this->baseUrl;
    }

    public function maintenance(): bool
    {
        return $this->maintenance;
    }

    public function friendlyUrls(): bool
    {
        return $this->friendlyUrls;
    }

    public function sslEnabled(): bool
    {
        return $this->sslEnabled;
    }
}
