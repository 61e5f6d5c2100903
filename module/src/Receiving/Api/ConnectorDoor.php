<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Http\Response;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\UploadLimits;
use Ebpdocuments\Receiving\Api\ErrorMapper;

/**
 * What both connector doors (E-connecteur's form, API v1) do the same way: refuse a body too large before anything is
 * read, and turn a failure into the door's answer while recording the refusal in the activity log.
 */
final class ConnectorDoor
{
    const ECONNECTEUR = 'econnecteur';
    const API = 'api';

    const OVER_POST_MAX_SIZE = 'Document too large: the request (%size% MB) exceeds PHP post_max_size on the shop server (%limit% MB). The host or the administrator must raise post_max_size.';
    const OVER_MODULE_LIMIT = 'Document too large: the PDF exceeds the maximum size of %limit% MB set in the module.';

    /** @var UploadLimits */
    private $limits;
    /** @var RejectionLog */
    private $rejections;
    /** @var ErrorMapper */
    private $errors;

    public function __construct(UploadLimits $limits, RejectionLog $rejections, ErrorMapper $errors)
    {
        $this->limits = $limits;
        $this->rejections = $rejections;
        $this->errors = $errors;
    }

    /**
     * Refuses a body larger than PHP's post_max_size (PHP emptied the form: "missing key" would send the merchant the
     * wrong way) or than the module takes in one request.
     *
     * @param int $documents how many PDFs one request of the door may carry
     *
     * @throws Refusal 413
     */
    public function checkSize(Request $request, int $documents = 1): void
    {
        $length = $request->contentLength();
        if ($length === null) {
            return;
        }
        if ($this->limits->postMaxBytes() > 0 && $length > $this->limits->postMaxBytes()) {
            throw Refusal::payloadTooLarge(self::OVER_POST_MAX_SIZE, 'pdf', [
                '%size%' => self::megabytes($length),
                '%limit%' => self::megabytes($this->limits->postMaxBytes()),
            ]);
        }
        if ($length > $this->limits->maxBodyBytes() * max(1, $documents)) {
            throw Refusal::payloadTooLarge(self::OVER_MODULE_LIMIT, 'pdf', ['%limit%' => self::megabytes($this->limits->maxPdfBytes())]);
        }
    }

    /**
     * The door's answer to a failure; a refusal is recorded as a `rejected` event (RejectionLog decides which).
     *
     * @param string $door self::ECONNECTEUR (plain text in the connector's language) or self::API (English JSON)
     * @param array<string, mixed> $fields the request's fields (type, reference) for the event
     */
    public function refused(\Throwable $error, string $door, ?string $keyLabel, array $fields, string $clientIp): Response
    {
        $refusal = $this->errors->refusal($error);
        if ($door === self::API) {
            $response = $this->errors->forApi($refusal);
            $message = $this->errors->englishMessage($refusal);
        } else {
            $response = $this->errors->forEconnecteur($refusal);
            $message = $this->errors->connectorMessage($refusal);
        }
        if ($error instanceof Refusal) {
            $this->rejections->record($refusal, $message, $keyLabel, $fields, $clientIp);
        }

        return $response;
    }

    /** Megabytes with one decimal (the renderer writes the language's decimal separator). */
    private static function megabytes(int $bytes): float
    {
        return round($bytes / 1048576, 1);
    }
}
