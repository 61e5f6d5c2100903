<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\Kernel\Support\ServerSecret;

/**
 * The tests' and the harness' own server secret (PrestaShop uses _COOKIE_KEY_), never stored in the database.
 */
final class FixedServerSecret implements ServerSecret
{
    const DEFAULT_SECRET = 'ebpdocuments-test-secret-not-in-the-database';

    /** @var string */
    private $secret;

    public function __construct(string $secret = self::DEFAULT_SECRET)
    {
        $this->secret = $secret;
    }

    public function keyFor(string $purpose): string
    {
        return hash_hmac('sha256', 'ebpdocuments|' . $purpose, $this->secret, true);
    }
}
