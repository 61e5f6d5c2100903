<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\Query\KeyActivityQuery;
use Ebpdocuments\Receiving\Auth\ApiKeyService;
use Ebpdocuments\Receiving\Auth\WebserviceRight;
use Ebpdocuments\Storage\Repository\ApiKeyRepository;

/**
 * getKeyActivity (view) → `{items: KeyActivity[], webserviceKeys: [{id, label}]}`: each key's last call, last success
 * and last refusal (by key label, from the event log), and the shop's active Webservice keys associated with it
 * (the keys "Send a test document" can use, labelled as the doors label them).
 */
final class GetKeyActivityAction implements AdminAction
{
    /** @var KeyActivityQuery */
    private $query;
    /** @var ApiKeyRepository */
    private $keys;
    /** @var int */
    private $shopId;

    public function __construct(KeyActivityQuery $query, ApiKeyRepository $keys, int $shopId)
    {
        $this->query = $query;
        $this->keys = $keys;
        $this->shopId = $shopId;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $webservice = [];
        foreach ($this->keys->activeWebserviceKeys($this->shopId, WebserviceRight::RESOURCE) as $row) {
            $webservice[] = [
                'id' => (int) $row['id_webservice_account'],
                'label' => ApiKeyService::webserviceKeyLabel($row),
                'hint' => substr((string) $row['key'], 0, 4),
            ];
        }

        return ['items' => $this->query->byKey($context->shopIds()), 'webserviceKeys' => $webservice];
    }
}
