<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\Presenter\SettingsPresenter;
use Ebpdocuments\BackOffice\StorageDirPolicy;
use Ebpdocuments\Customer\TypeVisibility;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Storage\DocumentStorage;

/**
 * saveSettings (edit): `{settings: Partial<Settings>}` → `{settings}`. Every value is checked before anything is
 * written (settings or folders), so a refused value changes nothing, on disk included.
 */
final class SaveSettingsAction implements AdminAction
{
    const MAX_PDF_MB_MIN = 1;
    const MAX_PDF_MB_MAX = 200;
    const PURGE_DAYS_MAX = 3650;
    /** Mail servers commonly refuse messages above 10–25 MB (base64 adds a third). */
    const MAIL_ATTACH_MB_MAX = 15;
    const DIGEST_DAYS_MAX = 365;

    /** @var Settings */
    private $settings;
    /** @var StorageDirPolicy */
    private $storagePolicy;
    /** @var Connection */
    private $connection;
    /** @var string the folder in use now */
    private $currentStorageDir;

    public function __construct(Settings $settings, StorageDirPolicy $storagePolicy, Connection $connection, string $currentStorageDir)
    {
        $this->settings = $settings;
        $this->storagePolicy = $storagePolicy;
        $this->connection = $connection;
        $this->currentStorageDir = $currentStorageDir;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = (new Params($params))->object('settings');
        $values = [];
        foreach ($input->names() as $name) {
            if (!isset(SettingsPresenter::NAMES[$name])) {
                throw Refusal::validation($name, AdminMessages::UNKNOWN_PARAM);
            }
            $values[SettingsPresenter::NAMES[$name]] = $this->checked($name, $input);
        }
        // Every value is accepted: only now may the new storage folder be created (with its .htaccess, index.php
        // and tmp/). If that fails, nothing is stored and what was created is removed.
        if (isset($values[SettingKeys::STORAGE_DIR]) && $values[SettingKeys::STORAGE_DIR] !== '') {
            $this->prepareStorage($values[SettingKeys::STORAGE_DIR]);
        }
        foreach ($values as $key => $value) {
            $this->settings->set($key, $value);
        }

        return ['settings' => SettingsPresenter::present($this->settings)];
    }

    /**
     * The value to store (as Configuration holds it: a string).
     */
    private function checked(string $name, Params $input): string
    {
        if (in_array($name, SettingsPresenter::BOOLEANS, true)) {
            if (!is_bool($input->raw($name))) {
                throw Refusal::validation($name);
            }

            return $input->bool($name) ? '1' : '0';
        }
        switch ($name) {
            case 'maxPdfMb':
                return (string) $input->intInRange($name, self::MAX_PDF_MB_MIN, self::MAX_PDF_MB_MAX);
            case 'mailAttachMaxMb':
                return (string) $input->intInRange($name, 1, self::MAIL_ATTACH_MB_MAX);
            case 'purgeWaitingDays':
                return (string) $input->intInRange($name, 0, self::PURGE_DAYS_MAX);
            case 'digestDays':
                return (string) $input->intInRange($name, 1, self::DIGEST_DAYS_MAX);
            case 'onCustomerDelete':
                return $input->choice($name, [SettingKeys::ON_DELETE_KEEP_ASIDE, SettingKeys::ON_DELETE_DELETE], '') ?: $this->refuse($name);
            case 'notifyTypes':
            case 'mailAttachTypes':
            case 'guestMailTypes':
                return (string) json_encode($this->typeList($name, $input->raw($name)));
            case 'visibleTypes':
                return TypeVisibility::store($this->typeList($name, $input->raw($name)));
            case 'storageDir':
                return $this->storageDir($input->string($name, 1024));
        }
        throw Refusal::validation($name, AdminMessages::UNKNOWN_PARAM);
    }

    /**
     * @param mixed $list
     *
     * @return string[] valid codes, in the canonical order, so equal choices always store equal values
     */
    private function typeList(string $name, $list): array
    {
        if (!is_array($list) || ($list !== [] && array_values($list) !== $list)) {
            throw Refusal::validation($name);
        }
        $codes = [];
        foreach ($list as $code) {
            if (!is_string($code) || !DocumentType::isValid($code)) {
                throw Refusal::validation($name, AdminMessages::NOT_A_CHOICE);
            }
            $codes[$code] = true;
        }
        return array_values(array_filter(DocumentType::all(), function (string $code) use ($codes): bool {
            return isset($codes[$code]);
        }));
    }

    /**
     * '' = the default folder under the shop's var/. Only looks: the folder is created by prepareStorage() once
     * every value of the save is accepted, so a refused save leaves nothing on disk. The value already configured is
     * kept as it is (saving other settings never fails on it).
     */
    private function storageDir(string $path): string
    {
        if ($path === '') {
            return '';
        }
        if ($path === $this->settings->get(SettingKeys::STORAGE_DIR)) {
            return $path;
        }
        $refusal = $this->storagePolicy->refusal($path);
        if ($refusal === null) {
            $refusal = $this->storagePolicy->contentRefusal($path);
        }
        if ($refusal !== null) {
            throw Refusal::validation('storageDir', $refusal);
        }
        $path = rtrim($path, '/\\');
        if ($path !== rtrim($this->currentStorageDir, '/\\') && !$this->holdsStoredFiles(new DocumentStorage($path))) {
            throw Refusal::validation('storageDir', AdminMessages::STORAGE_FILES_NOT_MOVED);
        }

        return $path;
    }

    /** Creates the accepted folder; on failure removes what this call created and refuses the save. */
    private function prepareStorage(string $path): void
    {
        $missing = [];
        for ($folder = $path; $folder !== '' && !file_exists($folder) && dirname($folder) !== $folder; $folder = dirname($folder)) {
            $missing[] = $folder;
        }
        $storage = new DocumentStorage($path);
        if ($storage->isWritable()) {
            return;
        }
        // Only folders this call created, deepest first, and only what DocumentStorage puts in them.
        foreach ($missing as $folder) {
            foreach (['tmp/.htaccess', 'tmp/index.php', '.htaccess', 'index.php'] as $file) {
                if (is_file($folder . '/' . $file)) {
                    @unlink($folder . '/' . $file);
                }
            }
            @rmdir($folder . '/' . DocumentStorage::TEMP_DIR);
            @rmdir($folder);
        }
        throw Refusal::validation('storageDir', AdminMessages::STORAGE_NOT_WRITABLE);
    }

    /**
     * Changing the folder must not orphan the stored PDFs: when documents exist, the newest one's file must already
     * be in the new folder (the merchant moved the files first).
     */
    private function holdsStoredFiles(DocumentStorage $storage): bool
    {
        $fileName = $this->connection->fetchValue('SELECT file_name FROM PREFIX_ebpdocuments_document ORDER BY id_document DESC LIMIT 1');

        return $fileName === null || $storage->exists($fileName);
    }

    private function refuse(string $name): string
    {
        throw Refusal::validation($name, AdminMessages::NOT_A_CHOICE);
    }
}
