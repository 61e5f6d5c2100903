<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Front;

use PHPUnit\Framework\TestCase;

/**
 * The module's mail templates render: every {placeholder} is one the module sends or one PrestaShop's Mail::Send
 * adds itself, so nothing like "{code}" reaches a customer; both languages and both formats exist.
 */
final class MailTemplatesTest extends TestCase
{
    const MAILS = __DIR__ . '/../../../../module/mails';

    /** Variables Mail::Send fills for every template (classes/Mail.php). */
    const PRESTASHOP_VARIABLES = ['{shop_name}', '{shop_url}', '{shop_logo}', '{my_account_url}', '{guest_tracking_url}', '{history_url}', '{color}'];

    /** What NewDocumentNotifier and ClaimService send (asserted against the services in their DB tests). */
    const MODULE_VARIABLES = [
        'ebpdocuments_new_document' => ['{firstname}', '{lastname}', '{document_type}', '{document_reference}', '{my_documents_url}'],
        'ebpdocuments_claim_code' => ['{firstname}', '{lastname}', '{code}', '{expiry_minutes}', '{my_documents_url}'],
        'ebpdocuments_guest_document' => ['{firstname}', '{lastname}', '{document_type}', '{document_reference}', '{document_delivery}', '{order_reference}', '{order_tracking_url}'],
        // To the merchant (BackOffice\Maintenance\DailyDigest; asserted in Database/Maintenance/DailyDigestTest).
        'ebpdocuments_digest' => ['{refusal_summary}', '{refusal_list_txt}', '{refusal_list_html}', '{waiting_summary}', '{admin_url}'],
    ];

    /**
     * @return array<string, array{0: string, 1: string, 2: string}>
     */
    public function templates(): array
    {
        $cases = [];
        foreach (['en', 'fr'] as $language) {
            foreach (array_keys(self::MODULE_VARIABLES) as $template) {
                foreach (['html', 'txt'] as $format) {
                    $cases[$language . ' ' . $template . '.' . $format] = [$language, $template, $format];
                }
            }
        }

        return $cases;
    }

    /**
     * @dataProvider templates
     */
    public function testTemplateRendersWithoutLeftoverPlaceholders(string $language, string $template, string $format): void
    {
        $file = self::MAILS . '/' . $language . '/' . $template . '.' . $format;
        self::assertFileExists($file);
        $values = [];
        foreach (array_merge(self::PRESTASHOP_VARIABLES, self::MODULE_VARIABLES[$template]) as $name) {
            $values[$name] = 'VALUE_' . strtoupper(trim($name, '{}'));
        }
        $values['{code}'] = '042917';

        $rendered = strtr((string) file_get_contents($file), $values);

        self::assertDoesNotMatchRegularExpression('/\{[a-z_]+\}/', $rendered, 'a placeholder is left in ' . $template);
        if ($template === 'ebpdocuments_claim_code') {
            self::assertStringContainsString('042917', $rendered);
            self::assertStringNotContainsString('VALUE_MY_DOCUMENTS_URL', $rendered, 'the code mail carries a code, never a link');
        } elseif ($template === 'ebpdocuments_digest') {
            self::assertStringContainsString('VALUE_REFUSAL_SUMMARY', $rendered);
            self::assertStringContainsString('VALUE_WAITING_SUMMARY', $rendered);
            self::assertStringContainsString('VALUE_ADMIN_URL', $rendered);
            // Each format carries its own list: the HTML one is escaped by the module, the text one is not.
            self::assertStringContainsString($format === 'html' ? 'VALUE_REFUSAL_LIST_HTML' : 'VALUE_REFUSAL_LIST_TXT', $rendered);
            self::assertStringNotContainsString($format === 'html' ? 'VALUE_REFUSAL_LIST_TXT' : 'VALUE_REFUSAL_LIST_HTML', $rendered);
        } elseif ($template === 'ebpdocuments_new_document') {
            self::assertStringContainsString('VALUE_DOCUMENT_REFERENCE', $rendered);
            self::assertStringContainsString('VALUE_MY_DOCUMENTS_URL', $rendered);
        } else {
            // A guest has no My documents: the guest order mails name the order and link to the tracking page.
            self::assertStringContainsString('VALUE_DOCUMENT_REFERENCE', $rendered);
            self::assertStringContainsString('VALUE_ORDER_REFERENCE', $rendered);
            self::assertStringContainsString('VALUE_ORDER_TRACKING_URL', $rendered);
            self::assertStringContainsString('VALUE_DOCUMENT_DELIVERY', $rendered, 'attached, or too large: the sentence comes from the notifier');
            self::assertStringNotContainsString('VALUE_MY_DOCUMENTS_URL', $rendered);
        }
        // Links only to the shop, to My documents (behind login), to the guest tracking page (behind the order
        // reference and e-mail) or, for the merchant's summary, to the back office (behind login): never to a PDF.
        preg_match_all('/href="([^"]*)"/', $rendered, $links);
        foreach ($links[1] as $link) {
            self::assertContains($link, $template === 'ebpdocuments_digest' ? ['VALUE_SHOP_URL', 'VALUE_ADMIN_URL'] : ['VALUE_SHOP_URL', 'VALUE_MY_DOCUMENTS_URL', 'VALUE_ORDER_TRACKING_URL'], $template);
        }
        self::assertDoesNotMatchRegularExpression('#https?://#', $rendered, 'no hard-coded URL');
        if ($format === 'html') {
            self::assertStringContainsString('<html lang="' . $language . '">', $rendered);
        }
    }
}
