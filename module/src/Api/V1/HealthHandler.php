<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Support\Clock;
use Ebpdocuments\Support\UploadLimits;

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
