<?php
/**
 * ebpdocuments: the PDF sales documents made in EBP, in each customer's account.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once __DIR__ . '/vendor/autoload.php';
// The module's own classes first, from its classmap: PrestaShop's composer loader, registered before this one, would
// otherwise search its PSR-0 fallback folders on disk for each of them (about 0.3 ms of every push on PrestaShop
// 8.1.2). Only the Ebpdocuments\ namespace: every other class is left to the loaders as they were.
spl_autoload_register(function ($class) {
    static $classMap = null;
    if (strncmp($class, 'Ebpdocuments\\', 13) !== 0) {
        return;
    }
    if ($classMap === null) {
        $classMap = require __DIR__ . '/vendor/composer/autoload_classmap.php';
    }
    if (isset($classMap[$class])) {
        require $classMap[$class];
    }
}, true, true);

use Ebpdocuments\Application;
use Ebpdocuments\Receiving\Auth\WebserviceRight;
use Ebpdocuments\Shop\ApplicationFactory;
use Ebpdocuments\Shop\ContextParts;
use Ebpdocuments\Shop\GuestTrackingSession;
use Ebpdocuments\Shop\Install\Installer;
use Ebpdocuments\Shop\OrderDetailHookOrder;
use Ebpdocuments\Shop\PrestaShopAdminPageBlock;
use Ebpdocuments\Shop\PrestaShopConnection;
use Ebpdocuments\Shop\PrestaShopCustomerIdentity;
use Ebpdocuments\Shop\PrestaShopFrontFormatter;

class Ebpdocuments extends Module
{
    /** Every hook the module listens to; each has a one-line method below that hands over to src/. */
    const HOOKS = [
        'displayCustomerAccount',
        'displayMyAccountBlock',
        'displayOrderDetail',
        'actionCustomerAccountAdd',
        'actionObjectCustomerAddAfter',
        'actionObjectCustomerUpdateAfter',
        'actionObjectCustomerDeleteAfter',
        'registerGDPRConsent',
        'actionExportGDPRData',
        'actionDeleteGDPRCustomer',
        'displayBackOfficeHeader',
        'actionCronJob',
        'actionObjectCustomerUpdateBefore',
        'displayAdminCustomers',
        'displayAdminOrderMain',
        'addWebserviceResources',
    ];

    const ADMIN_CONTROLLER = 'AdminEbpdocuments';

    /** @var Application|null */
    private $application;

    public function __construct()
    {
        $this->name = 'ebpdocuments';
        $this->tab = 'billing_invoicing';
        $this->version = '1.1.0';
        $this->author = 'ebpdocuments';
        $this->need_instance = 0;
        $this->bootstrap = true;
        $this->ps_versions_compliancy = ['min' => '1.7.8.0', 'max' => '9.99.99'];
        $this->tabs = [
            [
                'class_name' => self::ADMIN_CONTROLLER,
                'parent_class_name' => 'AdminParentCustomer',
                'name' => 'EBP documents',
                'wording' => 'EBP documents',
                'wording_domain' => 'Modules.Ebpdocuments.Admin',
                'visible' => true,
                'icon' => 'description',
            ],
        ];

        parent::__construct();

        $this->displayName = $this->trans('EBP documents', [], 'Modules.Ebpdocuments.Admin');
        $this->description = $this->trans('Puts the PDF sales documents made in EBP (quotes, orders, delivery notes, invoices, credit notes) in each customer\'s account.', [], 'Modules.Ebpdocuments.Admin');
    }

    public function isUsingNewTranslationSystem()
    {
        return true;
    }

    public function install()
    {
        return parent::install()
            && (new Installer(PrestaShopConnection::fromShop()))->install($this, self::HOOKS);
    }

    public function uninstall()
    {
        return (new Installer(PrestaShopConnection::fromShop()))->uninstall()
            && parent::uninstall();
    }

    /**
     * The configuration page is the back-office app.
     *
     * @return void
     */
    public function getContent()
    {
        Tools::redirectAdmin(ContextParts::link($this->shopContext())->getAdminLink(self::ADMIN_CONTROLLER));
    }

    /**
     * The module's services for the shop of the current request, built once.
     */
    public function app(): Application
    {
        if ($this->application === null) {
            $this->application = ApplicationFactory::forShop($this->shopContext(), $this);
        }

        return $this->application;
    }

    /**
     * Read by the cronjobs module when this module registers actionCronJob: every day at 3 a.m. (-1 = any).
     *
     * @return array<string, int>
     */
    public function getCronFrequency()
    {
        return ['hour' => 3, 'day' => -1, 'month' => -1, 'day_of_week' => -1];
    }

    /**
     * Called by the cronjobs module: the daily maintenance (BackOffice\Maintenance\MaintenanceTask), at most once a day.
     *
     * @param array<string, mixed> $params
     *
     * @return void
     */
    public function hookActionCronJob($params)
    {
        $this->app()->backOffice()->maintenance()->runIfDue();
    }

    /**
     * Adds the resource "ebpdocuments" to PrestaShop's webservice resources, so that Advanced Parameters › Webservice
     * shows it next to the core ones: the merchant ticks Add (POST) to let a Webservice key send documents, Delete
     * (DELETE) to withdraw, View (GET) for the status (Receiving\Auth\WebserviceRight; the doors read ps_webservice_permission).
     *
     * @param array<string, mixed> $params
     *
     * @return array<string, array<string, string|bool>>
     */
    public function hookAddWebserviceResources($params)
    {
        return WebserviceRight::resources();
    }

    // Customer hooks: each hands over to a handler of src/Front or src/Gdpr (docs/ARCHITECTURE.md, "Hooks").

    /**
     * @param array<string, mixed> $params
     *
     * @return string
     */
    public function hookDisplayCustomerAccount($params)
    {
        $variables = $this->app()->customer()->customerAccountTile()->variables(PrestaShopCustomerIdentity::fromContext($this->shopContext()), $this->app()->shopId());
        if ($variables === null) {
            return '';
        }
        ContextParts::smarty($this->shopContext())->assign([
            'ebpdocuments_url' => $variables['url'],
            'ebpdocuments_new_count' => $variables['newCount'],
            'ebpdocuments_new_count_capped' => $variables['newCountCapped'],
        ]);

        return $this->fetch('module:ebpdocuments/views/templates/hook/' . ($this->themeHasAccountMenu() ? 'customer-account-tile-hummingbird.tpl' : 'customer-account-tile.tpl'));
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return string
     */
    public function hookDisplayMyAccountBlock($params)
    {
        ContextParts::smarty($this->shopContext())->assign(['ebpdocuments_url' => $this->app()->customer()->myAccountBlockLink()->variables()['url']]);

        return $this->fetch('module:ebpdocuments/views/templates/hook/my-account-block-link.tpl');
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return string
     */
    public function hookDisplayOrderDetail($params)
    {
        $orderId = OrderDetailHookOrder::idFrom($params);
        if ($orderId <= 0) {
            return '';
        }
        $variables = $this->app()->customer()->orderDetailDocuments()->variables(PrestaShopCustomerIdentity::fromContext($this->shopContext()), $this->app()->shopId(), $orderId);
        if ($variables === null && GuestTrackingSession::isTrackingPage($this->shopContext())) {
            // Guest order tracking: core shows this page only after the order reference and e-mail were proven.
            $variables = $this->app()->customer()->guestOrderDocuments()->variables($this->app()->shopId(), $orderId);
            if ($variables !== null) {
                GuestTrackingSession::prove($this->shopContext(), $orderId);
            }
        }
        if ($variables === null) {
            return '';
        }
        ContextParts::smarty($this->shopContext())->assign(['ebpdocuments_documents' => (new PrestaShopFrontFormatter($this->shopContext()))->documents($variables['documents'])]);

        return $this->fetch('module:ebpdocuments/views/templates/hook/order-detail-documents.tpl');
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return void
     */
    public function hookActionCustomerAccountAdd($params)
    {
        $customer = isset($params['newCustomer']) ? $params['newCustomer'] : null;
        if ($customer instanceof Customer) {
            $this->app()->customer()->customerSearchTerms()->saved((int) $customer->id, false, $customer->firstname, $customer->lastname, $customer->email, $customer->company);
            $this->app()->customer()->accountCreated()->handle((int) $customer->id, $this->app()->shopId());
        }
    }

    /**
     * A customer made anywhere (back office, import, another module): the back office's search finds it at once.
     *
     * @param array<string, mixed> $params
     *
     * @return void
     */
    public function hookActionObjectCustomerAddAfter($params)
    {
        $customer = isset($params['object']) ? $params['object'] : null;
        if ($customer instanceof Customer) {
            $this->app()->customer()->customerSearchTerms()->saved((int) $customer->id, (bool) $customer->deleted, $customer->firstname, $customer->lastname, $customer->email, $customer->company);
        }
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return void
     */
    public function hookActionObjectCustomerUpdateBefore($params)
    {
        $customer = isset($params['object']) ? $params['object'] : null;
        // A guest becoming a registered customer (Customer::transformToCustomer): remembered for the After hook.
        if ($customer instanceof Customer && !$customer->is_guest && !$customer->deleted) {
            GuestTrackingSession::rememberIfConverting((int) $customer->id);
        }
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return void
     */
    public function hookActionObjectCustomerUpdateAfter($params)
    {
        $customer = isset($params['object']) ? $params['object'] : null;
        if (!$customer instanceof Customer) {
            return;
        }
        // Every customer save fires this hook (logins, language changes): the search terms follow a new name,
        // e-mail or company (two small statements); only a soft delete concerns the documents.
        $this->app()->customer()->customerSearchTerms()->saved((int) $customer->id, (bool) $customer->deleted, $customer->firstname, $customer->lastname, $customer->email, $customer->company);
        if (GuestTrackingSession::wasConverting((int) $customer->id)) {
            $this->app()->customer()->guestConverted()->handle((int) $customer->id);
        }
        if ($customer->deleted) {
            $this->app()->customer()->customerDeleted()->onUpdated((int) $customer->id, true);
        }
    }

    /**
     * @param array<string, mixed> $params
     *
     * @return void
     */
    public function hookActionObjectCustomerDeleteAfter($params)
    {
        $customer = isset($params['object']) ? $params['object'] : null;
        if ($customer instanceof Customer) {
            $this->app()->customer()->customerSearchTerms()->deleted((int) $customer->id);
            $this->app()->customer()->customerDeleted()->onDeleted((int) $customer->id);
        }
    }

    /**
     * psgdpr lists the modules hooked here and records their consent: being registered is enough.
     *
     * @param array<string, mixed> $params
     *
     * @return bool
     */
    public function hookRegisterGDPRConsent($params)
    {
        return true;
    }

    /**
     * @param array<string, mixed> $customer
     *
     * @return string
     */
    public function hookActionExportGDPRData($customer)
    {
        $customerId = is_array($customer) && isset($customer['id']) ? (int) $customer['id'] : 0;

        return $this->app()->customer()->gdprExport()->exportJson($customerId);
    }

    /**
     * @param array<string, mixed> $customer
     *
     * @return string
     */
    public function hookActionDeleteGDPRCustomer($customer)
    {
        if (is_array($customer)) {
            $this->app()->customer()->gdprErasure()->erase($customer);
        }

        return (string) json_encode(true);
    }

    /**
     * The count of waiting documents beside the tab in the back-office menu, for employees who may open the tab.
     *
     * @param array<string, mixed> $params
     *
     * @return string
     */
    public function hookDisplayBackOfficeHeader($params)
    {
        $employee = $this->shopContext()->employee;
        if (!$employee || !Access::isGranted('ROLE_MOD_TAB_' . strtoupper(self::ADMIN_CONTROLLER) . '_READ', (int) $employee->id_profile)) {
            return '';
        }

        return $this->app()->backOffice()->waitingBadge()->html(
            Shop::getContextListShopID(),
            $this->trans('Documents waiting for an account', [], 'Modules.Ebpdocuments.Admin')
        );
    }

    /**
     * The "EBP documents" block of Customers › Customers › view (PrestaShop 8 and 9 render it under the page's
     * blocks, in a .row, with id_customer).
     *
     * @param array<string, mixed> $params
     *
     * @return string
     */
    public function hookDisplayAdminCustomers($params)
    {
        return $this->adminPageBlock()->customer(isset($params['id_customer']) ? (int) $params['id_customer'] : 0);
    }

    /**
     * The "EBP documents" block of Orders › view (the Symfony order page of 8.x and 9.x calls it in the right column,
     * after the order's details, with id_order).
     *
     * @param array<string, mixed> $params
     *
     * @return string
     */
    public function hookDisplayAdminOrderMain($params)
    {
        return $this->adminPageBlock()->order(isset($params['id_order']) ? (int) $params['id_order'] : 0);
    }

    private function adminPageBlock(): PrestaShopAdminPageBlock
    {
        $app = $this->app();

        return new PrestaShopAdminPageBlock($this, $this->shopContext(), $app->backOffice()->pageDocuments(), $app->core()->translator(), $app->receiving()->uploadLimits());
    }

    /**
     * Hummingbird (PrestaShop 9) and its child themes draw account links as account-menu__link.
     *
     * @return bool
     */
    private function themeHasAccountMenu()
    {
        foreach ([_PS_THEME_DIR_, defined('_PS_PARENT_THEME_DIR_') ? _PS_PARENT_THEME_DIR_ : ''] as $dir) {
            if ($dir !== '' && is_file($dir . 'templates/components/account-menu.tpl')) {
                return true;
            }
        }

        return false;
    }

    /**
     * The request's context: PrestaShop 9 declares Module::$context nullable, and core sets it before any hook runs.
     */
    private function shopContext(): Context
    {
        $context = $this->context instanceof Context ? $this->context : Context::getContext();
        if (!$context instanceof Context) {
            throw new LogicException('PrestaShop context missing');
        }

        return $context;
    }
}
