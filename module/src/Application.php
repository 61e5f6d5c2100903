<?php

declare(strict_types=1);

namespace Ebpdocuments;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Wiring\BackOfficeServices;
use Ebpdocuments\Wiring\CoreServices;
use Ebpdocuments\Wiring\CustomerServices;
use Ebpdocuments\Wiring\ReceivingServices;

/**
 * Composition root of one shop: four small providers (Wiring\), each built when a door first asks for it. Only the
 * doors (controllers, the module's hooks, the door adapters) and the tests hold it; every class below them receives
 * its collaborators in its constructor. PrestaShop builds it in Shop\ApplicationFactory; tests and the local
 * harness build it on their own database: `new Application(new CoreServices(connection, settings, …))`.
 *
 * - core():       the shop's adapters, matching, storage, ingestion, repositories, documents, the new-document mail
 * - receiving():  the connectors' doors (E-connecteur endpoint, API v1) and what they share
 * - backOffice(): the AJAX dispatcher and its actions, page blocks, boot payload, badge, maintenance
 * - customer():   My documents, downloads, codes, guest orders, customer hooks, GDPR
 *
 * A push to a connector's door builds core() and receiving() only.
 */
final class Application
{
    /** @var CoreServices */
    private $core;
    /** @var ReceivingServices|null */
    private $receiving;
    /** @var BackOfficeServices|null */
    private $backOffice;
    /** @var CustomerServices|null */
    private $customer;

    public function __construct(CoreServices $core)
    {
        $this->core = $core;
    }

    public function core(): CoreServices
    {
        return $this->core;
    }

    public function receiving(): ReceivingServices
    {
        if ($this->receiving === null) {
            $this->receiving = new ReceivingServices($this->core);
        }

        return $this->receiving;
    }

    public function backOffice(): BackOfficeServices
    {
        if ($this->backOffice === null) {
            $this->backOffice = new BackOfficeServices($this->core, $this->receiving());
        }

        return $this->backOffice;
    }

    public function customer(): CustomerServices
    {
        if ($this->customer === null) {
            $this->customer = new CustomerServices($this->core);
        }

        return $this->customer;
    }

    /** The shop of this Application (every door passes it on). */
    public function shopId(): int
    {
        return $this->core->shopId();
    }
}
