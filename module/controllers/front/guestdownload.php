<?php
/**
 * A guest order's PDF, for the guest order tracking session that proved the order (reference + e-mail). Thin:
 * Ebpdocuments\Customer\GuestOrderDocuments decides; every refusal is the same not-found page.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';

use Ebpdocuments\Shop\ContextParts;
use Ebpdocuments\Shop\DocumentDownloadPage;
use Ebpdocuments\Shop\GuestTrackingSession;

class EbpdocumentsGuestdownloadModuleFrontController extends ModuleFrontController
{
    /** @var Ebpdocuments */
    public $module;

    public function postProcess()
    {
        $app = $this->module->app();
        $query = DocumentDownloadPage::query();
        $context = $this->context;
        DocumentDownloadPage::emit(function () use ($app, $query, $context) {
            return $app->customer()->guestOrderDocuments()->download(
                isset($query['id']) ? $query['id'] : null,
                isset($query['token']) ? $query['token'] : null,
                GuestTrackingSession::provenOrders($context),
                $app->shopId()
            );
        });
    }

    public function initContent()
    {
        parent::initContent();
        DocumentDownloadPage::notFound($this, $this->context, (string) ContextParts::link($this->context)->getPageLink('guest-tracking'));
    }
}
