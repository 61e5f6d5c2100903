<?php
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';

use Ebpdocuments\Adapter\MachineFrontController;
use Ebpdocuments\Application;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;

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
