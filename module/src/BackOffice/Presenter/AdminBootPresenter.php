<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Presenter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\BackOffice\SetupUrls;
use Ebpdocuments\BackOffice\Translation\AdminWordings;
use Ebpdocuments\BackOffice\WaitingBadge;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\Translator;

/**
 * The single boot payload of the back-office app (`window.ebpdocumentsAdminApp`, ARCHITECTURE.md "Admin boot
 * payload"): context, URLs, rights, every wording, the labels of types and reasons, and the first waiting count.
 */
final class AdminBootPresenter
{
    /** @var Links */
    private $links;
    /** @var Translator */
    private $translator;
    /** @var WaitingBadge */
    private $badge;
    /** @var string */
    private $moduleVersion;

    public function __construct(Links $links, Translator $translator, WaitingBadge $badge, string $moduleVersion)
    {
        $this->links = $links;
        $this->translator = $translator;
        $this->badge = $badge;
        $this->moduleVersion = $moduleVersion;
    }

    /**
     * @return array<string, mixed>
     */
    public function present(BootContext $context): array
    {
        $wordings = (new AdminWordings())->all($this->translator);

        return [
            'moduleVersion' => $this->moduleVersion,
            'psVersion' => $context->psVersion,
            'locale' => $context->locale,
            'currencyIsoCode' => $context->currencyIsoCode,
            'urls' => ['ajax' => $context->ajaxUrl] + SetupUrls::of($this->links) + [
                'exportDocuments' => $this->links->adminAction('exportDocuments'),
                'downloadZip' => $this->links->adminAction('downloadDocumentsZip'),
            ],
            'permissions' => [
                'view' => (bool) $context->permissions['view'],
                'edit' => (bool) $context->permissions['edit'],
                'delete' => (bool) $context->permissions['delete'],
            ],
            'i18n' => $wordings,
            'documentTypes' => $this->documentTypes($wordings),
            'waitingReasons' => $this->waitingReasons($wordings),
            'initial' => $this->initialWaiting($context->shopIds()),
            'shops' => $context->shops,
        ];
    }

    /**
     * The To attach badge's first figure: counted up to WaitingBadge::CAP, "999+" beyond (as the side menu's badge).
     *
     * @param int[] $shopIds
     *
     * @return array{waitingCount: int, waitingCapped: bool}
     */
    private function initialWaiting(array $shopIds): array
    {
        $count = $this->badge->count($shopIds);

        return ['waitingCount' => min($count, WaitingBadge::CAP), 'waitingCapped' => $count > WaitingBadge::CAP];
    }

    /**
     * @param array<string, string> $wordings
     *
     * @return array<int, array{code: string, label: string}>
     */
    private function documentTypes(array $wordings): array
    {
        $types = [];
        foreach (DocumentType::all() as $code) {
            $types[] = ['code' => $code, 'label' => self::wording($wordings, 'documentType.' . $code, $code)];
        }

        return $types;
    }

    /**
     * @param array<string, string> $wordings
     *
     * @return array<int, array{code: string, label: string, message: string}>
     */
    private function waitingReasons(array $wordings): array
    {
        $reasons = [];
        foreach (WaitingReason::all() as $code) {
            $reasons[] = [
                'code' => $code,
                'label' => self::wording($wordings, 'waitingReason.' . $code . '.label', $code),
                'message' => self::wording($wordings, 'waitingReason.' . $code . '.message', ''),
            ];
        }

        return $reasons;
    }

    /**
     * @param array<string, string> $wordings
     */
    private static function wording(array $wordings, string $key, string $fallback): string
    {
        return isset($wordings[$key]) ? $wordings[$key] : $fallback;
    }
}
