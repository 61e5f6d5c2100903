<?php
/**
 * My account › My documents: the customer's list and the claim form. Thin: rules live in src/Front.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';

use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Shop\ContextParts;
use Ebpdocuments\Shop\CustomerFrontController;
use Ebpdocuments\Shop\PrestaShopCustomerIdentity;
use Ebpdocuments\Shop\PrestaShopFrontFormatter;

class EbpdocumentsDocumentsModuleFrontController extends CustomerFrontController
{
    public function init()
    {
        $this->authRedirection = urlencode(ContextParts::link($this->context)->getModuleLink('ebpdocuments', 'documents'));
        parent::init();
    }

    public function setMedia()
    {
        $result = parent::setMedia();
        // Phone layout of the list (cards), classic and Hummingbird.
        $this->registerStylesheet('module-ebpdocuments-front', 'modules/ebpdocuments/views/css/front.css', ['media' => 'all', 'priority' => 200]);

        return $result;
    }

    public function postProcess()
    {
        $app = $this->app();
        $identity = $this->allowedCustomer($app);
        $request = Request::fromSymfony(\Symfony\Component\HttpFoundation\Request::createFromGlobals());
        if ($request->method() !== 'POST') {
            return;
        }
        $post = $request->post();
        $token = isset($post['token']) && is_string($post['token']) ? $post['token'] : '';
        // Compared ourselves: isTokenValid() passes everything when the shop turned PS_TOKEN_ENABLE off.
        $tokenValid = $token !== '' && hash_equals((string) Tools::getToken(false), $token);
        $result = $app->customer()->myDocumentsPage()->post($identity, $app->shopId(), $post, $tokenValid);
        if ($result->isSuccess()) {
            $this->success[] = $result->message();
        } else {
            $this->errors[] = $result->message();
        }
        $this->redirectWithNotifications(ContextParts::link($this->context)->getModuleLink('ebpdocuments', 'documents'));
    }

    public function initContent()
    {
        parent::initContent();
        $app = $this->app();
        $identity = PrestaShopCustomerIdentity::fromContext($this->context);
        $request = Request::fromSymfony(\Symfony\Component\HttpFoundation\Request::createFromGlobals());
        $variables = $app->customer()->myDocumentsPage()->variables($identity, $app->shopId(), $request->query());
        $variables['documents'] = (new PrestaShopFrontFormatter($this->context))->documents($variables['documents']);
        $variables['formToken'] = Tools::getToken(false);

        ContextParts::smarty($this->context)->assign(['ebpdocuments' => $variables]);
        $this->setTemplate('module:ebpdocuments/views/templates/front/documents.tpl');
    }

    public function getBreadcrumbLinks()
    {
        $breadcrumb = parent::getBreadcrumbLinks();
        $breadcrumb['links'][] = $this->addMyAccountToBreadcrumb();
        $breadcrumb['links'][] = [
            'title' => $this->trans('My documents', [], 'Modules.Ebpdocuments.Shop'),
            'url' => ContextParts::link($this->context)->getModuleLink('ebpdocuments', 'documents'),
        ];

        return $breadcrumb;
    }

    public function getTemplateVarPage()
    {
        $page = parent::getTemplateVarPage();
        $page['meta']['title'] = $this->trans('My documents', [], 'Modules.Ebpdocuments.Shop');

        return $page;
    }
}
