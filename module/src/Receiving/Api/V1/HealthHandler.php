<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\UploadLimits;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Auth\AuthenticatedClient;
use Ebpdocuments\Storage\DocumentStorage;

/**
 * GET v1/health: module version, size limits (the module's and PHP's), whether storage is writable, server time.
 */
final class HealthHandler implements RouteHandler
{
    /** @var DocumentStorage */
    private $storage;
    /** @var UploadLimits */
    private $limits;
    /** @var Clock */
    private $clock;
    /** @var int */
    private $shopId;
    /** @var string */
    private $moduleVersion;

    public function __construct(DocumentStorage $storage, UploadLimits $limits, Clock $clock, int $shopId, string $moduleVersion)
    {
        $this->storage = $storage;
        $this->limits = $limits;
        $this->clock = $clock;
        $this->shopId = $shopId;
        $this->moduleVersion = $moduleVersion;
    }

    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response
    {
        $writable = $this->storage->isWritable();

        return Response::json(200, [
            'status' => $writable ? 'ok' : 'degraded',
            'moduleVersion' => $this->moduleVersion,
            'shopId' => $this->shopId,
            'time' => $this->clock->now()->format(\DateTime::ATOM),
            'limits' => $this->limits->toArray(),
            'storage' => ['writable' => $writable],
            'client' => ['kind' => $client->kind(), 'label' => $client->label()],
        ]);
    }
}
