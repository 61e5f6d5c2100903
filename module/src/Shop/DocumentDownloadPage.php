<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Customer\DocumentNotFound;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Http\ResponseEmitter;

/**
 * What the two PDF download controllers (download: a customer's account; guestdownload: a guest order's tracking
 * session) share: the query of the request, the PDF emitted and the request ended, or, for every refusal, the same
 * not-found page.
 */
final class DocumentDownloadPage
{
    /**
     * @return array<string, mixed>
     */
    public static function query(): array
    {
        return Request::fromSymfony(\Symfony\Component\HttpFoundation\Request::createFromGlobals())->query();
    }

    /**
     * Emits the answer of $download and ends the request; returns when $download refuses (DocumentNotFound), and the
     * controller's initContent() then renders notFound().
     *
     * @param callable(): Response $download
     */
    public static function emit(callable $download): void
    {
        try {
            $response = $download();
        } catch (DocumentNotFound $e) {
            return;
        }
        (new ResponseEmitter())->emit($response);
        exit;
    }

    /**
     * Same page and status for every refusal: missing, someone else's, withdrawn, other shop, wrong token. $backUrl
     * is the page the visitor's documents are listed on.
     */
    public static function notFound(\ModuleFrontController $controller, \Context $context, string $backUrl): void
    {
        header('HTTP/1.1 404 Not Found');
        header('Status: 404 Not Found');
        header('Cache-Control: private, no-store');
        ContextParts::smarty($context)->assign([
            'ebpdocuments_my_documents_url' => $backUrl,
        ]);
        $controller->setTemplate('module:ebpdocuments/views/templates/front/not-found.tpl');
    }
}
