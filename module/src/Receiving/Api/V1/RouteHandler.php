<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Auth\AuthenticatedClient;

/**
 * One route of API v1. The router has already authenticated the client and checked the method; the handler of the
 * request is built then, with its collaborators (Wiring\ReceivingServices::apiHandlers()).
 */
interface RouteHandler
{
    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response;
}
