<?php

declare(strict_types=1);

namespace Ebpdocuments\Api;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Auth\WebserviceRight;
use Ebpdocuments\Domain\DocumentStatus;
use Ebpdocuments\Domain\DocumentType;
use Ebpdocuments\Domain\NoticeReason;
use Ebpdocuments\Http\ApiException;
use Ebpdocuments\Http\BadRequestException;
use Ebpdocuments\Http\ErrorMapper;
use Ebpdocuments\Http\MethodNotAllowedException;
use Ebpdocuments\Http\PayloadTooLargeException;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\Response;
use Ebpdocuments\Ingestion\IngestionResult;
use Ebpdocuments\Support\SettingKeys;
use Ebpdocuments\Support\Settings;
use Ebpdocuments\Support\UploadLimits;

/**
 * The E-connecteur door: one POST per document (form-urlencoded or multipart) with key, email, type, reference, oid
 * and pdf (base64). E-connecteur counts only HTTP 200 as delivered and shows the body to the EBP user, so every
 * answer is short French plain text, and every refusal says what to fix.
 *
 * A document kept aside (no matching account) is stored and answered 200 with its notice; with the setting
 * UNMATCHED_NON_200 it is answered 409 Conflict with the notice instead, so the connector sends it again at every
 * synchronisation until an account exists (the replay of identical bytes stays harmless: "unchanged").
 */
final class EconnecteurEndpoint
{
    const SOURCE = 'econnecteur';
    const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
    const METADATA_FIELDS = ['email', 'type', 'reference', 'oid'];
    const UNMATCHED_STATUS = 409;

    /** @var ClientAuthenticator */
    private $authenticator;
    /** @var DocumentIntake */
    private $intake;
    /** @var UploadLimits */
    private $limits;
    /** @var Settings */
    private $settings;
    /** @var RejectionLog */
    private $rejections;
    /** @var ErrorMapper */
    private $errors;

    public function __construct(ClientAuthenticator $authenticator, DocumentIntake $intake, UploadLimits $limits, Settings $settings, RejectionLog $rejections, ErrorMapper $errors)
    {
        $this->authenticator = $authenticator;
        $this->intake = $intake;
        $this->limits = $limits;
        $this->settings = $settings;
        $this->rejections = $rejections;
        $this->errors = $errors;
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
            $response = $this->errors->forEconnecteur($error);
            $this->recordRejection($error, $keyLabel, $post, $request->clientIp());

            return $response;
        }
    }

    /**
     * Method, key placement, size and body type, checked before anything is read: when the body exceeded PHP's
     * post_max_size, PHP has emptied the form, and "missing key" would send the merchant the wrong way.
     */
    private function checkTransport(Request $request): void
    {
        if ($request->method() !== 'POST') {
            throw new MethodNotAllowedException(['POST']);
        }
        if (array_key_exists('key', $request->query())) {
            throw new BadRequestException(
                'key_in_query',
                'Send the key in the request body (field key), never in the URL.',
                'La clé ne doit pas figurer dans l\'adresse (elle finirait dans les journaux du serveur) : envoyez-la dans le corps de la requête, champ key.',
                'key'
            );
        }
        $limits = $this->limits;
        $length = $request->contentLength();
        if ($length !== null && $limits->postMaxBytes() > 0 && $length > $limits->postMaxBytes()) {
            throw new PayloadTooLargeException(
                'Request larger than PHP post_max_size on the shop server.',
                sprintf(
                    'Document trop volumineux : la requête (%s) dépasse la limite post_max_size de PHP sur le serveur du site (%s). L\'hébergeur ou l\'administrateur doit augmenter post_max_size.',
                    self::megabytes($length),
                    self::megabytes($limits->postMaxBytes())
                ),
                'pdf'
            );
        }
        if ($length !== null && $length > $limits->maxBodyBytes()) {
            throw new PayloadTooLargeException(
                'Request larger than the module size limit.',
                sprintf('Document trop volumineux : le PDF dépasse la taille maximale de %s fixée dans le module.', self::megabytes($limits->maxPdfBytes())),
                'pdf'
            );
        }
        if (!in_array($request->mediaType(), self::FORM_TYPES, true)) {
            throw new BadRequestException(
                'unsupported_media_type',
                'Send a form: application/x-www-form-urlencoded or multipart/form-data.',
                'Requête illisible : envoyez un formulaire (application/x-www-form-urlencoded ou multipart/form-data) avec les champs key, email, type, reference, oid et pdf.'
            );
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
            throw new BadRequestException(
                'field_not_single',
                'Field ' . $name . ' must be sent once, as plain text.',
                'Le champ ' . $name . ' doit être envoyé une seule fois, en texte simple (pas de tableau ' . $name . '[]).',
                $name
            );
        }

        return $value;
    }

    private function answer(IngestionResult $result): Response
    {
        $label = self::documentLabel($result->reference(), $result->type());
        if ($result->status() === DocumentStatus::ATTACHED) {
            if ($result->outcome() === IngestionResult::UNCHANGED) {
                return Response::text(200, 'Document déjà reçu, inchangé.');
            }
            if ($result->outcome() === IngestionResult::REPLACED) {
                return Response::text(200, 'Nouvelle version du document ' . $label . ' enregistrée.');
            }

            return Response::text(200, 'Document ' . $label . ' enregistré pour le client.');
        }

        return $this->keptAside($result, $label);
    }

    private function keptAside(IngestionResult $result, string $label): Response
    {
        $reason = (string) $result->reason();
        $notice = isset(NoticeReason::CONNECTOR_MESSAGES_FR[$reason])
            ? NoticeReason::CONNECTOR_MESSAGES_FR[$reason]
            : NoticeReason::NO_ACCOUNT_MESSAGE_FR;
        if ($this->settings->get(SettingKeys::UNMATCHED_NON_200) === '1') {
            return Response::text(self::UNMATCHED_STATUS, $notice);
        }
        if ($result->outcome() === IngestionResult::UNCHANGED) {
            $head = 'Document ' . $label . ' déjà reçu, inchangé, toujours en attente d\'un compte client.';
        } elseif ($result->outcome() === IngestionResult::REPLACED) {
            $head = 'Nouvelle version du document ' . $label . ' enregistrée, en attente d\'un compte client.';
        } else {
            $head = 'Document ' . $label . ' enregistré sur le site, en attente d\'un compte client.';
        }

        return Response::text(200, $head . ' ' . $notice);
    }

    /**
     * @param array<string, mixed> $post
     */
    private function recordRejection(\Throwable $error, ?string $keyLabel, array $post, string $clientIp): void
    {
        if ($error instanceof ApiException || $error instanceof \Ebpdocuments\Ingestion\InvalidDocumentException) {
            $refusal = $this->errors->known($error);
            $this->rejections->record($refusal, $refusal->frenchMessage(), $keyLabel, $post, $clientIp);
        }
    }

    private static function documentLabel(string $reference, string $type): string
    {
        $typeLabel = DocumentType::answerWord($type);

        return $reference . ' (' . $typeLabel . ')';
    }

    private static function megabytes(int $bytes): string
    {
        return str_replace('.', ',', (string) round($bytes / 1048576, 1)) . ' Mo';
    }
}
