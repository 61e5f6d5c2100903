<?php
/**
 * A customer's PDF download (id + per-document token). Thin: Ebpdocuments\Customer\DownloadService decides.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';

use Ebpdocuments\Shop\ContextParts;
use Ebpdocuments\Shop\CustomerFrontController;
use Ebpdocuments\Shop\DocumentDownloadPage;

class EbpdocumentsDownloadModuleFrontController extends CustomerFrontController
{
    public function init()
    {
        // Back to this very download after login.
        $query = DocumentDownloadPage::query();
        $this->authRedirection = urlencode((string) ContextParts::link($this->context)->getModuleLink('ebpdocuments', 'download', [
            'id' => isset($query['id']) && is_string($query['id']) ? $query['id'] : '',
            'token' => isset($query['token']) && is_string($query['token']) ? $query['token'] : '',
        ]));
        parent::init();
    }

    public function postProcess()
    {
        $app = $this->app();
        $identity = $this->allowedCustomer($app);
        $query = DocumentDownloadPage::query();
        DocumentDownloadPage::emit(function () use ($app, $query, $identity) {
            return $app->customer()->download()->download(
                isset($query['id']) ? $query['id'] : null,
                isset($query['token']) ? $query['token'] : null,
                $identity,
                $app->shopId()
            );
        });
    }

    public function initContent()
    {
        parent::initContent();
        DocumentDownloadPage::notFound($this, $this->context, (string) ContextParts::link($this->context)->getModuleLink('ebpdocuments', 'documents'));
    }
}
