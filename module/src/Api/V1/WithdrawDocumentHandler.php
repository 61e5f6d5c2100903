<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Documents\DocumentManager;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;

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
