<?php

/**
 * PHPStan stubs: the PrestaShop 8.1.2 classes, methods and constants that the
 * module uses (only in src/Shop/, controllers/ and ebpdocuments.php).
 * Signatures follow PrestaShop 8.1.2's classes/*.php (the *Core classes that
 * the legacy aliases extend); phpDoc types state what they really return.
 * Add what you use, with the real signature. Never loaded at run time.
 *
 * Constants are in phpstan-bootstrap.php beside this file.
 */

// phpcs:ignoreFile

namespace {
class Access extends ObjectModel
{
    /**
     * @param string|string[] $role
     * @param int $idProfile
     *
     * @return bool
     */
    public static function isGranted($role, $idProfile)
    {
        return false;
    }
}


abstract class ObjectModel
{
    /** @var int|null */
    public $id;
    /** @var int|null */
    public $id_shop_default;

    /**
     * @param int|null $id
     * @param int|null $id_lang
     * @param int|null $id_shop
     * @param mixed $translator
     */
    public function __construct($id = null, $id_lang = null, $id_shop = null, $translator = null) {}

    /** @return bool */
    public function add($auto_date = true, $null_values = false) {}

    /** @return bool */
    public function update($null_values = false) {}

    /** @return bool */
    public function delete() {}

    /** @return bool */
    public function save($null_values = false, $auto_date = true) {}

    /**
     * @param int $id_entity
     * @param string $table
     *
     * @return bool
     */
    public static function existsInDatabase($id_entity, $table) {}
}

class PrestaShopException extends Exception
{
}

class PrestaShopDatabaseException extends PrestaShopException
{
}

class Db
{
    public const INSERT = 1;
    public const INSERT_IGNORE = 2;
    public const REPLACE = 3;
    public const ON_DUPLICATE_KEY = 4;

    /**
     * @param bool $master
     *
     * @return Db
     */
    public static function getInstance($master = true) {}

    /**
     * @param string $sql
     * @param bool $use_cache
     *
     * @return bool
     */
    public function execute($sql, $use_cache = true) {}

    /**
     * @param string $sql
     * @param bool $array
     * @param bool $use_cache
     *
     * @return array<int, array<string, string|null>>|false|mysqli_result|PDOStatement|null
     */
    public function executeS($sql, $array = true, $use_cache = true) {}

    /**
     * @param string $sql
     * @param bool $use_cache
     *
     * @return array<string, string|null>|false|null
     */
    public function getRow($sql, $use_cache = true) {}

    /**
     * @param string $sql
     * @param bool $use_cache
     *
     * @return string|false|null
     */
    public function getValue($sql, $use_cache = true) {}

    /**
     * @param string $string
     * @param bool $html_ok
     * @param bool $bq_sql
     *
     * @return string
     */
    public function escape($string, $html_ok = false, $bq_sql = false) {}

    /** @return int|string */
    public function Insert_ID() {}

    /** @return int */
    public function Affected_Rows() {}

    /** @return int */
    public function getNumberError() {}

    /** @var PDOStatement|mysqli_result|bool|null */
    protected $result;

    /**
     * @param string $sql
     *
     * @return PDOStatement|mysqli_result|bool
     */
    protected function _query($sql) {}

    /**
     * @param PDOStatement|mysqli_result|bool $result
     *
     * @return array<int, array<string, string|null>>|false
     */
    protected function getAll($result = false) {}

    /** @return PDO|mysqli */
    public function connect() {}

    /** @return void */
    public function disconnect() {}

    /** @return string */
    public function getMsgError() {}

    /**
     * @param string $table
     * @param array<string, mixed>|array<int, array<string, mixed>> $data
     *
     * @return bool
     */
    public function insert($table, $data, $null_values = false, $use_cache = true, $type = Db::INSERT, $add_prefix = true) {}

    /**
     * @param string $table
     * @param array<string, mixed> $data
     * @param string $where
     * @param int $limit
     *
     * @return bool
     */
    public function update($table, $data, $where = '', $limit = 0, $null_values = false, $use_cache = true, $add_prefix = true) {}

    /**
     * @param string $table
     * @param string $where
     * @param int $limit
     *
     * @return bool
     */
    public function delete($table, $where = '', $limit = 0, $use_cache = true, $add_prefix = true) {}

    /**
     * @param string $sql
     *
     * @return bool|mysqli_result|PDOStatement
     */
    public function query($sql) {}

    /** @return string */
    public function getServerVersion() {}
}

class Configuration extends ObjectModel
{
    /**
     * @param string $key
     * @param int|null $idLang
     * @param int|null $idShopGroup
     * @param int|null $idShop
     * @param mixed $default
     *
     * @return mixed
     */
    public static function get($key, $idLang = null, $idShopGroup = null, $idShop = null, $default = false) {}

    /**
     * @param string $key
     * @param int|null $idLang
     *
     * @return mixed
     */
    public static function getGlobalValue($key, $idLang = null) {}

    /**
     * @param string[] $keys
     *
     * @return array<string, mixed>
     */
    public static function getMultiple($keys, $idLang = null, $idShopGroup = null, $idShop = null) {}

    /**
     * @param string $key
     *
     * @return bool
     */
    public static function hasKey($key, $idLang = null, $idShopGroup = null, $idShop = null) {}

    /**
     * @param string $key
     * @param mixed $values
     * @param bool $html
     * @param int|null $idShopGroup
     * @param int|null $idShop
     *
     * @return bool
     */
    public static function updateValue($key, $values, $html = false, $idShopGroup = null, $idShop = null) {}

    /**
     * @param string $key
     * @param mixed $values
     * @param bool $html
     *
     * @return bool
     */
    public static function updateGlobalValue($key, $values, $html = false) {}

    /**
     * @param string $key
     *
     * @return bool
     */
    public static function deleteByName($key) {}

    /**
     * @param string $key
     *
     * @return bool
     */
    public static function deleteFromContext($key, bool $forceGlobal = false) {}
}

class Context
{
    /** @var Cart|null */
    public $cart;
    /** @var Customer|null */
    public $customer;
    /** @var Cookie|null */
    public $cookie;
    /** @var Link|null */
    public $link;
    /** @var Country|null */
    public $country;
    /** @var Employee|null */
    public $employee;
    /** @var AdminController|FrontController|null */
    public $controller;
    /** @var string|null */
    public $override_controller_name_for_translations;
    /** @var Language|null */
    public $language;
    /** @var Currency|null */
    public $currency;
    /** @var Shop|null */
    public $shop;
    /** @var Smarty|null */
    public $smarty;
    /** @var int */
    public $mode;

    /** @return Context */
    public static function getContext() {}

    /**
     * @return \PrestaShopBundle\Translation\TranslatorComponent
     */
    public function getTranslator($isInstaller = false) {}

    /**
     * @param string $locale IETF language tag (eg. "en-US")
     *
     * @return \PrestaShopBundle\Translation\TranslatorComponent
     */
    public function getTranslatorFromLocale($locale) {}

    /** @return \PrestaShop\PrestaShop\Core\Localization\Locale|null */
    public function getCurrentLocale() {}
}

class Cookie
{
    /** @var int|string|null */
    public $id_lang;
    /** @var int|string|null */
    public $id_employee;
    /** @var int|string|null */
    public $id_customer;

    /** @return mixed */
    public function __get($key) {}

    /** @return void */
    public function disallowWriting() {}

    /** @return void */
    public function __set($key, $value) {}

    /** @return bool */
    public function __isset($key) {}

    /** @return void */
    public function write() {}
}

class Cart extends ObjectModel
{
}

class Country extends ObjectModel
{
    /** @var string */
    public $iso_code;
}

class Smarty
{
    /** @return static */
    public function assign($tpl_var, $value = null, $nocache = false) {}

    /** @return string */
    public function fetch($template = null, $cache_id = null, $compile_id = null, $parent = null) {}
}

class Link
{
    /**
     * @param string $module
     * @param string $controller
     * @param array<string, mixed> $params
     * @param bool|null $ssl
     * @param int|null $idLang
     * @param int|null $idShop
     * @param bool $relativeProtocol
     *
     * @return string
     */
    public function getModuleLink($module, $controller = 'default', array $params = [], $ssl = null, $idLang = null, $idShop = null, $relativeProtocol = false) {}

    /**
     * @param string $controller
     * @param bool $withToken
     * @param array<string, mixed> $sfRouteParams
     * @param array<string, mixed> $params
     *
     * @return string
     */
    public function getAdminLink($controller, $withToken = true, $sfRouteParams = [], $params = []) {}

    /**
     * @param string $controller
     * @param bool|null $ssl
     * @param int|null $idLang
     * @param string|array<string, mixed>|null $request
     *
     * @return string
     */
    public function getPageLink($controller, $ssl = null, $idLang = null, $request = null, $requestUrlEncode = false, $idShop = null, $relativeProtocol = false) {}

    /** @return string */
    public function getBaseLink($idShop = null, $ssl = null, $relativeProtocol = false) {}
}

abstract class Module
{
    /** @var int|null */
    public $id;
    /** @var string */
    public $version;
    /** @var string */
    public $database_version;
    /** @var string|null */
    public $name;
    /** @var string */
    public $displayName;
    /** @var string */
    public $description;
    /** @var string */
    public $author;
    /** @var string */
    public $author_uri;
    /** @var string|null */
    public $tab;
    /** @var int|bool */
    public $need_instance;
    /** @var array{min?: string, max?: string} */
    public $ps_versions_compliancy;
    /** @var bool */
    public $bootstrap;
    /** @var string */
    public $confirmUninstall;
    /** @var array<int, array<string, mixed>> */
    public $tabs;
    /** @var string[] */
    public $controllers;
    /** @var bool|int */
    public $active;
    /** @var string */
    public $module_key;
    /** @var Context */
    protected $context;
    /** @var string */
    protected $_path;
    /** @var string */
    protected $local_path;
    /** @var string[] */
    protected $_errors;
    /** @var \Symfony\Component\DependencyInjection\ContainerInterface|null */
    protected $container;

    /**
     * @param string|null $name
     */
    public function __construct($name = null, ?Context $context = null) {}

    /** @return bool */
    public function install() {}

    /** @return bool */
    public function uninstall() {}

    /** @return bool */
    public function enable($force_all = false) {}

    /** @return bool */
    public function disable($force_all = false) {}

    /**
     * @param string|string[] $hook_name
     * @param int[]|null $shop_list
     *
     * @return bool
     */
    public function registerHook($hook_name, $shop_list = null) {}

    /**
     * @param int|string $hook_id
     * @param int[]|null $shop_list
     *
     * @return bool
     */
    public function unregisterHook($hook_id, $shop_list = null) {}

    /**
     * @param string $hook_name
     *
     * @return bool
     */
    public function isRegisteredInHook($hook_name) {}

    /**
     * @param string $string
     * @param string|bool $specific
     * @param string|null $locale
     *
     * @return string
     */
    public function l($string, $specific = false, $locale = null) {}

    /**
     * @param string $id
     * @param array<string, mixed> $parameters
     * @param string|null $domain
     * @param string|null $locale
     *
     * @return string
     */
    public function trans($id, array $parameters = [], $domain = null, $locale = null) {}

    /** @return bool */
    public function isUsingNewTranslationSystem() {}

    /**
     * @param string $file
     * @param string $template
     *
     * @return string
     */
    public function display($file, $template, $cache_id = null, $compile_id = null) {}

    /**
     * @param string $templatePath
     *
     * @return string
     */
    public function fetch($templatePath, $cache_id = null, $compile_id = null) {}

    /** @return string */
    public function getPathUri() {}

    /** @return string */
    public function getLocalPath() {}

    /**
     * @param string $module_name
     *
     * @return Module|false
     */
    public static function getInstanceByName($module_name) {}

    /**
     * @param string $module_name
     *
     * @return bool
     */
    public static function isEnabled($module_name) {}

    /**
     * @param string $serviceName
     *
     * @return object|false
     */
    public function get($serviceName) {}

    /** @return \PrestaShopBundle\Translation\TranslatorComponent */
    public function getTranslator() {}

    /**
     * @param string|string[] $error
     *
     * @return string
     */
    public function displayError($error) {}

    /**
     * @param string $string
     *
     * @return string
     */
    public function displayConfirmation($string) {}

    /** @return string[] */
    public function getErrors() {}
}

abstract class Controller
{
    /** @var Context */
    protected $context;
    /** @var bool */
    public $ajax = false;
    /** @var string */
    public $controller_type;
    /** @var string */
    public $php_self;
    /** @var string[] */
    public $errors = [];
    /** @var bool */
    protected $json = false;
    /** @var \PrestaShopBundle\Translation\TranslatorComponent */
    protected $translator;

    public function __construct() {}

    /** @return void */
    public function init() {}

    /** @return bool */
    public function checkAccess() {}

    /** @return bool */
    public function viewAccess() {}

    /** @return bool|void */
    public function postProcess() {}

    /** @return void */
    public function initContent() {}

    /** @return void */
    public function run() {}

    /** @return void */
    public function setMedia() {}

    /**
     * @param string|string[] $js_uri
     * @param bool $check_path
     *
     * @return void
     */
    public function addJS($js_uri, $check_path = true) {}

    /**
     * @param string|string[] $css_uri
     * @param string $css_media_type
     *
     * @return void
     */
    public function addCSS($css_uri, $css_media_type = 'all', $offset = null, $check_path = true) {}

    /**
     * @param string|null $value
     * @param string|null $controller
     * @param string|null $method
     *
     * @return void
     */
    protected function ajaxRender($value = null, $controller = null, $method = null) {}

    /**
     * @param string $id
     * @param array<string, mixed> $parameters
     * @param string|null $domain
     * @param string|null $locale
     *
     * @return string
     */
    protected function trans($id, array $parameters = [], $domain = null, $locale = null) {}

    /**
     * @param string $template
     *
     * @return void
     */
    public function setTemplate($template) {}

    /** @return \Symfony\Component\DependencyInjection\ContainerInterface|null */
    public function getContainer() {}

    /**
     * @param string $serviceId
     *
     * @return object|null
     */
    public function get($serviceId) {}
}

class AdminController extends Controller
{
    /** @var string */
    public $token;
    /** @var bool */
    public $bootstrap = false;
    /** @var string */
    public $controller_name;
    /** @var int */
    public $multishop_context;
    /** @var string */
    public $content;
    /** @var string */
    public $display;
    /** @var string */
    public $table;
    /** @var int */
    public $id;
    /** @var array<int|string, mixed> */
    public $toolbar_title;
    /** @var string */
    public $meta_title;

    /**
     * @param string $action view|add|edit|delete
     * @param bool $disable
     *
     * @return bool
     */
    public function access($action, $disable = false) {}

    /** @return bool */
    public function checkToken() {}

    /** @return void */
    public function initCursedPage() {}

    /** @return void */
    public function initContent() {}

    /**
     * @param bool $isNewTheme
     *
     * @return void
     */
    public function setMedia($isNewTheme = false) {}

    /**
     * @param string $tpl_name
     *
     * @return Smarty_Internal_Template|object
     */
    public function createTemplate($tpl_name) {}

    /** @return bool */
    public function viewAccess($disable = false) {}
}

class ModuleAdminController extends AdminController
{
    /** @var Module */
    public $module;

    /**
     * @param string $tpl_name
     *
     * @return Smarty_Internal_Template|object
     */
    public function createTemplate($tpl_name) {}
}

class FrontController extends Controller
{
    /** @var bool */
    public $auth = false;
    /** @var bool */
    public $guestAllowed = false;
    /** @var bool */
    public $ssl = false;
    /** @var string */
    public $authRedirection;
    /** @var string[] */
    public $success = [];
    /** @var string[] */
    public $warning = [];
    /** @var string[] */
    public $info = [];

    /**
     * @param string $url
     *
     * @return void
     */
    public function redirectWithNotifications($url) {}

    /** @return array{title: string, url: string} */
    public function addMyAccountToBreadcrumb() {}

    /** @return bool */
    public function setMedia() {}

    /**
     * @param string $id
     * @param string $relativePath
     * @param array<string, mixed> $params
     *
     * @return void
     */
    public function registerStylesheet($id, $relativePath, $params = []) {}

    /**
     * @param string $id
     * @param string $relativePath
     * @param array<string, mixed> $params
     *
     * @return void
     */
    public function registerJavascript($id, $relativePath, $params = []) {}

    /**
     * @param string $template
     * @param array<string, mixed> $params
     * @param string|null $locale
     *
     * @return void
     */
    public function setTemplate($template, $params = [], $locale = null) {}

    /** @return array{title: string, count: int, links: array<int, array{title: string, url: string}>} */
    public function getBreadcrumbLinks() {}

    /** @return array<string, mixed> */
    public function getTemplateVarPage() {}

    /** @return void */
    public function initContent() {}
}

class ModuleFrontController extends FrontController
{
    /** @var Module */
    public $module;

    /**
     * @param string $template
     * @param array<string, mixed> $params
     * @param string|null $locale
     *
     * @return void
     */
    public function setTemplate($template, $params = [], $locale = null) {}
}

class Smarty_Internal_Template
{
    /** @return static */
    public function assign($tpl_var, $value = null, $nocache = false) {}

    /** @return string */
    public function fetch($template = null, $cache_id = null, $compile_id = null, $parent = null) {}
}

class Tools
{
    /**
     * @param string $key
     * @param mixed $default_value
     *
     * @return mixed
     */
    public static function getValue($key, $default_value = false) {}

    /**
     * @param string $key
     *
     * @return bool
     */
    public static function getIsset($key) {}

    /**
     * @param string $submit
     *
     * @return bool
     */
    public static function isSubmit($submit) {}

    /**
     * @param string $url
     * @param string $base_uri
     * @param array<int, string>|null $headers
     *
     * @return never
     */
    public static function redirect($url, $base_uri = __PS_BASE_URI__, ?Link $link = null, $headers = null) {}

    /**
     * @param string $url
     *
     * @return never
     */
    public static function redirectAdmin($url) {}

    /**
     * @param string $tab
     *
     * @return string|false
     */
    public static function getAdminTokenLite($tab, ?Context $context = null) {}

    /**
     * @param string $string
     *
     * @return string|false
     */
    public static function getAdminToken($string) {}

    /**
     * @param bool $page
     *
     * @return string
     */
    public static function getToken($page = true, ?Context $context = null) {}

    /**
     * @param bool $http
     * @param bool $entities
     *
     * @return string
     */
    public static function getShopDomainSsl($http = false, $entities = false) {}

    /** @return string */
    public static function getRemoteAddr() {}

    /**
     * @param int $max_size
     *
     * @return int
     */
    public static function getMaxUploadSize($max_size = 0) {}

    /**
     * @param string $value
     *
     * @return int
     */
    public static function convertBytes($value) {}

    /**
     * @param string $option
     *
     * @return int
     */
    public static function getOctets($option) {}

    /**
     * PrestaShop 8.1.2 (and 9.1.4: $date, bool $full = false).
     *
     * @param string $date
     * @param bool $full
     *
     * @return string
     */
    public static function displayDate($date, $full = false) {}

    /**
     * @param string $string
     * @param bool $html
     *
     * @return string
     */
    public static function safeOutput($string, $html = false) {}

    /** @return bool */
    public static function usingSecureMode() {}

    /**
     * @param string $str
     *
     * @return string|false
     */
    public static function strtolower($str) {}

    /**
     * @param string $str
     * @param string $encoding
     *
     * @return int|false
     */
    public static function strlen($str, $encoding = 'UTF-8') {}

    /**
     * @param string $str
     * @param int $start
     * @param int|bool $length
     * @param string $encoding
     *
     * @return string|false
     */
    public static function substr($str, $start, $length = false, $encoding = 'UTF-8') {}

    /**
     * @param int $length
     * @param string $flag
     *
     * @return string|false
     */
    public static function passwdGen($length = 8, $flag = 'ALPHANUMERIC') {}

    /** @return string */
    public static function getHttpHost($http = false, $entities = false, $ignore_port = false) {}
}

class Validate
{
    /** @return bool */
    public static function isEmail($email) {}

    /** @return bool */
    public static function isLoadedObject($object) {}

    /** @return bool */
    public static function isUnsignedInt($value) {}

    /** @return bool */
    public static function isUnsignedId($id) {}

    /** @return bool */
    public static function isInt($value) {}

    /** @return bool */
    public static function isBool($bool) {}

    /** @return bool */
    public static function isDate($date) {}

    /** @return bool */
    public static function isDateFormat($date) {}

    /** @return bool */
    public static function isGenericName($name) {}

    /** @return bool */
    public static function isName($name) {}

    /** @return bool */
    public static function isCleanHtml($html, $allow_iframe = false) {}

    /** @return bool */
    public static function isReference($reference) {}

    /** @return bool */
    public static function isAbsoluteUrl($url) {}

    /** @return bool */
    public static function isLanguageIsoCode($iso_code) {}
}

class Customer extends ObjectModel
{
    /** @var int */
    public $id_shop;
    /** @var int */
    public $id_shop_group;
    /** @var string */
    public $secure_key;
    /** @var int */
    public $id_gender = 0;
    /** @var int */
    public $id_default_group;
    /** @var int */
    public $id_lang;
    /** @var string */
    public $lastname;
    /** @var string */
    public $firstname;
    /** @var string|null */
    public $company;
    /** @var string */
    public $email;
    /** @var bool */
    public $newsletter;
    /** @var bool */
    public $active = true;
    /** @var bool */
    public $is_guest = false;
    /** @var bool */
    public $deleted = false;
    /** @var string */
    public $date_add;
    /** @var string */
    public $date_upd;
    /** @var bool */
    public $logged = false;

    /**
     * @param int|null $id
     */
    public function __construct($id = null) {}

    /**
     * @param string $email
     * @param string|null $plaintextPassword
     * @param bool $ignoreGuest
     *
     * @return bool|Customer|CustomerCore
     *
     * @throws InvalidArgumentException when the e-mail is not valid (8.x)
     */
    public function getByEmail($email, $plaintextPassword = null, $ignoreGuest = true) {}

    /**
     * @param string $email
     *
     * @return array<int, array<string, string|null>>
     */
    public static function getCustomersByEmail($email) {}

    /**
     * @param string $email
     * @param bool $returnId
     * @param bool $ignoreGuest
     *
     * @return bool|int
     */
    public static function customerExists($email, $returnId = false, $ignoreGuest = true) {}

    /**
     * @param bool $withGuest
     *
     * @return bool
     */
    public function isLogged($withGuest = false) {}

    /** @return bool */
    public function isGuest() {}
}

class CustomerCore extends Customer
{
}

class Employee extends ObjectModel
{
    /** @var int */
    public $id_profile;
    /** @var int */
    public $id_lang;
    /** @var string */
    public $lastname;
    /** @var string */
    public $firstname;
    /** @var string */
    public $email;
    /** @var int */
    public $active = 1;

    /** @return bool */
    public function isSuperAdmin() {}

    /** @return bool */
    public function isLoggedBack() {}
}

class Order extends ObjectModel
{
    /** @var int */
    public $id_customer;
    /** @var int */
    public $id_shop;
    /** @var int */
    public $id_shop_group;
    /** @var int */
    public $id_lang;
    /** @var int */
    public $id_currency;
    /** @var string */
    public $reference;
    /** @var string */
    public $secure_key;
    /** @var string */
    public $date_add;

    /**
     * @param int|null $id
     * @param int|null $id_lang
     */
    public function __construct($id = null, $id_lang = null) {}

    /**
     * @param string $reference
     *
     * @return PrestaShopCollection
     */
    public static function getByReference($reference) {}

    /** @return Customer */
    public function getCustomer() {}
}

class PrestaShopCollection implements Iterator, Countable
{
    /** @return ObjectModel|false */
    public function getFirst() {}

    /** @return ObjectModel[] */
    public function getResults() {}

    #[\ReturnTypeWillChange]
    public function current() {}

    #[\ReturnTypeWillChange]
    public function next() {}

    #[\ReturnTypeWillChange]
    public function key() {}

    #[\ReturnTypeWillChange]
    public function valid() {}

    #[\ReturnTypeWillChange]
    public function rewind() {}

    #[\ReturnTypeWillChange]
    public function count() {}
}

class Currency extends ObjectModel
{
    /** @var string */
    public $iso_code;
    /** @var string */
    public $sign;
}

class Mail
{
    public const TYPE_HTML = 1;
    public const TYPE_TEXT = 2;
    public const TYPE_BOTH = 3;

    /**
     * @param int $idLang
     * @param string $template
     * @param string $subject
     * @param array<string, mixed> $templateVars
     * @param string|string[] $to
     * @param string|string[]|null $toName
     * @param string|null $from
     * @param string|null $fromName
     * @param array<string, mixed>|null $fileAttachment
     * @param bool|null $mode_smtp
     * @param string $templatePath
     * @param bool $die
     * @param int|null $idShop
     * @param string|string[]|null $bcc
     * @param string|null $replyTo
     * @param string|null $replyToName
     *
     * @return bool|int
     */
    public static function send($idLang, $template, $subject, $templateVars, $to, $toName = null, $from = null, $fromName = null, $fileAttachment = null, $mode_smtp = null, $templatePath = _PS_MAIL_DIR_, $die = false, $idShop = null, $bcc = null, $replyTo = null, $replyToName = null) {}
}

class Media
{
    /**
     * @param array<string, mixed> $jsDef
     *
     * @return void
     */
    public static function addJsDef($jsDef) {}

    /**
     * @param string $mediaUri
     * @param string|null $cssMediaType
     *
     * @return string|array<string, string>|false
     */
    public static function getMediaPath($mediaUri, $cssMediaType = null) {}
}

class Tab extends ObjectModel
{
    /** @var string|array<int, string> */
    public $name;
    /** @var string */
    public $class_name;
    /** @var string */
    public $route_name;
    /** @var string */
    public $module;
    /** @var int */
    public $id_parent;
    /** @var int */
    public $position;
    /** @var bool */
    public $active = true;
    /** @var bool */
    public $enabled = true;
    /** @var string */
    public $icon;
    /** @var string|null */
    public $wording;
    /** @var string|null */
    public $wording_domain;

    /**
     * @param string $className
     *
     * @return int|false
     */
    public static function getIdFromClassName($className) {}
}

class Language extends ObjectModel
{
    /** @var string */
    public $name;
    /** @var string */
    public $iso_code;
    /** @var string */
    public $locale;
    /** @var string */
    public $language_code;
    /** @var string */
    public $date_format_lite = 'Y-m-d';
    /** @var string */
    public $date_format_full = 'Y-m-d H:i:s';
    /** @var bool */
    public $is_rtl = false;
    /** @var bool */
    public $active = true;

    /**
     * @param bool $active
     * @param int|false $id_shop
     * @param bool $ids_only
     *
     * @return array<int, array<string, mixed>>
     */
    public static function getLanguages($active = true, $id_shop = false, $ids_only = false) {}

    /**
     * PrestaShop 8.1.2 and 9.1.4.
     */
    public static function getLocaleById(int $langId): ?string {}

    /**
     * @param string $iso_code
     * @param bool $no_cache
     *
     * @return int|false|null
     */
    public static function getIdByIso($iso_code, $no_cache = false) {}

    /**
     * @param int $id_lang
     *
     * @return string|false
     */
    public static function getIsoById($id_lang) {}
}

class Shop extends ObjectModel
{
    public const CONTEXT_SHOP = 1;
    public const CONTEXT_GROUP = 2;
    public const CONTEXT_ALL = 4;
    public const SHARE_CUSTOMER = 'share_customer';
    public const SHARE_ORDER = 'share_order';
    public const SHARE_STOCK = 'share_stock';

    /** @var int */
    public $id_shop_group;
    /** @var int */
    public $id_category;
    /** @var string */
    public $theme_name;
    /** @var string */
    public $name;
    /** @var string */
    public $color;
    /** @var bool */
    public $active = true;
    /** @var bool */
    public $deleted;
    /** @var string */
    public $physical_uri;
    /** @var string */
    public $virtual_uri;
    /** @var string */
    public $domain;
    /** @var string */
    public $domain_ssl;

    /** @return ShopGroup */
    public function getGroup() {}

    /** @return string */
    public function getBaseURL($auto_secure_mode = false, $add_base_uri = true) {}

    /**
     * @param int $shop_id
     *
     * @return array<string, mixed>|false
     */
    public static function getShop($shop_id) {}

    /**
     * @param string|false $share Shop::SHARE_CUSTOMER, Shop::SHARE_ORDER or false
     * @param string|null $alias
     *
     * @return string
     */
    public static function addSqlRestriction($share = false, $alias = null) {}

    /**
     * @param string|false $share
     *
     * @return int[]
     */
    public static function getContextListShopID($share = false) {}

    /**
     * @param bool $null_value_without_multishop
     *
     * @return int|null
     */
    public static function getContextShopID($null_value_without_multishop = false) {}

    /**
     * @param bool $null_value_without_multishop
     *
     * @return int|null
     */
    public static function getContextShopGroupID($null_value_without_multishop = false) {}

    /** @return int */
    public static function getContext() {}

    /**
     * @param int $type
     * @param int|null $id
     *
     * @return void
     */
    public static function setContext($type, $id = null) {}

    /** @return bool */
    public static function isFeatureActive() {}

    /**
     * @param bool $active
     * @param int|null $id_shop_group
     * @param bool $get_as_list_id
     *
     * @return array<int, mixed>
     */
    public static function getShops($active = true, $id_shop_group = null, $get_as_list_id = false) {}

    /**
     * @param string $type Shop::SHARE_*
     *
     * @return int[]
     */
    public static function getSharedShops($shop_id, $type) {}
}

class ShopGroup extends ObjectModel
{
    /** @var string */
    public $name;
    /** @var string */
    public $color;
    /** @var bool */
    public $active = true;
    /** @var bool */
    public $share_customer;
    /** @var bool */
    public $share_stock;
    /** @var bool */
    public $share_order;
    /** @var bool */
    public $deleted;
}

class PrestaShopLogger extends ObjectModel
{
    public const LOG_SEVERITY_LEVEL_INFORMATIVE = 1;
    public const LOG_SEVERITY_LEVEL_WARNING = 2;
    public const LOG_SEVERITY_LEVEL_ERROR = 3;
    public const LOG_SEVERITY_LEVEL_MAJOR = 4;

    /**
     * @param string $message
     * @param int $severity
     * @param int|null $errorCode
     * @param string|null $objectType
     * @param int|null $objectId
     * @param bool $allowDuplicate
     * @param int|null $idEmployee
     *
     * @return bool
     */
    public static function addLog($message, $severity = 1, $errorCode = null, $objectType = null, $objectId = null, $allowDuplicate = false, $idEmployee = null) {}
}

class Hook extends ObjectModel
{
    /**
     * @param string $hook_name
     * @param array<string, mixed> $hook_args
     * @param int|null $id_module
     * @param bool $array_return
     * @param bool $check_exceptions
     * @param bool $use_push
     * @param int|null $id_shop
     * @param bool $chain
     *
     * @return string|array<mixed>|null
     */
    public static function exec($hook_name, $hook_args = [], $id_module = null, $array_return = false, $check_exceptions = true, $use_push = false, $id_shop = null, $chain = false) {}

    /**
     * @param string $hookName
     *
     * @return int|false
     */
    public static function getIdByName($hookName, bool $withAliases = true, bool $refreshCache = false) {}
}

}

namespace PrestaShopBundle\Translation {

/** PrestaShop 8.1: extends Symfony\Component\Translation\Translator, which implements both interfaces. */
class TranslatorComponent implements \Symfony\Component\Translation\TranslatorInterface, \Symfony\Contracts\Translation\TranslatorInterface
{
    /**
     * @param string $id
     * @param array<string, mixed> $parameters
     * @param string|null $domain
     * @param string|null $locale
     *
     * @return string
     */
    public function trans($id, array $parameters = [], $domain = null, $locale = null) {}

    /** @return string */
    public function getLocale() {}
}

}

namespace PrestaShop\PrestaShop\Core\Localization {

class Locale
{
    /** @return string */
    public function getCode() {}

    /**
     * @param int|float|string $number
     * @param string $currencyCode
     *
     * @return string
     */
    public function formatPrice($number, $currencyCode) {}

    /**
     * @param int|float|string $number
     *
     * @return string
     */
    public function formatNumber($number) {}
}
}

namespace Symfony\Component\Translation {

/**
 * Symfony 4.4's legacy translator interface, which PrestaShop 8.1 still ships
 * (removed in Symfony 5; tests/php installs only the contracts).
 */
interface TranslatorInterface
{
    /**
     * @param string $id
     * @param array<string, mixed> $parameters
     * @param string|null $domain
     * @param string|null $locale
     *
     * @return string
     */
    public function trans($id, array $parameters = [], $domain = null, $locale = null);

    /**
     * @param string $locale
     *
     * @return void
     */
    public function setLocale($locale);

    /** @return string */
    public function getLocale();
}
}
