<?php

declare(strict_types=1);

namespace Ebpdocuments\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;
use Ebpdocuments\Http\ResponseEmitter;

/**
 * What the machine front controllers (receive, api) share: build the Application of the shop and the Request from
 * Symfony's, hand over to the door, emit its answer. A failure before the door runs (e.g. the database is down
 * while building) still gets the door's own error format.
 */
final class MachineEndpoint
{
    /**
     * @param callable(Application, Request, ErrorMapper): Response $door
     * @param callable(ErrorMapper, \Throwable): Response $onFailure
     */
    public static function run(\Context $context, \Module $module, callable $door, callable $onFailure): void
    {
        $errors = new ErrorMapper(new PrestaShopErrorLog());
        try {
            $request = Request::fromSymfony(\Symfony\Component\HttpFoundation\Request::createFromGlobals());
            $response = $door(ApplicationFactory::forShop($context, $module), $request, $errors);
        } catch (\Throwable $error) {
            $response = $onFailure($errors, $error);
        }
        (new ResponseEmitter())->emit($response);
    }
}
