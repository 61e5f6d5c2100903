<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;

/**
 * Settings held in memory, starting from the defaults: for tests and the local harness.
 */
final class InMemorySettings implements Settings
{
    /** @var array<string, string> */
    private $values;

    /**
     * @param array<string, string> $overrides
     */
    public function __construct(array $overrides = [])
    {
        $this->values = array_merge(SettingKeys::defaults(), $overrides);
    }

    public function get(string $key): string
    {
        if (!array_key_exists($key, $this->values)) {
            throw new \InvalidArgumentException('Unknown setting ' . $key);
        }

        return $this->values[$key];
    }

    public function set(string $key, string $value): void
    {
        if (!array_key_exists($key, SettingKeys::defaults())) {
            throw new \InvalidArgumentException('Unknown setting ' . $key);
        }
        $this->values[$key] = $value;
    }
}
