<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Auth\AuthenticatedClient;

/**
 * GET v1/documents/status?type=&number=: reconciliation. Whether the shop has the document, its status and reason,
 * version and sha256, and whether a customer is attached (no customer data).
 */
final class DocumentStatusHandler implements RouteHandler
{
    /** @var DocumentNumberQuery */
    private $query;

    public function __construct(DocumentNumberQuery $query)
    {
        $this->query = $query;
    }

    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response
    {
        $row = $this->query->document($request);

        return Response::json(200, ['exists' => true, 'document' => DocumentJson::fromRow($row)]);
    }
}
