<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Links;

/**
 * The URLs the merchant pastes into the connector, and the API's description.
 */
final class SetupUrls
{
    /** API v1 route that serves the OpenAPI description (module/openapi.yaml). */
    const OPENAPI_ROUTE = 'v1/openapi';

    /**
     * @return array{receive: string, api: string, openApi: string}
     */
    public static function of(Links $links): array
    {
        $api = $links->apiEndpoint();

        return [
            'receive' => $links->receiveEndpoint(),
            'api' => $api,
            'openApi' => $api . (strpos($api, '?') === false ? '?' : '&') . 'route=' . rawurlencode(self::OPENAPI_ROUTE),
        ];
    }
}
