<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Support\ErrorLog;
use Ebpdocuments\Kernel\Support\LanguageTranslators;
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\Mailer;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Storage\Documents\DocumentListener;
use Ebpdocuments\Storage\DocumentStorage;
use Ebpdocuments\Storage\Repository\EventRepository;

/**
 * E-mails the customer when a document is attached to their account, for the types the merchant ticked in
 * NOTIFY_TYPES (none by default):
 * - once per document version: each mail is recorded as a `mailed` event with the version, and a version already
 *   announced is never announced again (a replay is `unchanged` and never reaches the listener; a document
 *   detached and attached again, or reassigned, does not mail the same version twice);
 * - in the customer's language (their account's id_lang): subject and type through PrestaShop's translator for that
 *   language, body from module/mails/<iso>/;
 * - with the PDF attached for the types in MAIL_ATTACH_TYPES (none by default) when it is at most MAIL_ATTACH_MAX_MB;
 *   the mail always links to My documents (login required), never to the PDF.
 * Guest orders (issue 12), for the types in GUEST_MAIL_TYPES (none by default): a document stored waiting whose
 * oid names a guest order (GuestOrderDocuments' rule, the one of the tracking page) is mailed to that order's e-mail
 * (the billing e-mail it was sent with) in the order's language, the PDF attached up to MAIL_ATTACH_MAX_MB; a bigger
 * one is not attached and the mail links to PrestaShop's guest tracking page instead (a guest has no My documents).
 * Same `mailed` event, same once-per-version rule.
 * Ingestion and DocumentManager call it after COMMIT. A failing mail never fails the caller.
 */
final class NewDocumentNotifier implements DocumentListener
{
    const TEMPLATE = 'ebpdocuments_new_document';
    /** The guest order mail (PDF attached, or over the ceiling only the link to the tracking page). */
    const GUEST_TEMPLATE = 'ebpdocuments_guest_document';

    /** @var Connection */
    private $connection;
    /** @var Settings */
    private $settings;
    /** @var Mailer */
    private $mailer;
    /** @var Links */
    private $links;
    /** @var LanguageTranslators */
    private $translators;
    /** @var CustomerAccounts */
    private $accounts;
    /** @var ErrorLog */
    private $errorLog;
    /** @var DocumentStorage */
    private $storage;
    /** @var EventRepository */
    private $events;
    /** @var GuestOrderDocuments */
    private $guestOrders;

    public function __construct(
        Connection $connection,
        Settings $settings,
        Mailer $mailer,
        Links $links,
        LanguageTranslators $translators,
        CustomerAccounts $accounts,
        ErrorLog $errorLog,
        DocumentStorage $storage,
        EventRepository $events,
        GuestOrderDocuments $guestOrders
    ) {
        $this->connection = $connection;
        $this->settings = $settings;
        $this->mailer = $mailer;
        $this->links = $links;
        $this->translators = $translators;
        $this->accounts = $accounts;
        $this->errorLog = $errorLog;
        $this->storage = $storage;
        $this->events = $events;
        $this->guestOrders = $guestOrders;
    }

    public function documentAttached(int $documentId, bool $isNewVersion): void
    {
        $document = $this->due($documentId, SettingKeys::NOTIFY_TYPES, DocumentStatus::ATTACHED);
        if ($document === null) {
            return;
        }
        $account = $this->accounts->findRegistered((int) $document['id_customer']);
        if ($account === null) {
            return;
        }
        $this->mail($document, $account, ['automatic' => true], null);
    }

    /**
     * A new document or version stored waiting: mailed to its guest order's e-mail when its type is in
     * GUEST_MAIL_TYPES (and customers see it), once per version. Nothing for a document of no guest order.
     */
    public function documentWaiting(int $documentId): void
    {
        $document = $this->due($documentId, SettingKeys::GUEST_MAIL_TYPES, DocumentStatus::WAITING);
        $order = $document === null ? null : $this->guestOrders->guestOrderOf($documentId);
        if ($document === null || $order === null) {
            return;
        }
        $recipient = ['id' => $order['customerId'], 'email' => $order['email'], 'firstname' => $order['firstname'], 'lastname' => $order['lastname'], 'languageId' => $order['languageId']];
        $this->deliver($document, $recipient, ['automatic' => true, 'guestOrder' => $order['reference']], null, function (ShopWordings $wordings, string $typeLabel) use ($document, $order): array {
            $attachment = $this->attachment($document, $typeLabel);

            return [
                self::GUEST_TEMPLATE,
                $wordings->guestDocumentSubject($typeLabel, (string) $document['reference'], $order['reference']),
                [
                    '{document_delivery}' => $attachment === [] ? $wordings->guestDocumentTooLarge() : $wordings->guestDocumentAttached(),
                    '{order_reference}' => $order['reference'],
                    '{order_tracking_url}' => $this->links->guestTracking($order['languageId'], (int) $document['id_shop']),
                ],
                $attachment,
            ];
        });
    }

    /**
     * "Send again" from the back office: the same mail for an attached document of a visible type, whatever
     * NOTIFY_TYPES says (the employee asks for it), recorded with the employee. Null when the document cannot be
     * announced (not in a registered customer's account, or of a type customers do not see); else whether it went.
     */
    public function sendAgain(int $documentId, int $employeeId): ?bool
    {
        $document = $this->mailable($documentId);
        if ($document === null) {
            return null;
        }
        $account = $this->accounts->findRegistered((int) $document['id_customer']);
        if ($account === null) {
            return null;
        }

        return $this->mail($document, $account, ['manual' => true], $employeeId > 0 ? $employeeId : null);
    }

    /**
     * The document when its automatic mail is due: its type is in the setting $typesKey, it has $status and is
     * visible, and this version was not mailed yet.
     *
     * @return array<string, string|null>|null
     */
    private function due(int $documentId, string $typesKey, string $status): ?array
    {
        $types = TypeListSetting::read($this->settings, $typesKey);
        if ($types === []) {
            return null;
        }
        $document = $this->mailable($documentId, $status);
        if ($document === null || !in_array($document['type'], $types, true) || $this->alreadyMailed($document)) {
            return null;
        }

        return $document;
    }

    /**
     * The document when it has that status (attached: in a customer's account) and is of a type customers see.
     *
     * @return array<string, string|null>|null
     */
    private function mailable(int $documentId, string $status = DocumentStatus::ATTACHED): ?array
    {
        $document = $this->connection->fetchRow(
            'SELECT id_document, id_shop, id_customer, status, type, reference, version, file_name, file_size
             FROM PREFIX_ebpdocuments_document WHERE id_document = :id',
            ['id' => $documentId]
        );
        if ($document === null || $document['status'] !== $status
            || !in_array($document['type'], TypeVisibility::visible($this->settings), true)
        ) {
            return null;
        }

        return $document;
    }

    /**
     * @param array<string, string|null> $document
     */
    private function alreadyMailed(array $document): bool
    {
        $details = $this->connection->fetchAll(
            'SELECT detail FROM PREFIX_ebpdocuments_event WHERE id_document = :id AND event = :mailed',
            ['id' => (int) $document['id_document'], 'mailed' => EventType::MAILED]
        );
        foreach ($details as $row) {
            $detail = json_decode((string) $row['detail'], true);
            if (is_array($detail) && isset($detail['version']) && (int) $detail['version'] === (int) $document['version']) {
                return true;
            }
        }

        return false;
    }

    /**
     * The new-document mail to a registered customer (linking to My documents; the PDF for MAIL_ATTACH_TYPES).
     *
     * @param array<string, string|null> $document
     * @param array{id: int, email: string, firstname: string, lastname: string, languageId: int} $account
     * @param array<string, mixed> $detail
     */
    private function mail(array $document, array $account, array $detail, ?int $employeeId): bool
    {
        return $this->deliver($document, $account, $detail, $employeeId, function (ShopWordings $wordings, string $typeLabel) use ($document): array {
            $attach = in_array($document['type'], TypeListSetting::read($this->settings, SettingKeys::MAIL_ATTACH_TYPES), true);

            return [
                self::TEMPLATE,
                $wordings->newDocumentSubject($typeLabel, (string) $document['reference']),
                ['{my_documents_url}' => $this->links->myDocuments()],
                $attach ? $this->attachment($document, $typeLabel) : [],
            ];
        });
    }

    /**
     * Sends one mail about $document to $recipient in their language and records it (`mailed`, with the version).
     * $compose(ShopWordings, type label) gives [template, subject, variables besides the common ones, attachment].
     *
     * @param array<string, string|null> $document
     * @param array{id: int, email: string, firstname: string, lastname: string, languageId: int} $recipient
     * @param array<string, mixed> $detail
     */
    private function deliver(array $document, array $recipient, array $detail, ?int $employeeId, callable $compose): bool
    {
        $wordings = new ShopWordings($this->translators->forLanguage($recipient['languageId']));
        $typeLabel = $wordings->typeLabel((string) $document['type']);
        try {
            list($template, $subject, $variables, $attachment) = $compose($wordings, $typeLabel);
            $sent = $this->mailer->send(
                $recipient['languageId'],
                $template,
                $subject,
                [
                    '{firstname}' => $recipient['firstname'],
                    '{lastname}' => $recipient['lastname'],
                    '{document_type}' => $typeLabel,
                    '{document_reference}' => (string) $document['reference'],
                ] + $variables,
                $recipient['email'],
                trim($recipient['firstname'] . ' ' . $recipient['lastname']),
                (int) $document['id_shop'],
                $attachment
            );
            if ($sent) {
                $this->events->record(
                    EventType::MAILED,
                    $document,
                    ['version' => (int) $document['version'], 'pdfAttached' => $attachment !== []] + $detail,
                    $recipient['id'],
                    $employeeId
                );
            }

            return $sent;
        } catch (\Throwable $e) {
            $this->errorLog->error('ebpdocuments: the new-document e-mail could not be sent', [
                'document' => (int) $document['id_document'],
                'exception' => get_class($e),
            ]);

            return false;
        }
    }

    /**
     * The PDF for the mail when it is not over MAIL_ATTACH_MAX_MB; else none.
     *
     * @param array<string, string|null> $document
     *
     * @return array{content: string, name: string, mime: string}|array{}
     */
    private function attachment(array $document, string $typeLabel): array
    {
        $ceiling = max(1, (int) $this->settings->get(SettingKeys::MAIL_ATTACH_MAX_MB)) * 1048576;
        if ((int) $document['file_size'] > $ceiling) {
            return [];
        }
        $handle = $this->storage->open((string) $document['file_name']);
        try {
            $content = stream_get_contents($handle);
        } finally {
            fclose($handle);
        }
        if (!is_string($content) || $content === '') {
            return [];
        }

        return ['content' => $content, 'name' => (new DownloadFileName($typeLabel, (string) $document['reference']))->ascii(), 'mime' => 'application/pdf'];
    }
}
