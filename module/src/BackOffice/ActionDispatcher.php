<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\Action\AssignDocumentAction;
use Ebpdocuments\BackOffice\Action\CancelImportAction;
use Ebpdocuments\BackOffice\Action\ConfigureImportAction;
use Ebpdocuments\BackOffice\Action\CreateImportAction;
use Ebpdocuments\BackOffice\Action\CreateKeyAction;
use Ebpdocuments\BackOffice\Action\DeleteDocumentsAction;
use Ebpdocuments\BackOffice\Action\DismissWaitingAction;
use Ebpdocuments\BackOffice\Action\DownloadDocumentAction;
use Ebpdocuments\BackOffice\Action\DownloadDocumentsZipAction;
use Ebpdocuments\BackOffice\Action\DownloadImportResultAction;
use Ebpdocuments\BackOffice\Action\ExportDocumentsAction;
use Ebpdocuments\BackOffice\Action\GetCustomerDocumentsAction;
use Ebpdocuments\BackOffice\Action\GetDocumentEventsAction;
use Ebpdocuments\BackOffice\Action\GetHealthAction;
use Ebpdocuments\BackOffice\Action\GetImportAction;
use Ebpdocuments\BackOffice\Action\GetKeyActivityAction;
use Ebpdocuments\BackOffice\Action\GetOrderDocumentsAction;
use Ebpdocuments\BackOffice\Action\GetOverviewAction;
use Ebpdocuments\BackOffice\Action\GetSetupAction;
use Ebpdocuments\BackOffice\Action\ListDocumentsAction;
use Ebpdocuments\BackOffice\Action\ListEventsAction;
use Ebpdocuments\BackOffice\Action\ListKeysAction;
use Ebpdocuments\BackOffice\Action\ListWebserviceKeysAction;
use Ebpdocuments\BackOffice\Action\PurgeAllAction;
use Ebpdocuments\BackOffice\Action\ResendDocumentMailAction;
use Ebpdocuments\BackOffice\Action\RetryMatchingAction;
use Ebpdocuments\BackOffice\Action\RevokeKeyAction;
use Ebpdocuments\BackOffice\Action\SaveSettingsAction;
use Ebpdocuments\BackOffice\Action\SearchCustomersAction;
use Ebpdocuments\BackOffice\Action\SendTestDocumentAction;
use Ebpdocuments\BackOffice\Action\StartImportAction;
use Ebpdocuments\BackOffice\Action\StepImportAction;
use Ebpdocuments\BackOffice\Action\UploadDocumentAction;
use Ebpdocuments\BackOffice\Action\UploadImportChunkAction;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\ClassFactory;
use Ebpdocuments\Receiving\Api\ErrorMapper;

/**
 * The back office's one AJAX door: `POST {action, params}` → the action's class, after the method, the token and the
 * employee's permission on the tab were checked. Every failure goes through Receiving\Api\ErrorMapper::forAdmin.
 */
final class ActionDispatcher
{
    const VIEW = 'view';
    const EDIT = 'edit';
    const DELETE = 'delete';

    /** action name => [class, permission on the module's tab] */
    const ACTIONS = [
        'getSetup' => [GetSetupAction::class, self::VIEW],
        'saveSettings' => [SaveSettingsAction::class, self::EDIT],
        'listKeys' => [ListKeysAction::class, self::VIEW],
        'createKey' => [CreateKeyAction::class, self::EDIT],
        'revokeKey' => [RevokeKeyAction::class, self::EDIT],
        'listWebserviceKeys' => [ListWebserviceKeysAction::class, self::VIEW],
        'getOverview' => [GetOverviewAction::class, self::VIEW],
        'listDocuments' => [ListDocumentsAction::class, self::VIEW],
        'getDocumentEvents' => [GetDocumentEventsAction::class, self::VIEW],
        'assignDocument' => [AssignDocumentAction::class, self::EDIT],
        'deleteDocuments' => [DeleteDocumentsAction::class, self::DELETE],
        'searchCustomers' => [SearchCustomersAction::class, self::VIEW],
        'retryMatching' => [RetryMatchingAction::class, self::EDIT],
        'dismissWaiting' => [DismissWaitingAction::class, self::EDIT],
        'listEvents' => [ListEventsAction::class, self::VIEW],
        'purgeAll' => [PurgeAllAction::class, self::DELETE],
        'downloadDocument' => [DownloadDocumentAction::class, self::VIEW],
        'exportDocuments' => [ExportDocumentsAction::class, self::VIEW],
        'downloadDocumentsZip' => [DownloadDocumentsZipAction::class, self::VIEW],
        'getImport' => [GetImportAction::class, self::VIEW],
        'createImport' => [CreateImportAction::class, self::EDIT],
        'uploadImportChunk' => [UploadImportChunkAction::class, self::EDIT],
        'configureImport' => [ConfigureImportAction::class, self::EDIT],
        'stepImport' => [StepImportAction::class, self::EDIT],
        'startImport' => [StartImportAction::class, self::EDIT],
        'cancelImport' => [CancelImportAction::class, self::EDIT],
        'downloadImportResult' => [DownloadImportResultAction::class, self::VIEW],
        // The blocks of PrestaShop's Customer and Order pages (issue 12).
        'getCustomerDocuments' => [GetCustomerDocumentsAction::class, self::VIEW],
        'getOrderDocuments' => [GetOrderDocumentsAction::class, self::VIEW],
        'uploadDocument' => [UploadDocumentAction::class, self::EDIT],
        'resendDocumentMail' => [ResendDocumentMailAction::class, self::EDIT],
        'getHealth' => [GetHealthAction::class, self::VIEW],
        'getKeyActivity' => [GetKeyActivityAction::class, self::VIEW],
        'sendTestDocument' => [SendTestDocumentAction::class, self::EDIT],
    ];

    /** Read-only actions a plain link may open (GET, params in the query string); every other action is POST only. */
    const GET_ACTIONS = ['downloadDocument', 'exportDocuments', 'downloadDocumentsZip', 'downloadImportResult'];

    /** Actions that POST raw bytes (BodyAction): name and params in the query string, at most MAX_RAW_BODY_BYTES. */
    const BODY_ACTIONS = ['uploadImportChunk'];

    const MAX_RAW_BODY_BYTES = 16777216;

    /** Actions that take a file: POST multipart/form-data, the action name and params as form fields, files as params. */
    const MULTIPART_ACTIONS = ['uploadDocument'];

    /** Query parameters of PrestaShop's admin URL, never action params. */
    const URL_PARAMETERS = ['controller', 'token', '_token', 'ajax', 'action', 'controllerUri'];

    const MAX_BODY_BYTES = 1048576;

    /** @var ClassFactory builds the action that runs (Wiring\BackOfficeActions) */
    private $actions;
    /** @var ErrorMapper */
    private $errors;

    public function __construct(ClassFactory $actions, ErrorMapper $errors)
    {
        $this->actions = $actions;
        $this->errors = $errors;
    }

    public function dispatch(Request $request, AdminGuard $guard): Response
    {
        try {
            return $this->run($request, $guard);
        } catch (\Throwable $error) {
            return $this->errors->forAdmin($error);
        }
    }

    private function run(Request $request, AdminGuard $guard): Response
    {
        $method = $request->method();
        if ($method !== 'POST' && $method !== 'GET') {
            throw Refusal::methodNotAllowed(['POST'], AdminMessages::METHOD_NOT_ALLOWED);
        }
        // The token first: nothing about the module (not even which actions exist) is told to a stranger.
        if (!$guard->isTokenValid()) {
            throw Refusal::unauthenticated(AdminMessages::UNAUTHENTICATED);
        }
        $raw = false;
        if ($method === 'GET') {
            $name = $this->queryAction($request);
            $params = array_diff_key($request->query(), array_flip(self::URL_PARAMETERS));
        } elseif (in_array($this->queryAction($request), self::BODY_ACTIONS, true)) {
            $raw = true;
            $name = $this->queryAction($request);
            $params = array_diff_key($request->query(), array_flip(self::URL_PARAMETERS));
            if (strlen($request->body()) > self::MAX_RAW_BODY_BYTES) {
                throw Refusal::badRequest(AdminMessages::BAD_JSON);
            }
        } elseif ($request->mediaType() === 'multipart/form-data') {
            list($name, $params) = $this->multipartAction($request);
        } else {
            list($name, $params) = $this->bodyAction($request);
        }
        if (!isset(self::ACTIONS[$name])) {
            throw Refusal::notFound(AdminMessages::UNKNOWN_ACTION, 'action');
        }
        if ($method === 'GET' && !in_array($name, self::GET_ACTIONS, true)) {
            // A link, an <img> or a prefetch must never change anything.
            throw Refusal::methodNotAllowed(['POST'], AdminMessages::METHOD_NOT_ALLOWED);
        }
        list($class, $permission) = self::ACTIONS[$name];
        if (!$guard->can($permission)) {
            throw Refusal::forbidden(AdminMessages::FORBIDDEN);
        }
        $context = ActionContext::fromGuard($guard);
        $action = $this->actions->create($class);
        if ($action instanceof ResponseAction) {
            return $action->respond($params, $context);
        }
        if ($action instanceof BodyAction) {
            if (!$raw) {
                throw Refusal::badRequest(AdminMessages::BAD_JSON);
            }

            return Response::json(200, ['ok' => true, 'data' => $action->receive($params, $request->body(), $context)]);
        }
        if (!$action instanceof AdminAction) {
            throw new \LogicException($class . ' is not an admin action');
        }

        return Response::json(200, ['ok' => true, 'data' => $action->handle($params, $context)]);
    }

    private function queryAction(Request $request): string
    {
        $query = $request->query();

        return isset($query['action']) && is_string($query['action']) ? $query['action'] : '';
    }

    /**
     * @return array{0: string, 1: array<string, mixed>}
     */
    private function multipartAction(Request $request): array
    {
        $post = $request->post();
        $name = isset($post['action']) && is_string($post['action']) ? $post['action'] : '';
        if (!in_array($name, self::MULTIPART_ACTIONS, true)) {
            // Every other action reads JSON: a form must not reach them (no CSRF through a plain HTML form either).
            throw Refusal::badRequest(AdminMessages::BAD_JSON);
        }
        $params = [];
        foreach ($post as $key => $value) {
            if ($key !== 'action' && !in_array($key, self::URL_PARAMETERS, true) && (is_string($value) || is_int($value))) {
                $params[(string) $key] = $value;
            }
        }
        foreach ($request->files() as $key => $file) {
            $params[$key] = $file;
        }

        return [$name, $params];
    }

    /**
     * @return array{0: string, 1: array<string, mixed>}
     */
    private function bodyAction(Request $request): array
    {
        $body = $request->body();
        if ($body === '' || strlen($body) > self::MAX_BODY_BYTES) {
            throw Refusal::badRequest(AdminMessages::BAD_JSON);
        }
        $decoded = json_decode($body, true, 32);
        if (!is_array($decoded) || !isset($decoded['action']) || !is_string($decoded['action'])) {
            throw Refusal::badRequest(AdminMessages::BAD_JSON);
        }
        // Absent or null params mean none.
        $params = isset($decoded['params']) ? $decoded['params'] : [];
        if (!is_array($params) || ($params !== [] && array_values($params) === $params)) {
            throw Refusal::badRequest(AdminMessages::BAD_JSON);
        }

        return [$decoded['action'], $params];
    }
}
