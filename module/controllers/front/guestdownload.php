<?php
/**
 * A guest order's PDF, for the guest order tracking session that proved the order (reference + e-mail). Thin:
 * Ebpdocuments\Customer\GuestOrderDocuments decides; every refusal is the same not-found page.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';

use Ebpdocuments\Customer\DocumentNotFound;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\ResponseEmitter;
use Ebpdocuments\Shop\ContextParts;
use Ebpdocuments\Shop\GuestTrackingSession;

class EbpdocumentsGuestdownloadModuleFrontController extends ModuleFrontController
{
    /** @var Ebpdocuments */
    public $module;

    public function postProcess()
    {
        $app = $this->module->app();
        $query = Request::fromSymfony(\Symfony\Component\HttpFoundation\Request::createFromGlobals())->query();
        try {
            $response = $app->customer()->guestOrderDocuments()->download(
                isset($query['id']) ? $query['id'] : null,
                isset($query['token']) ? $query['token'] : null,
                GuestTrackingSession::provenOrders($this->context),
                $app->shopId()
            );
        } catch (DocumentNotFound $e) {
            return; // initContent() renders the not-found page
        }
        (new ResponseEmitter())->emit($response);
        exit;
    }

    public function initContent()
    {
        parent::initContent();
        header('HTTP/1.1 404 Not Found');
        header('Status: 404 Not Found');
        header('Cache-Control: private, no-store');
        ContextParts::smarty($this->context)->assign([
            'ebpdocuments_my_documents_url' => ContextParts::link($this->context)->getPageLink('guest-tracking'),
        ]);
        $this->setTemplate('module:ebpdocuments/views/templates/front/not-found.tpl');
    }
}
