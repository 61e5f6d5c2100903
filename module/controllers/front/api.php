<?php
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';

use Ebpdocuments\Adapter\MachineEndpoint;
use Ebpdocuments\Api\V1\ApiRouter;
use Ebpdocuments\Application;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;

/**
 * API v1: index.php?fc=module&module=ebpdocuments&controller=api&route=v1/... (JSON, Bearer key; module/openapi.yaml).
 */
class EbpdocumentsApiModuleFrontController extends ModuleFrontController
{
    /**
     * Not FrontController::init(): it redirects (SSL, canonical URL), shows the maintenance and restricted-country
     * pages, creates a cart and writes the visitor cookie, none of which a connector wants. The answer is emitted
     * here and the request ends: no theme, no page cache, no HTML around it.
     *
     * @return void
     */
    public function init()
    {
        $this->context->cookie->disallowWriting();
        MachineEndpoint::run(
            $this->context,
            $this->module,
            function (Application $app, Request $request, ErrorMapper $errors) {
                return (new ApiRouter($app, $errors))->handle($request);
            },
            function (ErrorMapper $errors, \Throwable $error) {
                return $errors->forApi($error);
            }
        );
        exit;
    }

    /**
     * Machine clients never get the maintenance page (E-connecteur must deliver while the shop is closed).
     *
     * @return void
     */
    protected function displayMaintenancePage()
    {
    }

    /** @return void */
    protected function displayRestrictedCountryPage()
    {
    }

    /** @return void */
    protected function sslRedirection()
    {
    }

    /**
     * @param string $canonical_url
     *
     * @return void
     */
    protected function canonicalRedirection($canonical_url = '')
    {
    }

    /**
     * @param Country $defaultCountry
     *
     * @return false
     */
    protected function geolocationManagement($defaultCountry)
    {
        return false;
    }
}
