<?php
/**
 * ebpdocuments: the PDF sales documents made in EBP, in each customer's account.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

require_once __DIR__ . '/vendor/autoload.php';

use Ebpdocuments\Adapter\ApplicationFactory;
use Ebpdocuments\Adapter\PrestaShopConnection;
use Ebpdocuments\Application;
use Ebpdocuments\Install\Installer;

class Ebpdocuments extends Module
{
    /** Every hook the module listens to; each has a one-line method below that hands over to src/. */
    const HOOKS = [
        'displayCustomerAccount',
        'displayMyAccountBlock',
        'displayOrderDetail',
        'actionCustomerAccountAdd',
        'actionObjectCustomerUpdateAfter',
        'actionObjectCustomerDeleteAfter',
        'registerGDPRConsent',
        'actionExportGDPRData',
        'actionDeleteGDPRCustomer',
        'displayBackOfficeHeader',
    ];

    const ADMIN_CONTROLLER = 'AdminEbpdocuments';

    /** @var Application|null */
    private $application;

    public function __construct()
    {
        $this->name = 'ebpdocuments';
        $this->tab = 'billing_invoicing';
        $this->version = '1.0.0';
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

    public function getContent()
    {
        Tools::redirectAdmin($this->context->link->getAdminLink(self::ADMIN_CONTROLLER));
    }

    /**
     * The module's services for the shop of the current request, built once.
     */
    public function app(): Application
    {
        if ($this->application === null) {
            $this->application = ApplicationFactory::forShop($this->context, $this);
        }

        return $this->application;
    }
}
