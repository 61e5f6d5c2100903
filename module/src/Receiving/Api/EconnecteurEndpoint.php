<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Kernel\Support\UploadLimits;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Auth\WebserviceRight;
use Ebpdocuments\Receiving\Ingestion\IngestionResult;

/**
 * The E-connecteur door: one POST per document (form-urlencoded or multipart) with key, email, type, reference, oid
 * and pdf (base64). E-connecteur counts only HTTP 200 as delivered and shows the body to the EBP user, so every
 * answer is short French plain text, and every refusal says what to fix.
 *
 * A document waiting (no matching account) is stored and answered 200 with its notice; with the setting
 * UNMATCHED_NON_200 it is answered 409 Conflict with the notice instead, so the connector sends it again at every
 * synchronisation until an account exists (the replay of identical bytes stays harmless: "unchanged").
 */
final class EconnecteurEndpoint
{
    const SOURCE = 'econnecteur';
    const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
    const METADATA_FIELDS = ['email', 'type', 'reference', 'oid'];
    const UNMATCHED_STATUS = 409;

    const RECEIVED_UNCHANGED = 'Document already received, unchanged.';
    const NEW_VERSION = 'New version of document %document% saved.';
    const ATTACHED = 'Document %document% saved for the customer.';
    const WAITING_UNCHANGED = 'Document %document% already received, unchanged, still waiting for a customer account.';
    const WAITING_NEW_VERSION = 'New version of document %document% saved, waiting for a customer account.';
    const WAITING_NEW = 'Document %document% saved on the shop, waiting for a customer account.';
    const KEY_IN_QUERY = 'Send the key in the request body (field key), never in the URL.';
    const NOT_A_FORM = 'Send a form: application/x-www-form-urlencoded or multipart/form-data.';
    const FIELD_NOT_SINGLE = 'Field %field% must be sent once, as plain text.';

    /** @var ClientAuthenticator */
    private $authenticator;
    /** @var DocumentIntake */
    private $intake;
    /** @var Settings */
    private $settings;
    /** @var ConnectorDoor */
    private $door;
    /** @var Translator the connector's language */
    private $language;

    public function __construct(ClientAuthenticator $authenticator, DocumentIntake $intake, UploadLimits $limits, Settings $settings, RejectionLog $rejections, ErrorMapper $errors)
    {
        $this->authenticator = $authenticator;
        $this->intake = $intake;
        $this->settings = $settings;
        $this->door = new ConnectorDoor($limits, $rejections, $errors);
        $this->language = $errors->connectorLanguage();
    }

    public function handle(Request $request): Response
    {
        $post = $request->post();
        $keyLabel = null;
        try {
            $this->checkTransport($request);
            $presented = $this->singleValue($post, 'key', true);
            $client = $this->authenticator->authenticate($presented, $request->clientIp(), 'key');
            $keyLabel = $client->label();
            $this->authenticator->authorize($client, WebserviceRight::SEND, 'key');
            $fields = [];
            foreach (self::METADATA_FIELDS as $name) {
                $fields[$name] = (string) $this->singleValue($post, $name, false);
            }
            $pdf = (string) $this->singleValue($post, 'pdf', false);
            $result = $this->intake->fromBase64($fields, $pdf, self::SOURCE, $client);

            return $this->answer($result);
        } catch (\Throwable $error) {
            return $this->door->refused($error, ConnectorDoor::ECONNECTEUR, $keyLabel, $post, $request->clientIp());
        }
    }

    /**
     * Method, key placement, size and body type, checked before anything is read: when the body exceeded PHP's
     * post_max_size, PHP has emptied the form, and "missing key" would send the merchant the wrong way.
     */
    private function checkTransport(Request $request): void
    {
        if ($request->method() !== 'POST') {
            throw Refusal::methodNotAllowed(['POST']);
        }
        if (array_key_exists('key', $request->query())) {
            throw Refusal::badRequest(self::KEY_IN_QUERY, 'key', 'key_in_query');
        }
        $this->door->checkSize($request);
        if (!in_array($request->mediaType(), self::FORM_TYPES, true)) {
            throw Refusal::badRequest(self::NOT_A_FORM, null, 'unsupported_media_type');
        }
    }

    /**
     * A form field as one string; null when absent. A repeated field (key[]=…) is refused, never guessed.
     *
     * @param array<string, mixed> $post
     */
    private function singleValue(array $post, string $name, bool $nullWhenAbsent): ?string
    {
        if (!array_key_exists($name, $post)) {
            return $nullWhenAbsent ? null : '';
        }
        $value = $post[$name];
        if (!is_string($value)) {
            throw Refusal::badRequest(self::FIELD_NOT_SINGLE, $name, 'field_not_single', ['%field%' => $name]);
        }

        return $value;
    }

    private function answer(IngestionResult $result): Response
    {
        $t = $this->language;
        $type = DocumentType::isValid($result->type()) ? $result->type() : DocumentType::OTHER;
        $label = ['%document%' => $t->trans(DocumentType::answerLabel($type), ['%number%' => $result->reference()], Refusal::DOMAIN)];
        if ($result->status() === DocumentStatus::ATTACHED) {
            if ($result->outcome() === IngestionResult::UNCHANGED) {
                return Response::text(200, $t->trans(self::RECEIVED_UNCHANGED, [], Refusal::DOMAIN));
            }
            if ($result->outcome() === IngestionResult::REPLACED) {
                return Response::text(200, $t->trans(self::NEW_VERSION, $label, Refusal::DOMAIN));
            }

            return Response::text(200, $t->trans(self::ATTACHED, $label, Refusal::DOMAIN));
        }
        $notice = $t->trans(WaitingReason::message((string) $result->reason()), [], Refusal::DOMAIN);
        if ($this->settings->get(SettingKeys::UNMATCHED_NON_200) === '1') {
            return Response::text(self::UNMATCHED_STATUS, $notice);
        }
        if ($result->outcome() === IngestionResult::UNCHANGED) {
            $head = $t->trans(self::WAITING_UNCHANGED, $label, Refusal::DOMAIN);
        } elseif ($result->outcome() === IngestionResult::REPLACED) {
            $head = $t->trans(self::WAITING_NEW_VERSION, $label, Refusal::DOMAIN);
        } else {
            $head = $t->trans(self::WAITING_NEW, $label, Refusal::DOMAIN);
        }

        return Response::text(200, $head . ' ' . $notice);
    }
}
