<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Support\SettingKeys;

/**
 * Install, upgrade and uninstall steps. Tables, settings and stored files survive an uninstall, so a reset or a
 * reinstall finds every document again; only the explicit purge of the back office deletes them.
 */
final class Installer
{
    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @param string[] $hooks
     */
    public function install(\Module $module, array $hooks): bool
    {
        $this->createTables();
        $this->installDefaultSettings();
        // The back office searches customers through the module's own term table: index those already there.
        (new IndexCustomerTerms())->run($this->connection);

        return (bool) $module->registerHook($hooks);
    }

    /**
     * Upgrade from any earlier version: the same idempotent schema and defaults as an install, the hooks, then the
     * data steps of UpgradeSteps::all() in order (each one safe to run twice, so a retried upgrade does no harm).
     *
     * @param string[] $hooks
     */
    public function upgrade(\Module $module, array $hooks): bool
    {
        $this->createTables();
        $this->installDefaultSettings();
        foreach (UpgradeSteps::all() as $step) {
            (new $step())->run($this->connection);
        }

        return (bool) $module->registerHook($hooks);
    }

    /**
     * Runs on upgrade too: every statement is idempotent.
     */
    public function createTables(): void
    {
        $engine = defined('_MYSQL_ENGINE_') ? (string) constant('_MYSQL_ENGINE_') : 'InnoDB';
        foreach (Schema::statements($this->connection->prefix(), $engine) as $statement) {
            $this->connection->execute($statement);
        }
    }

    /**
     * Only fills settings that are missing, so a reinstall keeps the merchant's choices (and the storage folder,
     * without which the kept documents would not be found).
     */
    public function installDefaultSettings(): void
    {
        foreach (SettingKeys::defaults() as $key => $default) {
            $name = SettingKeys::configurationName($key);
            if (\Configuration::getGlobalValue($name) === false) {
                \Configuration::updateGlobalValue($name, $default);
            }
        }
    }

    /**
     * Hooks and the tab go with PrestaShop's own uninstall; data stays.
     */
    public function uninstall(): bool
    {
        return true;
    }
}
