<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The module's tables. Statements are idempotent: install, reinstall and upgrade all run them, and uninstall keeps
 * the tables so that a reset never loses documents (only the explicit purge drops data).
 */
final class Schema
{
    const TABLES = [
        'ebpdocuments_document',
        'ebpdocuments_event',
        'ebpdocuments_api_key',
        'ebpdocuments_customer_link',
        'ebpdocuments_claim',
        'ebpdocuments_auth_failure',
        'ebpdocuments_import',
        'ebpdocuments_import_row',
        'ebpdocuments_email_proof',
        'ebpdocuments_claim_budget',
        'ebpdocuments_webservice_grant',
    ];

    /**
     * The document table's secondary indexes, name => columns (docs/ARCHITECTURE.md says what reads each). A fresh
     * install creates them; the upgrade step DocumentIndexes makes an older table's match them.
     */
    const DOCUMENT_INDEXES = [
        'customer_documents' => ['id_customer', 'id_shop', 'status', 'document_date', 'id_document', 'type', 'first_downloaded_at'],
        'customer_new' => ['id_customer', 'id_shop', 'status', 'first_downloaded_at', 'type'],
        'customer_received' => ['id_customer', 'id_shop', 'date_add'],
        'customer_document_date' => ['id_customer', 'id_shop', 'document_date'],
        'customer_reference' => ['id_customer', 'id_shop', 'reference'],
        'customer_amount' => ['id_customer', 'id_shop', 'total_tax_incl'],
        'shop_status' => ['id_shop', 'status', 'date_add'],
        'shop_received' => ['id_shop', 'date_add'],
        'shop_notices' => ['id_shop', 'status', 'reason', 'date_add'],
        'shop_document_date' => ['id_shop', 'document_date'],
        'shop_reference' => ['id_shop', 'reference'],
        'shop_amount' => ['id_shop', 'total_tax_incl'],
        'shop_file_size' => ['id_shop', 'file_size'],
        'email_normalized' => ['email_normalized'],
        'customer_code' => ['ebp_customer_code'],
        'id_order' => ['id_order'],
    ];

    /**
     * @return string[]
     */
    public static function statements(string $prefix, string $engine = 'InnoDB'): array
    {
        // Transactions and row locks are part of the ingestion's crash safety: never MyISAM.
        $engine = strtolower($engine) === 'innodb' ? 'InnoDB' : 'InnoDB';
        $options = 'ENGINE=' . $engine . ' DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci';

        return [
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_document` (
                `id_document` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `id_shop` INT UNSIGNED NOT NULL,
                `type` VARCHAR(16) NOT NULL,
                `type_raw` VARCHAR(64) NOT NULL DEFAULT \'\',
                `reference` VARCHAR(64) NOT NULL,
                `document_date` DATE NULL DEFAULT NULL,
                `billing_email` VARCHAR(255) NOT NULL DEFAULT \'\',
                `email_normalized` VARCHAR(255) NOT NULL DEFAULT \'\',
                `ebp_customer_code` VARCHAR(64) NULL DEFAULT NULL,
                `order_ref` VARCHAR(64) NULL DEFAULT NULL,
                `id_order` INT UNSIGNED NULL DEFAULT NULL,
                `id_customer` INT UNSIGNED NULL DEFAULT NULL,
                `status` VARCHAR(16) NOT NULL,
                `reason` VARCHAR(32) NULL DEFAULT NULL,
                `match_method` VARCHAR(32) NULL DEFAULT NULL,
                `total_tax_excl` DECIMAL(20,6) NULL DEFAULT NULL,
                `total_tax_incl` DECIMAL(20,6) NULL DEFAULT NULL,
                `currency` CHAR(3) NULL DEFAULT NULL,
                `file_name` VARCHAR(80) NOT NULL,
                `file_size` BIGINT UNSIGNED NOT NULL DEFAULT 0,
                `sha256` CHAR(64) NOT NULL,
                `version` INT UNSIGNED NOT NULL DEFAULT 1,
                `access_token` CHAR(64) NOT NULL,
                `source` VARCHAR(16) NOT NULL,
                `id_api_key` INT UNSIGNED NULL DEFAULT NULL,
                `key_label` VARCHAR(64) NOT NULL DEFAULT \'\',
                `match_attempts` INT UNSIGNED NOT NULL DEFAULT 1,
                `first_downloaded_at` DATETIME NULL DEFAULT NULL,
                `date_add` DATETIME NOT NULL,
                `date_upd` DATETIME NOT NULL,
                PRIMARY KEY (`id_document`),
                UNIQUE KEY `document_number` (`id_shop`, `type`, `reference`),
                ' . self::indexLines(self::DOCUMENT_INDEXES) . '
            ) ' . $options,
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_event` (
                `id_event` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
                `id_shop` INT UNSIGNED NOT NULL,
                `id_document` INT UNSIGNED NULL DEFAULT NULL,
                `document_type` VARCHAR(16) NOT NULL DEFAULT \'\',
                `document_reference` VARCHAR(64) NOT NULL DEFAULT \'\',
                `event` VARCHAR(32) NOT NULL,
                `detail` TEXT NULL,
                `id_customer` INT UNSIGNED NULL DEFAULT NULL,
                `id_employee` INT UNSIGNED NULL DEFAULT NULL,
                `date_add` DATETIME NOT NULL,
                PRIMARY KEY (`id_event`),
                KEY `document_events` (`id_document`, `id_event`),
                KEY `shop_events` (`id_shop`, `id_event`),
                KEY `shop_reference` (`id_shop`, `document_reference`)
            ) ' . $options,
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_api_key` (
                `id_api_key` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `id_shop` INT UNSIGNED NOT NULL DEFAULT 0,
                `label` VARCHAR(64) NOT NULL,
                `key_hash` CHAR(64) NOT NULL,
                `key_hint` VARCHAR(12) NOT NULL,
                `active` TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
                `date_add` DATETIME NOT NULL,
                `last_used_at` DATETIME NULL DEFAULT NULL,
                `revoked_at` DATETIME NULL DEFAULT NULL,
                PRIMARY KEY (`id_api_key`),
                UNIQUE KEY `key_hash` (`key_hash`),
                KEY `id_shop` (`id_shop`)
            ) ' . $options,
            // The back office's customer search (name, e-mail, company) by prefix without scanning ps_customer: one row
            // per term of a customer, kept by the customer hooks (Storage\Repository\CustomerTermRepository).
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_customer_term` (
                `term` VARCHAR(255) NOT NULL,
                `id_customer` INT UNSIGNED NOT NULL,
                PRIMARY KEY (`term`, `id_customer`),
                KEY `id_customer` (`id_customer`)
            ) ' . $options,
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_customer_link` (
                `id_shop` INT UNSIGNED NOT NULL,
                `ebp_customer_code` VARCHAR(64) NOT NULL,
                `id_customer` INT UNSIGNED NOT NULL,
                `id_employee` INT UNSIGNED NULL DEFAULT NULL,
                `date_add` DATETIME NOT NULL,
                PRIMARY KEY (`id_shop`, `ebp_customer_code`),
                KEY `id_customer` (`id_customer`)
            ) ' . $options,
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_claim` (
                `id_claim` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `id_shop` INT UNSIGNED NOT NULL,
                `id_customer` INT UNSIGNED NOT NULL,
                `email` VARCHAR(255) NOT NULL,
                `code_hash` CHAR(64) NOT NULL,
                `attempts` INT UNSIGNED NOT NULL DEFAULT 0,
                `expires_at` DATETIME NOT NULL,
                `used_at` DATETIME NULL DEFAULT NULL,
                `date_add` DATETIME NOT NULL,
                PRIMARY KEY (`id_claim`),
                KEY `customer_claims` (`id_customer`, `id_shop`, `date_add`)
            ) ' . $options,
            // Accounts that proved an e-mail address (Matching\EmailProofs): sha256 of the normalized address, so the
            // key stays short and exact (the _ci collation would equate accent look-alikes).
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_email_proof` (
                `id_customer` INT UNSIGNED NOT NULL,
                `email_hash` CHAR(64) NOT NULL,
                `method` VARCHAR(16) NOT NULL,
                `id_employee` INT UNSIGNED NULL DEFAULT NULL,
                `date_add` DATETIME NOT NULL,
                PRIMARY KEY (`id_customer`, `email_hash`),
                KEY `email_hash` (`email_hash`)
            ) ' . $options,
            // One-time code budgets (Customer\ClaimBudget): one row per account and per e-mail address (sha256 keys).
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_claim_budget` (
                `budget_key` CHAR(64) NOT NULL,
                `sent` INT UNSIGNED NOT NULL DEFAULT 0,
                `window_start` DATETIME NOT NULL,
                PRIMARY KEY (`budget_key`),
                KEY `window_start` (`window_start`)
            ) ' . $options,
            // Failed key presentations per client address (sha256), for Receiving\Auth\AuthThrottle.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_auth_failure` (
                `client_hash` CHAR(64) NOT NULL,
                `failures` INT UNSIGNED NOT NULL DEFAULT 0,
                `window_start` DATETIME NOT NULL,
                PRIMARY KEY (`client_hash`),
                KEY `window_start` (`window_start`)
            ) ' . $options,
            // Back-office imports of older documents (BackOffice\Import\ImportService): the uploaded ZIP and CSV (temp files of
            // the storage folder), the column mapping, where the batches stopped, and a lease against two tabs.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_import` (
                `id_import` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `id_shop` INT UNSIGNED NOT NULL,
                `id_employee` INT UNSIGNED NOT NULL DEFAULT 0,
                `status` VARCHAR(16) NOT NULL,
                `zip_name` VARCHAR(255) NOT NULL DEFAULT \'\',
                `zip_size` BIGINT UNSIGNED NOT NULL DEFAULT 0,
                `zip_file` VARCHAR(80) NOT NULL DEFAULT \'\',
                `csv_name` VARCHAR(255) NOT NULL DEFAULT \'\',
                `csv_size` BIGINT UNSIGNED NOT NULL DEFAULT 0,
                `csv_file` VARCHAR(80) NOT NULL DEFAULT \'\',
                `options` MEDIUMTEXT NULL,
                `total` INT UNSIGNED NOT NULL DEFAULT 0,
                `cursor_position` INT UNSIGNED NOT NULL DEFAULT 0,
                `lease_until` DATETIME NULL DEFAULT NULL,
                `date_add` DATETIME NOT NULL,
                `date_upd` DATETIME NOT NULL,
                PRIMARY KEY (`id_import`),
                KEY `shop_status` (`id_shop`, `status`, `id_import`)
            ) ' . $options,
            // One line per CSV row or PDF of an import: what the dry run planned and what the import did.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_import_row` (
                `id_import` INT UNSIGNED NOT NULL,
                `position` INT UNSIGNED NOT NULL,
                `csv_line` INT UNSIGNED NULL DEFAULT NULL,
                `type` VARCHAR(16) NOT NULL DEFAULT \'\',
                `reference` VARCHAR(64) NOT NULL DEFAULT \'\',
                `pdf_entry` VARCHAR(255) NULL DEFAULT NULL,
                `fields` TEXT NULL,
                `planned` VARCHAR(16) NULL DEFAULT NULL,
                `planned_reason` VARCHAR(32) NULL DEFAULT NULL,
                `outcome` VARCHAR(16) NULL DEFAULT NULL,
                `reason` VARCHAR(32) NULL DEFAULT NULL,
                `id_document` INT UNSIGNED NULL DEFAULT NULL,
                PRIMARY KEY (`id_import`, `position`)
            ) ' . $options,
            // Webservice keys the upgrade from 1.0.0 allowed on the module's webservice resource because they had
            // already delivered documents (Shop\Install\GrantWebserviceRightToSenders); the Connector view says so.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'ebpdocuments_webservice_grant` (
                `id_webservice_account` INT UNSIGNED NOT NULL,
                `methods` VARCHAR(32) NOT NULL,
                `date_add` DATETIME NOT NULL,
                PRIMARY KEY (`id_webservice_account`)
            ) ' . $options,
        ];
    }

    /**
     * @param string[] $columns
     */
    public static function indexDefinition(string $name, array $columns): string
    {
        return 'KEY `' . $name . '` (`' . implode('`, `', $columns) . '`)';
    }

    /**
     * @param array<string, string[]> $indexes name => columns
     */
    private static function indexLines(array $indexes): string
    {
        $lines = [];
        foreach ($indexes as $name => $columns) {
            $lines[] = self::indexDefinition($name, $columns);
        }

        return implode(",\n                ", $lines);
    }
}
