<?php

declare(strict_types=1);

namespace Ebpdocuments\Front;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Database\Connection;
use Ebpdocuments\Domain\DocumentStatus;
use Ebpdocuments\Ingestion\DocumentListener;
use Ebpdocuments\Support\ErrorLog;
use Ebpdocuments\Support\Links;
use Ebpdocuments\Support\Mailer;
use Ebpdocuments\Support\SettingKeys;
use Ebpdocuments\Support\Settings;

/**
 * E-mails the customer when a document is newly attached to their account, for the types the merchant ticked in
 * NOTIFY_TYPES (none by default). The mail links to My documents, which asks for login: never to the PDF.
 * Ingestion calls it after COMMIT and only for newly attached documents, so a replay or a new version of a
 * document already seen sends nothing. A failing mail never fails the ingestion.
 */
final class NewDocumentNotifier implements DocumentListener
{
    const TEMPLATE = 'ebpdocuments_new_document';

    /** @var Connection */
    private $connection;
    /** @var Settings */
    private $settings;
    /** @var Mailer */
    private $mailer;
    /** @var Links */
    private $links;
    /** @var ShopWordings */
    private $wordings;
    /** @var CustomerAccounts */
    private $accounts;
    /** @var ErrorLog */
    private $errorLog;

    public function __construct(
        Connection $connection,
        Settings $settings,
        Mailer $mailer,
        Links $links,
        ShopWordings $wordings,
        CustomerAccounts $accounts,
        ErrorLog $errorLog
    ) {
        $this->connection = $connection;
        $this->settings = $settings;
        $this->mailer = $mailer;
        $this->links = $links;
        $this->wordings = $wordings;
        $this->accounts = $accounts;
        $this->errorLog = $errorLog;
    }

    public function documentAttached(int $documentId, bool $isNewVersion): void
    {
        if ($isNewVersion) {
            return;
        }
        $types = TypeListSetting::read($this->settings, SettingKeys::NOTIFY_TYPES);
        if ($types === []) {
            return;
        }
        $document = $this->connection->fetchRow(
            'SELECT id_document, id_shop, id_customer, status, type, reference FROM PREFIX_ebpdocuments_document WHERE id_document = :id',
            ['id' => $documentId]
        );
        if ($document === null || $document['status'] !== DocumentStatus::ATTACHED || !in_array($document['type'], $types, true)
            || !in_array($document['type'], TypeListSetting::read($this->settings, SettingKeys::VISIBLE_TYPES), true)
        ) {
            return;
        }
        $account = $this->accounts->findRegistered((int) $document['id_customer']);
        if ($account === null) {
            return;
        }
        $this->mail($document, $account);
    }

    /**
     * "Send again" from the back office: the same mail for an attached document of a visible type, whatever
     * NOTIFY_TYPES says (the employee asks for it). Null when the document cannot be announced (not in a registered
     * customer's account, or of a type customers do not see); else whether the mail went.
     */
    public function sendAgain(int $documentId): ?bool
    {
        $document = $this->connection->fetchRow(
            'SELECT id_document, id_shop, id_customer, status, type, reference FROM PREFIX_ebpdocuments_document WHERE id_document = :id',
            ['id' => $documentId]
        );
        if ($document === null || $document['status'] !== DocumentStatus::ATTACHED
            || !in_array($document['type'], TypeListSetting::read($this->settings, SettingKeys::VISIBLE_TYPES), true)
        ) {
            return null;
        }
        $account = $this->accounts->findRegistered((int) $document['id_customer']);
        if ($account === null) {
            return null;
        }

        return $this->mail($document, $account);
    }

    /**
     * @param array<string, string|null> $document
     * @param array{id: int, email: string, firstname: string, lastname: string, languageId: int} $account
     */
    private function mail(array $document, array $account): bool
    {
        $typeLabel = $this->wordings->typeLabel((string) $document['type']);
        try {
            return $this->mailer->send(
                $account['languageId'],
                self::TEMPLATE,
                $this->wordings->newDocumentSubject($typeLabel, (string) $document['reference']),
                [
                    '{firstname}' => $account['firstname'],
                    '{lastname}' => $account['lastname'],
                    '{document_type}' => $typeLabel,
                    '{document_reference}' => (string) $document['reference'],
                    '{my_documents_url}' => $this->links->myDocuments(),
                ],
                $account['email'],
                trim($account['firstname'] . ' ' . $account['lastname']),
                (int) $document['id_shop']
            );
        } catch (\Throwable $e) {
            $this->errorLog->error('ebpdocuments: the new-document e-mail could not be sent', [
                'document' => (int) $document['id_document'],
                'exception' => get_class($e),
            ]);

            return false;
        }
    }
}
