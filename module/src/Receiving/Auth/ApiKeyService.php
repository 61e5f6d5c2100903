<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Auth;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Storage\Repository\ApiKeyRepository;

/**
 * Creates, lists and revokes the module's keys, and tells who presented a key.
 *
 * Module keys are "ebp_" + 32 random bytes in base64url (47 characters); only their sha256 is stored, with the first
 * characters as a hint. Each belongs to one shop (id_shop): presented to another shop it is unknown there. The shop's
 * Webservice keys (what E-connecteur sends) are recognised when the setting allows it, only if active and associated
 * with the shop, compared in constant time and case-sensitively (the column is _ci); what they may do is the
 * merchant's choice on the webservice resource WebserviceRight::RESOURCE (AuthenticatedClient::allows()).
 */
final class ApiKeyService
{
    const PREFIX = 'ebp_';
    const RANDOM_BYTES = 32;
    const HINT_LENGTH = 10;
    const LABEL_MAX = 64;
    /** PrestaShop's Webservice keys: never the length of the module's own. */
    const WEBSERVICE_KEY_LENGTH = 32;
    /** Longer keys are not ours: refused before hashing anything. */
    const PRESENTED_MAX = 256;
    /** last_used_at is written at most this often per key. */
    const LAST_USE_PERIOD_SECONDS = 60;

    /** @var ApiKeyRepository */
    private $keys;
    /** @var Clock */
    private $clock;

    public function __construct(ApiKeyRepository $keys, Clock $clock)
    {
        $this->keys = $keys;
        $this->clock = $clock;
    }

    public function create(string $label, int $shopId): GeneratedKey
    {
        $label = trim($label);
        if ($label === '' || mb_strlen($label, 'UTF-8') > self::LABEL_MAX || !mb_check_encoding($label, 'UTF-8')
            || preg_match('/[\x00-\x1F\x7F]/', $label)) {
            throw Refusal::validation('label', 'Give the key a label of 1 to 64 characters.');
        }
        $secret = self::PREFIX . rtrim(strtr(base64_encode(random_bytes(self::RANDOM_BYTES)), '+/', '-_'), '=');
        $id = $this->keys->insert($shopId, $label, self::hash($secret), substr($secret, 0, self::HINT_LENGTH), $this->clock->now());

        return new GeneratedKey($this->get($id), $secret);
    }

    /**
     * @param int[] $shopIds
     *
     * @return ApiKey[] the keys of these shops, newest first
     */
    public function ofShops(array $shopIds): array
    {
        $keys = [];
        foreach ($this->keys->ofShops($shopIds) as $row) {
            $keys[] = new ApiKey($row);
        }

        return $keys;
    }

    /**
     * @param int[]|null $shopIds the shops the caller sees (null: any); a key of another shop is "not found"
     */
    public function get(int $id, ?array $shopIds = null): ApiKey
    {
        $row = $this->keys->find($id);
        if ($row === null || ($shopIds !== null && !in_array((int) $row['id_shop'], array_map('intval', $shopIds), true))) {
            throw Refusal::notFound('No such key.');
        }

        return new ApiKey($row);
    }

    /**
     * Revoking twice keeps the first revocation date.
     *
     * @param int[]|null $shopIds the shops the caller sees (null: any)
     */
    public function revoke(int $id, ?array $shopIds = null): ApiKey
    {
        $this->get($id, $shopIds);
        $this->keys->revoke($id, $this->clock->now());

        return $this->get($id);
    }

    /**
     * The client owning $presented, or null. An empty key is never accepted, whatever is stored.
     */
    public function authenticate(string $presented, int $shopId, bool $acceptWebserviceKeys): ?AuthenticatedClient
    {
        if ($presented === '' || strlen($presented) > self::PRESENTED_MAX) {
            return null;
        }
        // A module key never has a Webservice key's length (see the class comment): each kind is looked for only where
        // it can be, one statement per push (E-connecteur sends the Webservice key: no module-key miss first).
        if (strlen($presented) === self::WEBSERVICE_KEY_LENGTH) {
            return $acceptWebserviceKeys ? $this->webserviceKey($presented, $shopId) : null;
        }

        return $this->moduleKey($presented, $shopId);
    }

    public static function hash(string $secret): string
    {
        return hash('sha256', $secret);
    }

    private function moduleKey(string $presented, int $shopId): ?AuthenticatedClient
    {
        $hash = self::hash($presented);
        // Looking up by the hash reveals nothing useful through timing: the attacker does not control the hash.
        $row = $this->keys->findByHash($hash);
        if ($row === null || !hash_equals((string) $row['key_hash'], $hash)) {
            return null;
        }
        if ((int) $row['active'] !== 1 || $row['revoked_at'] !== null || (int) $row['id_shop'] !== $shopId) {
            return null;
        }
        $now = $this->clock->now();
        $notSince = $now->modify('-' . self::LAST_USE_PERIOD_SECONDS . ' seconds');
        // The row just read says whether the minute is over: no statement at all for the other pushes of the minute.
        if ($row['last_used_at'] === null || (string) $row['last_used_at'] < $notSince->format('Y-m-d H:i:s')) {
            $this->keys->touchLastUsed((int) $row['id_api_key'], $now, $notSince);
        }

        return new AuthenticatedClient(AuthenticatedClient::MODULE_KEY, (int) $row['id_api_key'], (string) $row['label']);
    }

    /**
     * @param string $presented WEBSERVICE_KEY_LENGTH characters
     */
    private function webserviceKey(string $presented, int $shopId): ?AuthenticatedClient
    {
        $found = null;
        // Every candidate is compared, without stopping at the first match, so timing says nothing about which.
        foreach ($this->keys->activeWebserviceKeys($shopId, WebserviceRight::RESOURCE) as $row) {
            $stored = (string) $row['key'];
            if (strlen($stored) === self::WEBSERVICE_KEY_LENGTH && hash_equals($stored, $presented) && $found === null) {
                $found = $row;
            }
        }
        if ($found === null) {
            return null;
        }
        $label = self::webserviceKeyLabel($found);

        $methods = $found['methods'] === null || $found['methods'] === '' ? [] : explode(',', (string) $found['methods']);

        return new AuthenticatedClient(AuthenticatedClient::WEBSERVICE_KEY, (int) $found['id_webservice_account'], mb_substr($label, 0, self::LABEL_MAX, 'UTF-8'), $methods);
    }

    /**
     * How a shop Webservice key is named in the event log, the key activity and the test document ("Webservice #3
     * E-connecteur"); the 1.1.0 upgrade reads the id back from it (GrantWebserviceRightToSenders::LABEL_PREFIX).
     *
     * @param array<string, mixed> $row id_webservice_account, description
     */
    public static function webserviceKeyLabel(array $row): string
    {
        return trim('Webservice #' . $row['id_webservice_account'] . ' ' . trim(strip_tags((string) $row['description'])));
    }
}
