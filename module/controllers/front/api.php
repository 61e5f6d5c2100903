<?php
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';

use Ebpdocuments\Application;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Shop\MachineFrontController;

/**
 * API v1: index.php?fc=module&module=ebpdocuments&controller=api&route=v1/... (JSON, Bearer key; module/openapi.yaml).
 */
class EbpdocumentsApiModuleFrontController extends MachineFrontController
{
    protected function answer(Application $app, Request $request, ErrorMapper $errors): Response
    {
        return $app->receiving()->apiRouter($errors)->handle($request);
    }

    protected function answerFailure(ErrorMapper $errors, \Throwable $error): Response
    {
        return $errors->forApi($error);
    }
}
