<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;

/**
 * One route of API v1. The router has already authenticated the client and checked the method; it builds the handler
 * as new Handler(Application, ErrorMapper).
 */
interface RouteHandler
{
    public function handle(Request $request, AuthenticatedClient $client): Response;
}
