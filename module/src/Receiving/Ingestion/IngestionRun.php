<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Ingestion;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What one attempt of IngestionService did to the filesystem and what must follow its COMMIT.
 *
 * @internal
 */
final class IngestionRun
{
    /** @var string|null final file name created by this attempt (removed if the attempt fails) */
    public $promoted;
    /** @var string|null file of the replaced version, retired after COMMIT (the sweep removes it after its grace period) */
    public $obsoleteFile;
    /** @var bool */
    public $notifyAttached = false;
    /** @var bool */
    public $notifyAsNewVersion = false;
    /** @var bool the document (or its new version) is stored waiting */
    public $notifyWaiting = false;
}
