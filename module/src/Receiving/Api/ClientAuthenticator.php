<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Receiving\Auth\ApiKeyService;
use Ebpdocuments\Receiving\Auth\AuthenticatedClient;
use Ebpdocuments\Receiving\Auth\AuthThrottle;
use Ebpdocuments\Receiving\Auth\WebserviceRight;

/**
 * The key check of both doors. The key is checked first and a valid key is always accepted: only failures are
 * throttled (AuthThrottle), so nobody else's bad attempts from the same address ever lock a connector out. A
 * missing, wrong, revoked or other-shop key gets the same 401 and counts one failure (429 once the address spent its
 * budget). A shop Webservice key is recognised but may act only with the right the merchant ticked on the module's
 * webservice resource (WebserviceRight): without it, 401 naming the place and the box, not counted as a failure.
 */
final class ClientAuthenticator
{
    const RIGHT_MISSING = 'webservice_right_missing';
    const KEY_MISSING = 'Missing key: send the module key (or the shop webservice key).';
    const KEY_REFUSED = 'Invalid key: unknown, revoked, inactive or not allowed for this shop.';

    /** @var ApiKeyService */
    private $keys;
    /** @var AuthThrottle */
    private $throttle;
    /** @var Settings */
    private $settings;
    /** @var int */
    private $shopId;

    public function __construct(ApiKeyService $keys, AuthThrottle $throttle, Settings $settings, int $shopId)
    {
        $this->keys = $keys;
        $this->throttle = $throttle;
        $this->settings = $settings;
        $this->shopId = $shopId;
    }

    /**
     * Who presented the key (then authorize() what it may do).
     *
     * @param string|null $presented null when the request carries no key at all
     *
     * @throws Refusal 401, or 429 (Refusal::tooManyRequests) for an address over its failure budget
     */
    public function authenticate(?string $presented, string $clientIp, string $field): AuthenticatedClient
    {
        if ($presented === null || $presented === '') {
            $this->throttle->recordFailure($clientIp);
            throw Refusal::unauthenticated(self::KEY_MISSING, $field);
        }
        $acceptWebservice = $this->settings->get(SettingKeys::ACCEPT_WEBSERVICE_KEYS) === '1';
        $client = $this->keys->authenticate($presented, $this->shopId, $acceptWebservice);
        if ($client === null) {
            $this->throttle->recordFailure($clientIp);
            throw Refusal::unauthenticated(self::KEY_REFUSED, $field);
        }

        return $client;
    }

    /**
     * Whether the client may do $method on the module's resource: a module key may do everything, a Webservice key
     * what the merchant ticked (401 naming the place and the box otherwise; not a failure of the throttle: the key
     * is right, only the merchant's choice is missing).
     *
     * @param string|null $method WebserviceRight::SEND, WITHDRAW or STATUS; null when any of them will do (health)
     *
     * @throws Refusal
     */
    public function authorize(AuthenticatedClient $client, ?string $method, string $field): void
    {
        $allowed = $method === null ? ($client->apiKeyId() !== null || $client->webserviceMethods() !== []) : $client->allows($method);
        if (!$allowed) {
            throw Refusal::unauthenticated(WebserviceRight::REFUSALS[$method === null ? WebserviceRight::SEND : $method], $field, self::RIGHT_MISSING);
        }
    }
}
