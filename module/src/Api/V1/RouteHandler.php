<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;

/**
 * One route of API v1. The router has already authenticated the client and checked the method; the handler of the
 * request is built then, with its collaborators (Wiring\ReceivingServices::apiHandlers()).
 */
interface RouteHandler
{
    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response;
}
