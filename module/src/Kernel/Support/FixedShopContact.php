<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A ShopContact given as values (tests, the harness, and the default of plain PHP runs: no address, so no mail).
 */
final class FixedShopContact implements ShopContact
{
    /** @var string */
    private $email;
    /** @var string */
    private $name;
    /** @var int */
    private $languageId;
    /** @var string */
    private $dateTimeFormat;

    public function __construct(string $email = '', string $name = '', int $languageId = 1, string $dateTimeFormat = 'Y-m-d H:i')
    {
        $this->email = $email;
        $this->name = $name;
        $this->languageId = $languageId;
        $this->dateTimeFormat = $dateTimeFormat;
    }

    public function email(): string
    {
        return $this->email;
    }

    public function name(): string
    {
        return $this->name;
    }

    public function languageId(): int
    {
        return $this->languageId;
    }

    public function dateTimeFormat(): string
    {
        return $this->dateTimeFormat;
    }
}
