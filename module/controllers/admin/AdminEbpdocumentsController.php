<?php
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';

use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\Maintenance\MaintenanceTask;
use Ebpdocuments\BackOffice\Presenter\BootContext;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Http\ResponseEmitter;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Shop\ContextParts;
use Ebpdocuments\Shop\PrestaShopAdminGuard;

/**
 * The module's back-office tab. Normal mode mounts the Vue app with its boot payload; ajax mode (`ajax=1`, the URL
 * of the payload) hands the request to BackOffice\ActionDispatcher and answers JSON only: a lost login or a bad token is a
 * 401, never PrestaShop's login redirect or "invalid token" page. No business logic here.
 */
class AdminEbpdocumentsController extends ModuleAdminController
{
    /** @var Ebpdocuments */
    public $module;

    public function __construct()
    {
        $this->bootstrap = true;
        parent::__construct();
    }

    public function init()
    {
        if ($this->isAjaxRequest() && (!isset($this->context->employee) || !$this->context->employee->isLoggedBack())) {
            // AdminController::init() would redirect to the login page, which the app cannot read.
            $this->answerUnauthenticated();
        }
        parent::init();
    }

    /**
     * Called by Controller::run() when checkAccess() (the token) fails.
     */
    public function initCursedPage()
    {
        if ($this->isAjaxRequest()) {
            $this->answerUnauthenticated();
        }
        parent::initCursedPage();
    }

    public function postProcess()
    {
        if (!$this->isAjaxRequest()) {
            return parent::postProcess();
        }
        $symfonyRequest = \Symfony\Component\HttpFoundation\Request::createFromGlobals();
        $request = Request::fromSymfony($symfonyRequest)->withBody((string) $symfonyRequest->getContent());
        $response = $this->module->app()->backOffice()->adminDispatcher()->dispatch($request, new PrestaShopAdminGuard($this, $this->context));
        $this->emit($response);
    }

    public function setMedia($isNewTheme = false)
    {
        parent::setMedia($isNewTheme);
        if (!$this->isAjaxRequest()) {
            $this->addCSS($this->module->getPathUri() . 'views/css/admin-app/app.css', 'all', null, false);
        }
    }

    public function initContent()
    {
        parent::initContent();
        if ($this->isAjaxRequest()) {
            return;
        }
        // Fallback for shops without the cronjobs module: a small daily run when the tab opens.
        try {
            // The daily summary sent by the cron (front office) links to this tab: remember its address.
            $this->module->app()->backOffice()->dailyDigest()->rememberAdminUrl();
            $this->module->app()->backOffice()->maintenance()->runIfDue(MaintenanceTask::PAGE_LOAD_BATCH, true);
        } catch (\Throwable $e) {
            // Housekeeping never breaks the page; the next cron or tomorrow's page load tries again.
            $this->module->app()->core()->errorLog()->error('ebpdocuments maintenance failed: ' . $e->getMessage());
        }
        Media::addJsDef(['ebpdocumentsAdminApp' => $this->module->app()->backOffice()->adminBootPresenter()->present($this->bootContext())]);
        ContextParts::smarty($this->context)->assign([
            'ebpdocuments_app_script' => $this->module->getPathUri() . 'views/js/admin-app/app.js?v=' . rawurlencode((string) $this->module->version),
        ]);
        $this->content = ContextParts::smarty($this->context)->fetch($this->module->getLocalPath() . 'views/templates/admin/app.tpl');
        ContextParts::smarty($this->context)->assign('content', $this->content);
    }

    private function bootContext(): BootContext
    {
        $shops = [];
        foreach (Shop::getContextListShopID() as $shopId) {
            $shop = Shop::getShop((int) $shopId);
            $shops[] = ['id' => (int) $shopId, 'name' => is_array($shop) ? (string) $shop['name'] : ('#' . (int) $shopId)];
        }
        $language = ContextParts::language($this->context);

        return new BootContext(
            ContextParts::link($this->context)->getAdminLink('AdminEbpdocuments', true, [], ['ajax' => 1]),
            _PS_VERSION_,
            (string) $language->locale !== '' ? (string) $language->locale : (string) $language->iso_code,
            isset($this->context->currency->iso_code) ? (string) $this->context->currency->iso_code : 'EUR',
            ['view' => (bool) $this->access('view'), 'edit' => (bool) $this->access('edit'), 'delete' => (bool) $this->access('delete')],
            $shops
        );
    }

    private function isAjaxRequest(): bool
    {
        return (bool) Tools::getValue('ajax');
    }

    private function answerUnauthenticated(): void
    {
        $core = $this->module->app()->core();
        $errors = new ErrorMapper($core->errorLog(), null, $core->translator());
        $this->emit($errors->forAdmin(Refusal::unauthenticated(AdminMessages::UNAUTHENTICATED)));
    }

    private function emit(Response $response): void
    {
        (new ResponseEmitter())->emit($response);
        exit;
    }
}
