<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;
use Ebpdocuments\Customer\CustomerIdentity;

/**
 * What the customer's pages (documents, download) share: logged-in registered customers only, kept out of search
 * engines, and the module's Application.
 */
abstract class CustomerFrontController extends \ModuleFrontController
{
    /** PrestaShop sends visitors who are not logged in (guests included) to the login page, then back here. */
    public $auth = true;

    /**
     * The customer of the request; one the module's guard refuses goes to the login page, then back here.
     */
    protected function allowedCustomer(Application $app): CustomerIdentity
    {
        $identity = PrestaShopCustomerIdentity::fromContext($this->context);
        if (!$app->customer()->customerPageGuard()->allows($identity)) {
            \Tools::redirect('index.php?controller=authentication&back=' . $this->authRedirection);
        }

        return $identity;
    }

    public function getTemplateVarPage()
    {
        $page = parent::getTemplateVarPage();
        $page['meta']['robots'] = 'noindex';

        return $page;
    }

    protected function app(): Application
    {
        $module = $this->module;
        if (!$module instanceof \Ebpdocuments) {
            throw new \LogicException('ebpdocuments: unexpected module instance');
        }

        return $module->app();
    }
}
