<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Application;
use Ebpdocuments\Auth\AuthenticatedClient;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;

/**
 * DELETE v1/documents?type=&number=: withdraws a document (file and row deleted, the event log keeps a
 * "withdrawn" entry). 404 when there is no such document.
 */
final class WithdrawDocumentHandler implements RouteHandler
{
    /** @var Application */
    private $app;

    public function __construct(Application $app)
    {
        $this->app = $app;
    }

    public function handle(Request $request, AuthenticatedClient $client, ErrorMapper $errors): Response
    {
        $row = DocumentNumberQuery::document($request, $this->app);
        $this->app->documentManager()->withdraw((int) $row['id_document'], $client->label());

        return Response::json(200, [
            'withdrawn' => true,
            'document' => ['id' => (int) $row['id_document'], 'type' => (string) $row['type'], 'number' => (string) $row['reference']],
        ]);
    }
}
