<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\ActionContext;
use Ebpdocuments\BackOffice\Page\PageDocuments;
use Ebpdocuments\BackOffice\Translation\AdminWordings;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\Translator;
use Ebpdocuments\Kernel\Support\UploadLimits;

/**
 * Draws the "EBP documents" block that the module's display hooks put on PrestaShop's own Customer page
 * (displayAdminCustomers) and Order page (displayAdminOrderMain), on 8.x and 9.x: a Bootstrap 4 card like core's
 * blocks there, with the rows of BackOffice\Page\PageDocuments. Shown only to employees who may view the module's tab;
 * the upload form and the attach / send again buttons only with edit. Every URL and token is built here; the
 * block's script (views/js/admin-page-blocks.js) only posts to the module's AJAX door and reloads.
 */
final class PrestaShopAdminPageBlock
{
    const TAB_SLUG = 'ROLE_MOD_TAB_ADMINEBPDOCUMENTS_';
    const TEMPLATE = 'views/templates/hook/admin-documents-block.tpl';

    /** @var \Module */
    private $module;
    /** @var \Context */
    private $context;
    /** @var PageDocuments */
    private $documents;
    /** @var Translator */
    private $translator;
    /** @var UploadLimits */
    private $limits;

    public function __construct(\Module $module, \Context $context, PageDocuments $documents, Translator $translator, UploadLimits $limits)
    {
        $this->module = $module;
        $this->context = $context;
        $this->documents = $documents;
        $this->translator = $translator;
        $this->limits = $limits;
    }

    public function customer(int $customerId): string
    {
        $permissions = $this->permissions();
        if ($customerId <= 0 || !$permissions['view']) {
            return '';
        }
        try {
            $data = $this->documents->forCustomer($customerId, $this->actionContext());
        } catch (Refusal $notVisible) {
            return '';
        }

        // Past PageDocuments::MAX_ROWS rows, the block links to the module's lists: Documents filtered by this
        // customer (all of them, paged), To attach searched by the customer's e-mail (those documents have no customer).
        $link = ContextParts::link($this->context);
        $listUrls = [
            'documents' => $data['moreDocuments'] ? $link->getAdminLink('AdminEbpdocuments', true, [], ['ebpView' => 'documents', 'ebpCustomer' => $customerId]) : '',
            'waiting' => $data['moreWaiting'] ? $link->getAdminLink('AdminEbpdocuments', true, [], ['ebpView' => 'waiting', 'ebpSearch' => (string) $data['customer']['email']]) : '',
        ];

        return $this->render('customer', $data['documents'], $data['waiting'], $data['orders'], $permissions, [
            'customerId' => $customerId,
            'orderId' => 0,
            'canAttach' => !$data['customer']['isGuest'],
        ], $listUrls);
    }

    public function order(int $orderId): string
    {
        $permissions = $this->permissions();
        if ($orderId <= 0 || !$permissions['view']) {
            return '';
        }
        try {
            $data = $this->documents->forOrder($orderId, $this->actionContext());
        } catch (Refusal $notVisible) {
            return '';
        }

        return $this->render('order', $data['documents'], [], [], $permissions, [
            'customerId' => (int) $data['order']['customerId'],
            'orderId' => $orderId,
            'canAttach' => false,
        ]);
    }

    /**
     * @param array<int, array<string, mixed>> $documents
     * @param array<int, array<string, mixed>> $waiting
     * @param array<int, array<string, mixed>> $orders
     * @param array{view: bool, edit: bool, delete: bool} $permissions
     * @param array{customerId: int, orderId: int, canAttach: bool} $target
     * @param array{documents: string, waiting: string} $moreAt where each list goes on when the block shows only part of it ('' when it shows all)
     */
    private function render(string $page, array $documents, array $waiting, array $orders, array $permissions, array $target, array $moreAt = ['documents' => '', 'waiting' => '']): string
    {
        $formatter = new PrestaShopFrontFormatter($this->context);
        $wordings = (new AdminWordings())->all($this->translator);
        $types = [];
        foreach (DocumentType::all() as $code) {
            $types[] = ['code' => $code, 'label' => isset($wordings['documentType.' . $code]) ? $wordings['documentType.' . $code] : $code];
        }
        ContextParts::smarty($this->context)->assign(['ebpdocuments_block' => [
            'page' => $page,
            'documents' => $this->rows($documents, $wordings, $formatter),
            'waiting' => $this->rows($waiting, $wordings, $formatter),
            'moreAt' => $moreAt,
            'maxRows' => PageDocuments::MAX_ROWS,
            'orders' => $orders,
            'types' => $types,
            'permissions' => $permissions,
            'customerId' => $target['customerId'],
            'orderId' => $target['orderId'],
            'canAttach' => $target['canAttach'] && $permissions['edit'],
            'ajaxUrl' => ContextParts::link($this->context)->getAdminLink('AdminEbpdocuments', true, [], ['ajax' => 1]),
            'scriptUrl' => $this->module->getPathUri() . 'views/js/admin-page-blocks.js?v=' . rawurlencode((string) $this->module->version),
            'maxMb' => (int) ceil($this->limits->maxPdfBytes() / 1048576),
            'currency' => isset($this->context->currency->iso_code) ? (string) $this->context->currency->iso_code : 'EUR',
        ]]);

        return (string) ContextParts::smarty($this->context)->fetch($this->module->getLocalPath() . self::TEMPLATE);
    }

    /**
     * @param array<int, array<string, mixed>> $rows DocumentRow
     * @param array<string, string> $wordings
     *
     * @return array<int, array<string, mixed>>
     */
    private function rows(array $rows, array $wordings, PrestaShopFrontFormatter $formatter): array
    {
        $out = [];
        foreach ($rows as $row) {
            $typeKey = 'documentType.' . $row['type'];
            $out[] = [
                'id' => (int) $row['id'],
                'typeLabel' => isset($wordings[$typeKey]) ? $wordings[$typeKey] : (string) $row['typeRaw'],
                'reference' => (string) $row['reference'],
                'date' => $formatter->date($row['documentDate']),
                'amount' => $formatter->price($row['totalTaxIncl'], $row['currency']),
                'order' => $row['order'],
                'firstDownload' => is_string($row['firstDownloadedAt']) ? $this->moment($row['firstDownloadedAt']) : '',
                'receivedAt' => $this->moment((string) $row['receivedAt']),
                'attached' => $row['status'] === 'attached',
                'status' => (string) $row['status'],
                'downloadUrl' => (string) $row['downloadUrl'],
            ];
        }

        return $out;
    }

    private function moment(string $moment): string
    {
        try {
            return (string) \Tools::displayDate($moment, true);
        } catch (\Throwable $e) {
            return $moment;
        }
    }

    /**
     * The employee's rights on the module's tab, as AdminController::access() reads them (view → READ, edit →
     * UPDATE, delete → DELETE).
     *
     * @return array{view: bool, edit: bool, delete: bool}
     */
    private function permissions(): array
    {
        $employee = $this->context->employee;
        if (!$employee || !$employee->id) {
            return ['view' => false, 'edit' => false, 'delete' => false];
        }
        $profile = (int) $employee->id_profile;

        return [
            'view' => (bool) \Access::isGranted(self::TAB_SLUG . 'READ', $profile),
            'edit' => (bool) \Access::isGranted(self::TAB_SLUG . 'UPDATE', $profile),
            'delete' => (bool) \Access::isGranted(self::TAB_SLUG . 'DELETE', $profile),
        ];
    }

    private function actionContext(): ActionContext
    {
        $ids = array_map('intval', (array) \Shop::getContextListShopID());

        return new ActionContext(isset($this->context->employee->id) ? (int) $this->context->employee->id : 0, $ids === [] ? [ContextParts::shopId($this->context)] : $ids);
    }
}
