<?php
/**
 * A customer's PDF download (id + per-document token). Thin: Ebpdocuments\Customer\DownloadService decides.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';

use Ebpdocuments\Customer\DocumentNotFound;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\ResponseEmitter;
use Ebpdocuments\Shop\ContextParts;
use Ebpdocuments\Shop\CustomerFrontController;

class EbpdocumentsDownloadModuleFrontController extends CustomerFrontController
{
    public function init()
    {
        // Back to this very download after login.
        $query = $this->query();
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
        $query = $this->query();
        try {
            $response = $app->customer()->download()->download(
                isset($query['id']) ? $query['id'] : null,
                isset($query['token']) ? $query['token'] : null,
                $identity,
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
        // Same page and status for every refusal: missing, someone else's, withdrawn, other shop, wrong token.
        header('HTTP/1.1 404 Not Found');
        header('Status: 404 Not Found');
        header('Cache-Control: private, no-store');
        ContextParts::smarty($this->context)->assign([
            'ebpdocuments_my_documents_url' => ContextParts::link($this->context)->getModuleLink('ebpdocuments', 'documents'),
        ]);
        $this->setTemplate('module:ebpdocuments/views/templates/front/not-found.tpl');
    }

    /**
     * @return array<string, mixed>
     */
    private function query()
    {
        return Request::fromSymfony(\Symfony\Component\HttpFoundation\Request::createFromGlobals())->query();
    }
}
