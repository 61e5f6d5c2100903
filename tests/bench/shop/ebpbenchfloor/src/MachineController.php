<?php

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The machine-client shortcuts of the module's MachineFrontController, so the floor and the bare controller skip the
 * same parts of PrestaShop's front bootstrap as the module's door: init() answers and exits (no cart, no visitor
 * cookie written, no redirects, no maintenance or restricted-country page, no geolocation).
 */
abstract class EbpbenchfloorMachineController extends ModuleFrontController
{
    public function init()
    {
        $this->context->cookie->disallowWriting();
        $this->answer();
        exit;
    }

    abstract protected function answer();

    protected function text($status, $text)
    {
        http_response_code($status);
        header('Content-Type: text/plain; charset=utf-8');
        echo $text;
    }

    protected function displayMaintenancePage()
    {
    }

    protected function displayRestrictedCountryPage()
    {
    }

    protected function sslRedirection()
    {
    }

    protected function canonicalRedirection($canonical_url = '')
    {
    }

    protected function geolocationManagement($defaultCountry)
    {
        return false;
    }
}
