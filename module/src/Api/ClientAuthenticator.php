<?php

declare(strict_types=1);

namespace Ebpdocuments\Api;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Auth\ApiKeyService;
use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Auth\AuthThrottle;
use Ebpdocuments\Http\UnauthenticatedException;
use Ebpdocuments\Support\SettingKeys;
use Ebpdocuments\Support\Settings;

/**
 * The key check of both doors: throttled per client address, the same refusal for a missing, wrong, revoked or
 * other-shop key (401), each failure counted.
 */
final class ClientAuthenticator
{
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
     * @param string|null $presented null when the request carries no key at all
     *
     * @throws UnauthenticatedException|\Ebpdocuments\Http\TooManyRequestsException
     */
    public function authenticate(?string $presented, string $clientIp, string $field): AuthenticatedClient
    {
        $this->throttle->assertAllowed($clientIp);
        if ($presented === null || $presented === '') {
            $this->throttle->recordFailure($clientIp);
            throw new UnauthenticatedException(
                'Missing key: send the module key (or the shop webservice key).',
                'Clé manquante : renseignez dans le connecteur la clé du module (ou la clé webservice de la boutique), envoyée dans le champ key.',
                $field
            );
        }
        $acceptWebservice = $this->settings->get(SettingKeys::ACCEPT_WEBSERVICE_KEYS) === '1';
        $client = $this->keys->authenticate($presented, $this->shopId, $acceptWebservice);
        if ($client === null) {
            $this->throttle->recordFailure($clientIp);
            throw new UnauthenticatedException(
                'Invalid key: unknown, revoked, inactive or not allowed for this shop.',
                'Clé refusée : elle est inconnue, révoquée, inactive ou non autorisée pour cette boutique. Copiez la clé affichée dans le module (Clients › Documents EBP).',
                $field
            );
        }

        return $client;
    }
}
