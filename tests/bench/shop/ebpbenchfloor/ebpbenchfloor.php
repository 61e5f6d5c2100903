<?php

/**
 * Bench only, never shipped (tests/bench/shop/, installed into a test shop by `npm run bench -- --real-shop` and
 * uninstalled at its end). Two front controllers in the same shop as the module, for the real-shop bench:
 * - receive: the floor receiver of an E-connecteur push (key check, decode, temp file + rename, one INSERT), with
 *   the same machine-client shortcuts as the module's MachineFrontController;
 * - bare: answers 200 and nothing else, i.e. PrestaShop's bootstrap alone.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

class Ebpbenchfloor extends Module
{
    public function __construct()
    {
        $this->name = 'ebpbenchfloor';
        $this->tab = 'administration';
        $this->version = '1.0.0';
        $this->author = 'ebpdocuments bench';
        $this->need_instance = 0;
        $this->bootstrap = true;
        parent::__construct();
        $this->displayName = 'ebpdocuments bench floor';
        $this->description = 'Bench only: the floor receiver and a bare front controller.';
        $this->ps_versions_compliancy = ['min' => '8.0.0', 'max' => _PS_VERSION_];
    }

    public function install()
    {
        $files = _PS_ROOT_DIR_ . '/var/modules/ebpbenchfloor/tmp';

        return parent::install()
            && (is_dir($files) || mkdir($files, 0775, true))
            && Db::getInstance()->execute('CREATE TABLE IF NOT EXISTS `' . _DB_PREFIX_ . 'ebpbenchfloor_document` (
                `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, `reference` VARCHAR(64) NOT NULL,
                `file_name` VARCHAR(80) NOT NULL, `file_size` INT UNSIGNED NOT NULL, `sha256` CHAR(64) NOT NULL,
                `date_add` DATETIME NOT NULL
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4');
    }

    public function uninstall()
    {
        Db::getInstance()->execute('DROP TABLE IF EXISTS `' . _DB_PREFIX_ . 'ebpbenchfloor_document`');

        return parent::uninstall();
    }
}
