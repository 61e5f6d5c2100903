<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Maintenance;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;
use Ebpdocuments\Kernel\Domain\EventType;
use Ebpdocuments\Kernel\Support\Clock;
use Ebpdocuments\Kernel\Support\ErrorLog;
use Ebpdocuments\Kernel\Support\LanguageTranslators;
use Ebpdocuments\Kernel\Support\Links;
use Ebpdocuments\Kernel\Support\Mailer;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;
use Ebpdocuments\Kernel\Support\ShopContact;

/**
 * The optional daily summary e-mail to the shop's contact address (PS_SHOP_EMAIL), off by default
 * (DIGEST_ENABLED). Run by the daily maintenance (MaintenanceTask::run()). It goes when there is something to say:
 * - calls of the connector refused since the last summary (at most the last LOOKBACK_DAYS; the first summary looks
 *   one day back), with the last refusals' exact French answer and the key that sent them;
 * - documents waiting (waiting) for more than DIGEST_DAYS days.
 * Nothing to report, no mail. At most one a day per shop: DIGEST_LAST_SENT holds the time of the last one sent, and
 * a summary already sent on the Clock's current day is not sent again. In the shop's default language (subject and
 * sentences through PrestaShop's translator for that language, body from module/mails/<iso>/). The link goes to
 * the module's back-office tab without token: an admin token belongs to one employee and is not put in a mail.
 * Checked on PrestaShop 8.1.2 and 9.1.4: logged out, the link leads to the login page, which then opens the tab
 * itself; logged in, PrestaShop shows its "invalid token" page first, whose button opens the tab.
 */
final class DailyDigest
{
    const TEMPLATE = 'ebpdocuments_digest';
    const LAST_REFUSALS = 5;
    const LOOKBACK_DAYS = 7;
    /** Refusals are counted among the last RECENT_EVENTS events only (a bounded scan, as the overview does). */
    const RECENT_EVENTS = 50000;
    const ANSWER_MAX = 300;

    const SENT = 'sent';
    const OFF = 'off';
    const ALREADY_SENT = 'already_sent';
    const NOTHING = 'nothing_to_report';
    const NO_ADDRESS = 'no_address';
    const FAILED = 'failed';

    /** @var Connection */
    private $connection;
    /** @var Settings */
    private $settings;
    /** @var Clock */
    private $clock;
    /** @var Mailer */
    private $mailer;
    /** @var ShopContact */
    private $contact;
    /** @var LanguageTranslators */
    private $translators;
    /** @var Links */
    private $links;
    /** @var ErrorLog */
    private $errorLog;
    /** @var int */
    private $shopId;
    /** @var string */
    private $fallbackUrl;

    public function __construct(
        Connection $connection,
        Settings $settings,
        Clock $clock,
        Mailer $mailer,
        ShopContact $contact,
        LanguageTranslators $translators,
        Links $links,
        ErrorLog $errorLog,
        int $shopId,
        string $fallbackUrl = ''
    ) {
        $this->connection = $connection;
        $this->settings = $settings;
        $this->clock = $clock;
        $this->mailer = $mailer;
        $this->contact = $contact;
        $this->translators = $translators;
        $this->links = $links;
        $this->errorLog = $errorLog;
        $this->shopId = $shopId;
        $this->fallbackUrl = $fallbackUrl;
    }

    /**
     * Sends today's summary when it is on, not sent yet today, and there is something to report.
     *
     * @return string one of the constants SENT, OFF, ALREADY_SENT, NOTHING, NO_ADDRESS, FAILED
     */
    public function sendIfDue(): string
    {
        $this->rememberAdminUrl();
        if ($this->settings->get(SettingKeys::DIGEST_ENABLED) !== '1') {
            return self::OFF;
        }
        $now = $this->clock->now();
        $lastSent = (int) $this->settings->get(SettingKeys::DIGEST_LAST_SENT);
        if ($lastSent > 0 && $this->day($lastSent, $now) === $now->format('Y-m-d')) {
            return self::ALREADY_SENT;
        }
        $days = max(1, (int) $this->settings->get(SettingKeys::DIGEST_DAYS));
        $since = $lastSent > 0
            ? max($lastSent, $now->getTimestamp() - self::LOOKBACK_DAYS * 86400)
            : $now->getTimestamp() - 86400;
        $sinceDate = (new \DateTimeImmutable('@' . $since))->setTimezone($now->getTimezone());

        $refusals = $this->refusalsSince($sinceDate);
        $waiting = $this->waitingLongerThan($now->modify('-' . $days . ' days'));
        if ($refusals['count'] === 0 && $waiting === 0) {
            return self::NOTHING;
        }
        $email = $this->contact->email();
        if ($email === '' || strpos($email, '@') === false) {
            $this->errorLog->error('ebpdocuments: the daily summary has no address to go to (set the shop\'s e-mail in Shop Parameters › Contact)');

            return self::NO_ADDRESS;
        }

        $languageId = $this->contact->languageId();
        $wordings = new DigestWordings($this->translators->forLanguage($languageId));
        $format = $this->contact->dateTimeFormat();
        $lines = [];
        foreach ($refusals['last'] as $refusal) {
            $lines[] = $wordings->refusalLine(
                $this->format((string) $refusal['date_add'], $format, $now),
                $refusal['keyLabel'] !== '' ? $refusal['keyLabel'] : $wordings->unknownKey(),
                $refusal['reference'] !== '' ? $refusal['reference'] : $wordings->noDocumentNumber(),
                $refusal['message']
            );
        }
        $heading = $lines === [] ? '' : $wordings->lastRefusalsHeading();
        $variables = [
            '{refusal_summary}' => $wordings->refusals($refusals['count'], $sinceDate->format($format)),
            '{refusal_list_txt}' => $lines === [] ? '' : $heading . "\n" . implode("\n", array_map(function (string $line): string {
                return '- ' . $line;
            }, $lines)),
            '{refusal_list_html}' => $lines === [] ? '' : '<p style="margin:0 0 6px 0;">' . self::html($heading) . '</p><ul style="margin:0;padding-left:20px;">'
                . implode('', array_map(function (string $line): string {
                    return '<li style="margin-bottom:6px;">' . self::html($line) . '</li>';
                }, $lines)) . '</ul>',
            '{waiting_summary}' => $wordings->waiting($waiting, $days),
            '{admin_url}' => $this->adminUrl(),
        ];
        try {
            $sent = $this->mailer->send($languageId, self::TEMPLATE, $wordings->subject(), $variables, $email, $this->contact->name(), $this->shopId);
        } catch (\Throwable $e) {
            $sent = false;
        }
        if (!$sent) {
            $this->errorLog->error('ebpdocuments: the daily summary e-mail could not be sent');

            return self::FAILED;
        }
        $this->settings->set(SettingKeys::DIGEST_LAST_SENT, (string) $now->getTimestamp());

        return self::SENT;
    }

    /**
     * @return array{count: int, last: array<int, array{date_add: string, keyLabel: string, reference: string, message: string}>}
     */
    private function refusalsSince(\DateTimeImmutable $since): array
    {
        $floor = max(0, (int) $this->connection->fetchValue('SELECT MAX(id_event) FROM PREFIX_ebpdocuments_event') - self::RECENT_EVENTS);
        $params = ['shop' => $this->shopId, 'rejected' => EventType::REJECTED, 'since' => $since->format('Y-m-d H:i:s'), 'floor' => $floor];
        $count = (int) $this->connection->fetchValue(
            'SELECT COUNT(*) FROM PREFIX_ebpdocuments_event
             WHERE id_shop = :shop AND event = :rejected AND date_add > :since AND id_event > :floor',
            $params
        );
        $last = [];
        if ($count > 0) {
            $rows = $this->connection->fetchAll(
                'SELECT date_add, document_reference, detail FROM PREFIX_ebpdocuments_event
                 WHERE id_shop = :shop AND event = :rejected AND date_add > :since AND id_event > :floor
                 ORDER BY id_event DESC LIMIT ' . self::LAST_REFUSALS,
                $params
            );
            foreach ($rows as $row) {
                $detail = json_decode((string) $row['detail'], true);
                $detail = is_array($detail) ? $detail : [];
                $message = isset($detail['message']) && is_string($detail['message']) ? trim($detail['message']) : '';
                if (mb_strlen($message, 'UTF-8') > self::ANSWER_MAX) {
                    $message = mb_substr($message, 0, self::ANSWER_MAX, 'UTF-8') . '…';
                }
                $last[] = [
                    'date_add' => (string) $row['date_add'],
                    'keyLabel' => isset($detail['keyLabel']) && is_string($detail['keyLabel']) ? $detail['keyLabel'] : '',
                    'reference' => (string) $row['document_reference'],
                    'message' => $message,
                ];
            }
        }

        return ['count' => $count, 'last' => $last];
    }

    /** Documents of the shop still waiting (waiting, not dismissed) that arrived before $cutoff. */
    private function waitingLongerThan(\DateTimeImmutable $cutoff): int
    {
        return (int) $this->connection->fetchValue(
            'SELECT COUNT(*) FROM PREFIX_ebpdocuments_document WHERE id_shop = :shop AND status = :pending AND date_add < :cutoff',
            ['shop' => $this->shopId, 'pending' => DocumentStatus::WAITING, 'cutoff' => $cutoff->format('Y-m-d H:i:s')]
        );
    }

    /**
     * In the back office PrestaShop builds the tab's address; the cron runs in the front office, where it cannot:
     * the address seen last in the back office (each time the tab opens) is kept for it.
     */
    public function rememberAdminUrl(): void
    {
        $url = $this->links->adminModuleTab();
        if ($url !== '' && $url !== $this->settings->get(SettingKeys::ADMIN_TAB_URL)) {
            $this->settings->set(SettingKeys::ADMIN_TAB_URL, $url);
        }
    }

    private function adminUrl(): string
    {
        $url = $this->links->adminModuleTab();
        if ($url === '') {
            $url = $this->settings->get(SettingKeys::ADMIN_TAB_URL);
        }

        return $url !== '' ? $url : $this->fallbackUrl;
    }

    private function day(int $timestamp, \DateTimeImmutable $now): string
    {
        return (new \DateTimeImmutable('@' . $timestamp))->setTimezone($now->getTimezone())->format('Y-m-d');
    }

    private function format(string $date, string $format, \DateTimeImmutable $now): string
    {
        try {
            return (new \DateTimeImmutable($date, $now->getTimezone()))->format($format);
        } catch (\Exception $e) {
            return $date;
        }
    }

    private static function html(string $text): string
    {
        return htmlspecialchars($text, ENT_QUOTES, 'UTF-8');
    }
}
