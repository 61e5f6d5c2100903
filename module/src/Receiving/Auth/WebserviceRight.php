<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Auth;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The right a shop Webservice key needs to use the module's doors: the webservice resource "ebpdocuments" that the
 * module adds to PrestaShop's list (hook addWebserviceResources), ticked per method in Advanced Parameters ›
 * Webservice like a core resource and stored by PrestaShop in ps_webservice_permission (resource, method, account).
 * POST sends (E-connecteur door, API create and batch), DELETE withdraws, GET reads the status. PrestaShop's own
 * /api/ebpdocuments is not a route of the module: the resource is "specific management" without a class, so core
 * answers it 501 and only the module's doors read the right.
 */
final class WebserviceRight
{
    const RESOURCE = 'ebpdocuments';
    const SEND = 'POST';
    const WITHDRAW = 'DELETE';
    const STATUS = 'GET';
    const METHODS = [self::SEND, self::WITHDRAW, self::STATUS];

    /**
     * What a key without the right is told, per method: the message id (its French in
     * translations/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf; the Connector view shows the same wording through
     * AdminWordings "webservice.refused.<METHOD>"). Each names the exact place and box.
     */
    const REFUSALS = [
        self::SEND => 'This Webservice key may not send EBP documents. Allow it in Advanced Parameters › Webservice: edit the key, tick Add (POST) on the ebpdocuments line, save.',
        self::WITHDRAW => 'This Webservice key may not withdraw EBP documents. Allow it in Advanced Parameters › Webservice: edit the key, tick Delete (DELETE) on the ebpdocuments line, save.',
        self::STATUS => 'This Webservice key may not read the status of EBP documents. Allow it in Advanced Parameters › Webservice: edit the key, tick View (GET) on the ebpdocuments line, save.',
    ];

    /**
     * The entry returned to PrestaShop by hookAddWebserviceResources (merged into WebserviceRequest::getResources()).
     *
     * @return array<string, array<string, string|bool>>
     */
    public static function resources(): array
    {
        return [
            self::RESOURCE => [
                'description' => 'EBP documents (module ebpdocuments): POST sends, DELETE withdraws, GET reads the status, through the module\'s own URLs',
                'specific_management' => true,
            ],
        ];
    }

    /**
     * @param string[] $methods
     *
     * @return string[] the module's methods among them, in METHODS order
     */
    public static function only(array $methods): array
    {
        return array_values(array_intersect(self::METHODS, array_map('strtoupper', $methods)));
    }
}
