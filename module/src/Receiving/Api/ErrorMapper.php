<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\DuplicateKeyException;
use Ebpdocuments\Kernel\Database\RetryableDatabaseException;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\ErrorLog;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Kernel\Translation\ModuleCatalogue;
use Ebpdocuments\Storage\Documents\DocumentManager;
use Ebpdocuments\Storage\StorageException;

/**
 * The one place where a failure becomes an answer (as ps_accounts' AbstractV2RestController::handleException does
 * with its HttpException): refusal() turns any failure into a Refusal, and three renderers write it for each door:
 * - forEconnecteur: short plain text in the connector's language (French: E-connecteur sends French documents and
 *   shows the body to the EBP user);
 * - forApi: `{"error": {"code", "message", "field"}}` with the English wording;
 * - forAdmin: `{"ok": false, "error": {"code", "message", "field"?}}` in the employee's language.
 * Anything that is not a refusal is logged and answered with a generic message: never a trace, a path or a key.
 */
final class ErrorMapper
{
    const CONNECTOR = 'connector';
    const ADMIN = 'admin';

    /** The language E-connecteur's requests are in (its contract: French documents, French EBP users). */
    const CONNECTOR_LOCALE = 'fr-FR';

    const INTERNAL = 'Internal error; the document was not stored. Retry later; if it persists, the shop administrator can read the details in the shop logs.';
    const STORAGE_UNWRITABLE = 'The shop cannot write its document storage folder; the document was not stored. The shop administrator must fix it.';
    const DATABASE_BUSY = 'The shop database is busy; the document was not stored. Retry in a minute.';
    /** The back office's own wordings of the same failures (AdminMessages names them too). */
    const ADMIN_BUSY = 'The shop database is busy. Try again in a minute.';
    const ADMIN_INTERNAL = 'Something went wrong and nothing was changed. The details are in the shop logs.';

    /** @var ErrorLog */
    private $log;
    /** @var Translator */
    private $connectorLanguage;
    /** @var Translator */
    private $adminLanguage;

    /**
     * @param Translator|null $connectorLanguage the connector's language (default: the module's fr-FR catalogue)
     * @param Translator|null $adminLanguage the employee's language (default: the connector's)
     */
    public function __construct(ErrorLog $log, ?Translator $connectorLanguage = null, ?Translator $adminLanguage = null)
    {
        $this->log = $log;
        $this->connectorLanguage = $connectorLanguage !== null ? $connectorLanguage : new ModuleCatalogue(self::CONNECTOR_LOCALE);
        $this->adminLanguage = $adminLanguage !== null ? $adminLanguage : $this->connectorLanguage;
    }

    /** The translator of the connector's language, for the doors' other answers. */
    public function connectorLanguage(): Translator
    {
        return $this->connectorLanguage;
    }

    /** E-connecteur door: short plain text, shown as is to the EBP user. */
    public function forEconnecteur(\Throwable $error): Response
    {
        $refusal = $this->refusal($error, self::CONNECTOR);

        return $this->withHeaders(Response::text($refusal->status(), $this->connectorMessage($refusal)), $refusal);
    }

    /** API v1: { "error": { "code", "message", "field" } }. */
    public function forApi(\Throwable $error): Response
    {
        $refusal = $this->refusal($error, self::CONNECTOR);
        $body = ['code' => $refusal->errorCode(), 'message' => $this->englishMessage($refusal), 'field' => $refusal->field()];

        return $this->withHeaders(Response::json($refusal->status(), ['error' => $body]), $refusal);
    }

    /** Admin AJAX: { "ok": false, "error": { "code", "message", "field"? } }, in the employee's language. */
    public function forAdmin(\Throwable $error): Response
    {
        $refusal = $this->refusal($error, self::ADMIN);
        $body = ['code' => $refusal->errorCode(), 'message' => $this->text($this->adminLanguage, $refusal, '.')];
        if ($refusal->field() !== null) {
            $body['field'] = $refusal->field();
        }

        return $this->withHeaders(Response::json($refusal->status(), ['ok' => false, 'error' => $body]), $refusal);
    }

    /** The refusal's wording in the connector's language (E-connecteur's answers and activity log). */
    public function connectorMessage(Refusal $refusal): string
    {
        return $this->text($this->connectorLanguage, $refusal, ',');
    }

    /** The refusal's English wording (API v1). */
    public function englishMessage(Refusal $refusal): string
    {
        return strtr($refusal->messageId(), self::params($refusal->params(), '.'));
    }

    /**
     * Any failure as the refusal the client may read; what is not a refusal is logged first.
     *
     * @param string $door self::CONNECTOR (both connector doors) or self::ADMIN
     */
    public function refusal(\Throwable $error, string $door = self::CONNECTOR): Refusal
    {
        if ($error instanceof Refusal) {
            return $error;
        }
        if ($door === self::ADMIN) {
            $known = self::adminRefusal($error);
            if ($known !== null) {
                return $known;
            }
        }
        $this->log->error(($door === self::ADMIN ? 'Admin action failed: ' : '') . get_class($error) . ': ' . $error->getMessage(), [
            'at' => basename($error->getFile()) . ':' . $error->getLine(),
        ]);
        if ($door === self::ADMIN) {
            return $error instanceof RetryableDatabaseException
                ? Refusal::unavailable(self::ADMIN_BUSY, 'busy', ['Retry-After' => '30'])
                : new Refusal(500, 'internal_error', self::ADMIN_INTERNAL);
        }
        if ($error instanceof StorageException) {
            return Refusal::unavailable(self::STORAGE_UNWRITABLE);
        }
        if ($error instanceof RetryableDatabaseException) {
            return Refusal::unavailable(self::DATABASE_BUSY);
        }

        return new Refusal(500, 'internal_error', self::INTERNAL);
    }

    /** A concurrent insert of the same row: the back office asks to reload (not logged: it is not a fault). */
    private static function adminRefusal(\Throwable $error): ?Refusal
    {
        return $error instanceof DuplicateKeyException ? Refusal::conflict(DocumentManager::CHANGED) : null;
    }

    private function text(Translator $language, Refusal $refusal, string $decimalSeparator): string
    {
        return $language->trans($refusal->messageId(), self::params($refusal->params(), $decimalSeparator), Refusal::DOMAIN);
    }

    /**
     * @param array<string, string|int|float> $params
     *
     * @return array<string, string>
     */
    private static function params(array $params, string $decimalSeparator): array
    {
        $texts = [];
        foreach ($params as $name => $value) {
            $texts[$name] = is_float($value) ? str_replace('.', $decimalSeparator, (string) $value) : (string) $value;
        }

        return $texts;
    }

    private function withHeaders(Response $response, Refusal $refusal): Response
    {
        foreach ($refusal->headers() as $name => $value) {
            $response = $response->withHeader($name, $value);
        }

        return $response;
    }
}
