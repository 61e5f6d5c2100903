<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * An action that receives raw bytes (a chunk of an uploaded file): POST with the action and its params in the query
 * string (the URL PHP gave the app) and the bytes as the body (application/octet-stream). Answers the JSON envelope.
 */
interface BodyAction
{
    /**
     * @param array<string, mixed> $params
     *
     * @return array<string, mixed>
     */
    public function receive(array $params, string $body, ActionContext $context): array;
}
