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
use Ebpdocuments\Storage\Documents\DocumentManager;

/**
 * DELETE v1/documents?type=&number=: withdraws a document (file and row deleted, the event log keeps a
 * "withdrawn" entry). 404 when there is no such document.
 */
final class WithdrawDocumentHandler implements RouteHandler
{
    /** @var DocumentNumberQuery */
    private $query;
    /** @var DocumentManager */
    private $manager;

    public function __construct(DocumentNumberQuery $query, DocumentManager $manager)
    {
        $this->query = $query;
        $this->manager = $manager;
    }

    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response
    {
        $row = $this->query->document($request);
        $this->manager->withdraw((int) $row['id_document'], $client->label());

        return Response::json(200, [
            'withdrawn' => true,
            'document' => ['id' => (int) $row['id_document'], 'type' => (string) $row['type'], 'number' => (string) $row['reference']],
        ]);
    }
}
