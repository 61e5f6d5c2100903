<?php

declare(strict_types=1);

namespace Ebpdocuments\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\DuplicateKeyException;
use Ebpdocuments\Database\RetryableDatabaseException;
use Ebpdocuments\Documents\ConflictException;
use Ebpdocuments\Documents\DocumentNotFoundException;
use Ebpdocuments\Documents\DomainRuleException;
use Ebpdocuments\Http\ApiException;
use Ebpdocuments\Http\Response;
use Ebpdocuments\Support\ErrorLog;
use Ebpdocuments\Support\Translator;

/**
 * The one place where an admin action's failure becomes `{ok: false, error: {code, message, field?}}` with a real
 * status, in the employee's language. Unknown failures are logged and answered as a generic 500: never a trace,
 * a path or a key.
 */
final class AdminErrorMapper
{
    /** @var AdminMessages */
    private $messages;
    /** @var Translator */
    private $translator;
    /** @var ErrorLog */
    private $log;

    public function __construct(AdminMessages $messages, Translator $translator, ErrorLog $log)
    {
        $this->messages = $messages;
        $this->translator = $translator;
        $this->log = $log;
    }

    public function toResponse(\Throwable $error): Response
    {
        if ($error instanceof ActionException) {
            return $this->answer($error->status(), $error->errorCode(), $this->messages->text($error->messageKey(), $error->messageParams()), $error->field());
        }
        if ($error instanceof ApiException) {
            // Refusals of shared services carry an English wording; the admin catalogue may translate it.
            $message = $this->translator->trans($error->englishMessage(), [], AdminMessages::DOMAIN);

            return $this->answer($error->status(), $error->errorCode(), $message, $error->field(), $error->headers());
        }
        if ($error instanceof DocumentNotFoundException) {
            return $this->answer(404, 'not_found', $this->messages->text(AdminMessages::DOCUMENT_NOT_FOUND), $error->field());
        }
        if ($error instanceof ConflictException) {
            return $this->answer(409, 'conflict', $this->messages->text(AdminMessages::CONFLICT), $error->field());
        }
        if ($error instanceof DomainRuleException) {
            // The app keys on "validation" for every 422; the rule's own wording may be translated by the catalogue.
            return $this->answer(422, 'validation', $this->translator->trans($error->getMessage(), [], AdminMessages::DOMAIN), $error->field());
        }
        if ($error instanceof DuplicateKeyException) {
            return $this->answer(409, 'conflict', $this->messages->text(AdminMessages::CONFLICT), null);
        }
        $this->log->error('Admin action failed: ' . get_class($error) . ': ' . $error->getMessage(), [
            'at' => basename($error->getFile()) . ':' . $error->getLine(),
        ]);
        if ($error instanceof RetryableDatabaseException) {
            return $this->answer(503, 'busy', $this->messages->text(AdminMessages::BUSY), null, ['Retry-After' => '30']);
        }

        return $this->answer(500, 'internal_error', $this->messages->text(AdminMessages::INTERNAL), null);
    }

    /**
     * @param array<string, string> $headers
     */
    private function answer(int $status, string $code, string $message, ?string $field, array $headers = []): Response
    {
        $error = ['code' => $code, 'message' => $message];
        if ($field !== null) {
            $error['field'] = $field;
        }
        $response = Response::json($status, ['ok' => false, 'error' => $error]);
        foreach ($headers as $name => $value) {
            $response = $response->withHeader($name, $value);
        }

        return $response;
    }
}
