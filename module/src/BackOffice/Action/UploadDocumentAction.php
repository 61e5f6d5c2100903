<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Action;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\AdminAction;
use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\Page\PageTargets;
use Ebpdocuments\BackOffice\Params;
use Ebpdocuments\BackOffice\Presenter\DocumentRowPresenter;
use Ebpdocuments\BackOffice\Query\DocumentListQuery;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Http\UploadedFile;
use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Receiving\Api\DocumentIntake;
use Ebpdocuments\Storage\Documents\DocumentManager;

/**
 * uploadDocument (edit), multipart/form-data: fields `customerId` and/or `orderId`, `type` (a type code),
 * `reference`, `date?`, `totalTaxExcl?`, `totalTaxIncl?`, `currency?`, file part `pdf` → `{outcome, document}`.
 *
 * The PDF goes through the connectors' own path (Receiving\Api\DocumentIntake → DocumentValidator, size limit, PDF checks,
 * IngestionService, event log) with source `manual`: idempotent on (shop, type, number) — the same bytes again are
 * `unchanged`, other bytes a new version. The billing e-mail is the customer's (the order's customer when only the
 * order is given), the oid the order's id, the shop the customer's or the order's. A new or replaced document that
 * matching did not put in a registered customer's account is then assigned to them (method `manual`).
 */
final class UploadDocumentAction implements AdminAction
{
    /** Validator field => the action's param, for the `field` of a refusal. */
    const FIELDS = [
        'type' => 'type', 'reference' => 'reference', 'date' => 'date', 'total_tax_excl' => 'totalTaxExcl',
        'total_tax_incl' => 'totalTaxIncl', 'total' => 'totalTaxIncl', 'currency' => 'currency', 'oid' => 'orderId',
        'email' => 'customerId', 'pdf' => 'pdf',
    ];

    const LABEL = 'Back office';

    /** @var PageTargets */
    private $targets;
    /** @var DocumentIntake */
    private $intake;
    /** @var DocumentManager */
    private $manager;
    /** @var DocumentListQuery */
    private $rows;
    /** @var DocumentRowPresenter */
    private $presenter;

    public function __construct(PageTargets $targets, DocumentIntake $intake, DocumentManager $manager, DocumentListQuery $rows, DocumentRowPresenter $presenter)
    {
        $this->targets = $targets;
        $this->intake = $intake;
        $this->manager = $manager;
        $this->rows = $rows;
        $this->presenter = $presenter;
    }

    public function handle(array $params, ActionContext $context): array
    {
        $input = new Params($params);
        $customerId = $input->optionalId('customerId');
        $orderId = $input->optionalId('orderId');
        if ($customerId === null && $orderId === null) {
            throw Refusal::validation('customerId', AdminMessages::REQUIRED);
        }
        $order = $orderId === null ? null : $this->targets->order($orderId, $context);
        if ($order !== null && $customerId !== null && $order['customerId'] !== $customerId) {
            throw Refusal::validation('orderId', AdminMessages::ORDER_OF_OTHER_CUSTOMER);
        }
        $customer = $this->targets->customer($customerId !== null ? $customerId : ($order !== null ? $order['customerId'] : 0), $context);
        $shopId = $order !== null ? $order['shopId'] : $customer['shopId'];
        $type = $input->choice('type', DocumentType::all());
        if ($type === '') {
            throw Refusal::validation('type', AdminMessages::REQUIRED);
        }
        $fields = [
            'email' => $customer['email'],
            'type' => $type,
            'reference' => $input->string('reference', 255),
            'oid' => $order !== null ? (string) $order['id'] : null,
            'date' => $this->optional($input, 'date', 10),
            'total_tax_excl' => $this->amount($input, 'totalTaxExcl'),
            'total_tax_incl' => $this->amount($input, 'totalTaxIncl'),
            'currency' => $this->optional($input, 'currency', 3),
        ];
        $file = $input->raw('pdf');
        try {
            if (!$file instanceof UploadedFile || (!$file->isOk() && !$file->isTooLarge())) {
                throw DocumentRefusals::because('pdf_missing');
            }
            if ($file->isTooLarge()) {
                throw DocumentRefusals::because('pdf_too_large');
            }
            $result = $this->intake->fromBackOffice($fields, $file->path(), $shopId, self::LABEL);
        } catch (Refusal $refused) {
            if (!DocumentRefusals::isDocumentRefusal($refused)) {
                throw $refused;
            }
            $field = isset(self::FIELDS[(string) $refused->field()]) ? self::FIELDS[(string) $refused->field()] : null;
            throw new Refusal($refused->status(), $refused->status() === 413 ? 'too_large' : 'validation', $refused->messageId(), $field, $refused->params());
        }
        $documentId = $result->documentId();
        if ($result->outcome() !== 'unchanged' && !$customer['isGuest'] && !$customer['deleted']
            && ($result->status() !== DocumentStatus::ATTACHED || $result->customerId() !== $customer['id'])
        ) {
            $this->manager->assign($documentId, $customer['id'], $context->employeeId(), false, null);
        }
        $rows = $this->rows->rows([$documentId]);

        return ['outcome' => $result->outcome(), 'document' => $this->presenter->present($rows[0])];
    }

    /** An amount as typed in a French back office ("120,50") is the connectors' "120.50". */
    private function amount(Params $input, string $name): ?string
    {
        $value = $this->optional($input, $name, 32);

        return $value === null ? null : str_replace([',', ' '], ['.', ''], $value);
    }

    private function optional(Params $input, string $name, int $maxLength): ?string
    {
        $value = trim($input->string($name, $maxLength));

        return $value === '' ? null : $value;
    }
}
