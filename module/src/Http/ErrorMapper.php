<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\RetryableDatabaseException;
use Ebpdocuments\Ingestion\InvalidDocumentException;
use Ebpdocuments\Storage\StorageException;
use Ebpdocuments\Support\ErrorLog;

/**
 * The one place where a failure becomes an answer, for each door: French plain text for E-connecteur, JSON for the
 * API and the admin AJAX. Known refusals keep their status, code, message and field; anything else is a 500 with a
 * generic message, its detail going to the ErrorLog only (no trace, path or key ever reaches the client).
 */
final class ErrorMapper
{
    const INTERNAL_EN = 'Internal error; the document was not stored. Retry later; if it persists, the shop administrator can read the details in the shop logs.';
    const INTERNAL_FR = 'Erreur interne du site : le document n\'a pas été enregistré. Réessayez plus tard ; si l\'erreur persiste, l\'administrateur du site trouvera le détail dans les journaux de la boutique.';

    /** @var ErrorLog */
    private $log;

    public function __construct(ErrorLog $log)
    {
        $this->log = $log;
    }

    /** E-connecteur door: short French plain text, shown as is to the EBP user. */
    public function forEconnecteur(\Throwable $error): Response
    {
        $known = $this->known($error);
        $response = Response::text($known->status(), $known->frenchMessage());

        return $this->withHeaders($response, $known);
    }

    /** API v1: { "error": { "code", "message", "field" } }. */
    public function forApi(\Throwable $error): Response
    {
        $known = $this->known($error);

        return $this->withHeaders(Response::json($known->status(), ['error' => $this->errorBody($known)]), $known);
    }

    /** Admin AJAX: { "ok": false, "error": { "code", "message", "field"? } }. */
    public function forAdmin(\Throwable $error): Response
    {
        $known = $this->known($error);
        $body = $this->errorBody($known);
        if ($body['field'] === null) {
            unset($body['field']);
        }

        return $this->withHeaders(Response::json($known->status(), ['ok' => false, 'error' => $body]), $known);
    }

    /**
     * The error as a refusal the client may read (for per-item results such as a batch).
     */
    public function known(\Throwable $error): ApiException
    {
        if ($error instanceof ApiException) {
            return $error;
        }
        if ($error instanceof InvalidDocumentException) {
            return new ApiException(
                $error->httpStatus(),
                $error->errorCode(),
                $error->englishMessage(),
                $error->frenchMessage(),
                $error->field() !== '' ? $error->field() : null
            );
        }
        $this->log->error(get_class($error) . ': ' . $error->getMessage(), [
            'at' => basename($error->getFile()) . ':' . $error->getLine(),
        ]);
        if ($error instanceof StorageException) {
            return new ServiceUnavailableException(
                'The shop cannot write its document storage folder; the document was not stored. The shop administrator must fix it.',
                'Le site ne peut pas écrire dans son dossier de stockage des documents : le document n\'a pas été enregistré. L\'administrateur du site doit corriger ce dossier (Clients › Documents EBP).'
            );
        }
        if ($error instanceof RetryableDatabaseException) {
            return new ServiceUnavailableException(
                'The shop database is busy; the document was not stored. Retry in a minute.',
                'Base de données du site momentanément occupée : le document n\'a pas été enregistré. Réessayez dans une minute.'
            );
        }

        return new ApiException(500, 'internal_error', self::INTERNAL_EN, self::INTERNAL_FR);
    }

    /**
     * @return array{code: string, message: string, field: string|null}
     */
    private function errorBody(ApiException $error): array
    {
        return ['code' => $error->errorCode(), 'message' => $error->englishMessage(), 'field' => $error->field()];
    }

    private function withHeaders(Response $response, ApiException $error): Response
    {
        foreach ($error->headers() as $name => $value) {
            $response = $response->withHeader($name, $value);
        }

        return $response;
    }
}
