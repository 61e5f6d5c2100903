<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Receiving\Auth\ApiKeyService;
use Ebpdocuments\Receiving\Auth\WebserviceRight;
use Ebpdocuments\Storage\Repository\ApiKeyRepository;

/**
 * listWebserviceKeys (view): the shop Webservice keys of the employee's shops (with the label the event log gives
 * them) and what each may do with documents
 * (the boxes of the "ebpdocuments" line in Advanced Parameters › Webservice), with links to that page built here.
 * Only the first HINT_LENGTH characters of a key ever leave the server.
 */
final class ListWebserviceKeysAction implements AdminAction
{
    const HINT_LENGTH = 6;

    /** @var ApiKeyRepository */
    private $keys;
    /** @var Links */
    private $links;
    /** @var Settings */
    private $settings;

    public function __construct(ApiKeyRepository $keys, Links $links, Settings $settings)
    {
        $this->keys = $keys;
        $this->links = $links;
        $this->settings = $settings;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $keys = [];
        foreach ($this->keys->webserviceKeysOfShops($context->shopIds(), WebserviceRight::RESOURCE, self::HINT_LENGTH) as $row) {
            $methods = self::methods($row['methods']);
            $id = (int) $row['id_webservice_account'];
            $keys[] = [
                'id' => $id,
                'description' => trim(strip_tags((string) $row['description'])),
                // As the doors label the key in the event log: getKeyActivity's items are found by it.
                'label' => ApiKeyService::webserviceKeyLabel($row),
                'hint' => (string) $row['hint'],
                'active' => (int) $row['active'] === 1,
                'shopIds' => array_map('intval', self::methods($row['shops'])),
                'canSend' => in_array(WebserviceRight::SEND, $methods, true),
                'canWithdraw' => in_array(WebserviceRight::WITHDRAW, $methods, true),
                'canReadStatus' => in_array(WebserviceRight::STATUS, $methods, true),
                'grantedByUpgrade' => $row['granted_at'] === null ? null : [
                    'methods' => self::methods($row['granted_methods']),
                    'at' => (string) $row['granted_at'],
                ],
                'editUrl' => $this->links->adminWebserviceKey($id),
            ];
        }

        return [
            'keys' => $keys,
            'acceptWebserviceKeys' => $this->settings->get(SettingKeys::ACCEPT_WEBSERVICE_KEYS) === '1',
            'webservicePageUrl' => $this->links->adminWebserviceKeys(),
        ];
    }

    /**
     * @return string[]
     */
    private static function methods(?string $list): array
    {
        return $list === null || $list === '' ? [] : explode(',', $list);
    }
}
