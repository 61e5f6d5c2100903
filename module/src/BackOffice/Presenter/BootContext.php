<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Presenter;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What only the back-office controller knows (from PrestaShop's Context and Link), handed to AdminBootPresenter.
 */
final class BootContext
{
    /** @var string */
    public $ajaxUrl;
    /** @var string */
    public $psVersion;
    /** @var string e.g. "fr-FR" */
    public $locale;
    /** @var string */
    public $currencyIsoCode;
    /** @var array{view: bool, edit: bool, delete: bool} */
    public $permissions;
    /** @var array<int, array{id: int, name: string}> shops the employee sees */
    public $shops;

    /**
     * @param array{view: bool, edit: bool, delete: bool} $permissions
     * @param array<int, array{id: int, name: string}> $shops
     */
    public function __construct(string $ajaxUrl, string $psVersion, string $locale, string $currencyIsoCode, array $permissions, array $shops)
    {
        $this->ajaxUrl = $ajaxUrl;
        $this->psVersion = $psVersion;
        $this->locale = $locale;
        $this->currencyIsoCode = $currencyIsoCode;
        $this->permissions = $permissions;
        $this->shops = $shops;
    }

    /**
     * @return int[]
     */
    public function shopIds(): array
    {
        return array_map(function (array $shop): int {
            return (int) $shop['id'];
        }, $this->shops);
    }
}
