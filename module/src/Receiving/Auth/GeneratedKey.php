<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Auth;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * A key just created: the secret exists only here, to be shown once.
 */
final class GeneratedKey
{
    /** @var ApiKey */
    private $key;
    /** @var string */
    private $secret;

    public function __construct(ApiKey $key, string $secret)
    {
        $this->key = $key;
        $this->secret = $secret;
    }

    public function key(): ApiKey
    {
        return $this->key;
    }

    public function secret(): string
    {
        return $this->secret;
    }
}
