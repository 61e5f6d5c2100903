<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Receiving\Auth\ApiKeyService;

/**
 * createKey (edit) `{label}` → `{key: ApiKey, secret}`: the only moment the secret exists outside the connector.
 */
final class CreateKeyAction extends ApiKeyAction
{
    public function handle(array $params, ActionContext $context): array
    {
        $params = new Params($params);
        $label = $params->string('label', ApiKeyService::LABEL_MAX);
        if ($label === '') {
            throw Refusal::validation('label', AdminMessages::KEY_LABEL);
        }
        $created = $this->keys->create($label, self::shopOf($params, $context));

        return ['key' => $created->key()->toArray(), 'secret' => $created->secret()];
    }

    /**
     * The shop the key is made for: shopId when given (one of the employee's shops), else the context's only shop;
     * with several shops in the context the employee must choose.
     */
    private static function shopOf(Params $params, ActionContext $context): int
    {
        $shopId = $params->optionalId('shopId');
        if ($shopId === null) {
            $shops = $context->shopIds();
            if (count($shops) !== 1) {
                throw Refusal::validation('shopId', AdminMessages::NOT_A_CHOICE);
            }

            return $shops[0];
        }
        if (!$context->sees($shopId)) {
            throw Refusal::validation('shopId', AdminMessages::NOT_A_CHOICE);
        }

        return $shopId;
    }
}
