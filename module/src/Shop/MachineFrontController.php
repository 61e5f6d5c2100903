<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Http\ResponseEmitter;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Kernel\Translation\FallbackTranslator;
use Ebpdocuments\Kernel\Translation\ModuleCatalogue;
use Ebpdocuments\Receiving\Api\ErrorMapper;

/**
 * What the machine front controllers (receive, api) share: none of a shop page's behaviour, build the Application of
 * the shop and the Request from Symfony's, hand over to the door, emit its answer. A failure before the door runs
 * (e.g. the database is down while building) still gets the door's own error format.
 */
abstract class MachineFrontController extends \ModuleFrontController
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
        // PHP's "Maximum number of allowable file uploads has been exceeded", if nothing overwrote it since PHP read
        // the request (best effort: BatchDocumentsHandler also infers dropped parts from the ones it misses).
        $lastError = error_get_last();
        ContextParts::cookie($this->context)->disallowWriting();
        $errors = new ErrorMapper(new PrestaShopErrorLog(), $this->connectorLanguage());
        try {
            $request = Request::fromSymfony(\Symfony\Component\HttpFoundation\Request::createFromGlobals())
                ->withFilePartsDropped(Request::droppedFilePartsIn($lastError));
            $response = $this->answer(ApplicationFactory::forShop($this->context, $this->module), $request, $errors);
        } catch (\Throwable $error) {
            $response = $this->answerFailure($errors, $error);
        }
        (new ResponseEmitter())->emit($response);
        exit;
    }

    /**
     * The connector's language (ErrorMapper::CONNECTOR_LOCALE): PrestaShop's translator for it, built when first
     * needed; the module's own catalogue when PrestaShop has nothing (or fails: the door must still answer).
     */
    private function connectorLanguage(): Translator
    {
        $context = $this->context;

        return new FallbackTranslator(function () use ($context): Translator {
            return (new PrestaShopLanguageTranslators($context))->forLocale(ErrorMapper::CONNECTOR_LOCALE);
        }, new ModuleCatalogue(ErrorMapper::CONNECTOR_LOCALE));
    }

    /** The door's answer to the request. */
    abstract protected function answer(Application $app, Request $request, ErrorMapper $errors): Response;

    /** A failure outside the door, in the door's own error format. */
    abstract protected function answerFailure(ErrorMapper $errors, \Throwable $error): Response;

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
     * @param \Country $defaultCountry
     *
     * @return false
     */
    protected function geolocationManagement($defaultCountry)
    {
        return false;
    }
}
