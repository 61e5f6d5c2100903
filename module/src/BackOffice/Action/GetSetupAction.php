<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\Presenter\SettingsPresenter;
use Ebpdocuments\BackOffice\Query\StorageUsage;
use Ebpdocuments\BackOffice\SetupUrls;
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Kernel\Support\UploadLimits;
use Ebpdocuments\Storage\DocumentStorage;

/**
 * getSetup (view) → `{urls, storage: {path, writable, usedBytes}, limits, settings, contactEmail}`: what the connector
 * set-up and settings views show (`contactEmail`: the shop's address, where the daily summary goes).
 */
final class GetSetupAction implements AdminAction
{
    /** @var Links */
    private $links;
    /** @var Settings */
    private $settings;
    /** @var DocumentStorage */
    private $storage;
    /** @var StorageUsage */
    private $usage;
    /** @var string */
    private $contactEmail;

    public function __construct(Links $links, Settings $settings, DocumentStorage $storage, StorageUsage $usage, string $contactEmail = '')
    {
        $this->contactEmail = $contactEmail;
        $this->links = $links;
        $this->settings = $settings;
        $this->storage = $storage;
        $this->usage = $usage;
    }

    public function handle(array $params, ActionContext $context): array
    {
        return [
            'urls' => SetupUrls::of($this->links),
            'storage' => [
                'path' => $this->storage->root(),
                'writable' => $this->storage->isWritable(),
                'usedBytes' => $this->usage->usedBytes(),
            ],
            'limits' => UploadLimits::fromSettings($this->settings)->toArray(),
            'settings' => SettingsPresenter::present($this->settings),
            'contactEmail' => $this->contactEmail,
        ];
    }
}
