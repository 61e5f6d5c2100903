<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;

/**
 * Settings kept in a JSON file, so a test can change them between two HTTP requests to the harness.
 */
final class JsonFileSettings implements Settings
{
    /** @var string */
    private $file;

    public function __construct(string $file)
    {
        $this->file = $file;
    }

    public function get(string $key): string
    {
        $values = $this->all();
        if (!array_key_exists($key, $values)) {
            throw new \InvalidArgumentException('Unknown setting ' . $key);
        }

        return (string) $values[$key];
    }

    public function set(string $key, string $value): void
    {
        if (!array_key_exists($key, SettingKeys::defaults())) {
            throw new \InvalidArgumentException('Unknown setting ' . $key);
        }
        $stored = is_file($this->file) ? (array) json_decode((string) file_get_contents($this->file), true) : [];
        $stored[$key] = $value;
        file_put_contents($this->file, json_encode($stored), LOCK_EX);
    }

    /**
     * @return array<string, string>
     */
    public function all(): array
    {
        $stored = is_file($this->file) ? json_decode((string) file_get_contents($this->file), true) : [];

        return array_merge(SettingKeys::defaults(), is_array($stored) ? array_map('strval', $stored) : []);
    }
}
