<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Domain;

use Ebpdocuments\BackOffice\Translation\AdminWordings;
use Ebpdocuments\Customer\ShopWordings;
use Ebpdocuments\Customer\TypeVisibility;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;
use Ebpdocuments\Tests\Support\InMemorySettings;
use Ebpdocuments\Tests\Support\OpenApiContract;
use PHPUnit\Framework\TestCase;

/**
 * module/src/Kernel/Domain/document-types.json is the one definition of a document type; every other place that names the
 * types derives from it or is checked against it here (the app's copy is the boot payload, built from the same
 * data; tests/admin-ui/wordings.spec.ts checks the app side).
 */
final class DocumentTypeTableTest extends TestCase
{
    const MODULE = __DIR__ . '/../../../../module';

    public function testTheDataFileIsReadInItsOrderWithTheFallbackType(): void
    {
        $codes = DocumentType::all();
        self::assertContains(DocumentType::OTHER, $codes);
        self::assertSame(array_keys(DocumentType::load(self::MODULE . '/src/Kernel/Domain/' . DocumentType::DATA_FILE)), $codes);
        foreach ($codes as $code) {
            self::assertMatchesRegularExpression('/^[a-z][a-z_]{0,15}$/', $code, 'fits the type columns (16 characters)');
        }
    }

    public function testEveryWordMeansOneTypeAndIsWrittenTheWayTextIsCompared(): void
    {
        $seen = [];
        foreach (DocumentType::table() as $code => $type) {
            self::assertSame($code, DocumentType::fromText($code), 'the code itself');
            foreach ($type['words'] as $word) {
                self::assertSame(DocumentType::simplify($word), $word, $code . ': "' . $word . '" is compared simplified');
                self::assertArrayNotHasKey($word, $seen, '"' . $word . '" means ' . ($seen[$word] ?? '') . ' and ' . $code);
                $seen[$word] = $code;
                self::assertSame($code, DocumentType::fromText(strtoupper($word)));
            }
        }
    }

    public function testTheOpenApiEnumIsTheListOfCodes(): void
    {
        $spec = OpenApiContract::load()->spec();

        self::assertSame(DocumentType::all(), $spec['components']['schemas']['TypeCode']['enum']);
    }

    public function testBackOfficeAndCustomerLabelsComeFromTheDataAndHaveTheirFrench(): void
    {
        $admin = (new AdminWordings())->all(new IdentityTranslator());
        $shop = new ShopWordings(new IdentityTranslator());
        $adminFrench = self::catalogue('ModulesEbpdocumentsAdmin');
        $shopFrench = self::catalogue('ModulesEbpdocumentsShop');
        foreach (DocumentType::table() as $code => $type) {
            self::assertSame($type['label'], $admin['documentType.' . $code]);
            self::assertSame($type['customerLabel'], $shop->typeLabel($code));
            self::assertNotSame('', trim($adminFrench[$type['label']] ?? ''), 'French of "' . $type['label'] . '" in ModulesEbpdocumentsAdmin.fr-FR.xlf');
            self::assertNotSame('', trim($shopFrench[$type['customerLabel']] ?? ''), 'French of "' . $type['customerLabel'] . '" in ModulesEbpdocumentsShop.fr-FR.xlf');
            self::assertNotSame('', DocumentType::answerLabel($code));
        }
        $typeKeys = array_filter(array_keys($admin), function (string $key): bool {
            return strpos($key, 'documentType.') === 0;
        });
        self::assertCount(count(DocumentType::all()), $typeKeys, 'no label for a type that does not exist');
        self::assertSame('Document', $shop->typeLabel('gone'), 'an unknown code reads as the fallback type');
    }

    public function testNewInstallsShowTheTypesVisibleByDefaultAndTheDefaultsNameNoType(): void
    {
        self::assertSame('{}', SettingKeys::defaults()[SettingKeys::TYPE_VISIBILITY]);
        self::assertSame('', SettingKeys::defaults()[SettingKeys::VISIBLE_TYPES]);
        self::assertSame(DocumentType::visibleByDefault(), TypeVisibility::visible(new InMemorySettings()));
    }

    public function testATypeAddedLaterReachesCustomersOfExistingShopsAsItsDataSays(): void
    {
        $before = DocumentType::table();
        $savedBefore = TypeVisibility::store(['invoice', 'credit_note']);   // the merchant's choice, one version earlier
        $after = $before + [
            'zz_shown' => ['visibleByDefault' => true],
            'zz_hidden' => ['visibleByDefault' => false],
        ];

        self::assertSame(['invoice', 'credit_note', 'zz_shown'], TypeVisibility::visibleAmong($after, $savedBefore, ''));
        $newSince100 = array_values(array_diff(DocumentType::visibleByDefault(), TypeVisibility::TYPES_OF_1_0_0));
        self::assertSame(
            array_merge(['invoice'], $newSince100, ['zz_shown']),
            TypeVisibility::visibleAmong($after, SettingKeys::defaults()[SettingKeys::TYPE_VISIBILITY], '["invoice"]'),
            'a 1.0.0 shop that never saved again: its list for the old types, the data for the others'
        );
        self::assertSame(array_merge(DocumentType::visibleByDefault(), ['zz_shown']), TypeVisibility::visibleAmong($after, '{}', ''), 'a fresh install');
        self::assertSame([], TypeVisibility::visibleAmong($after, 'broken', ''), 'a broken value hides');
    }

    /**
     * No list of the types outside the data file: module and app name a type only through the data.
     */
    public function testNoOtherFileListsTheTypes(): void
    {
        $allowed = [
            realpath(self::MODULE . '/src/Kernel/Domain/' . DocumentType::DATA_FILE),
            realpath(self::MODULE . '/src/Customer/TypeVisibility.php'),   // the types 1.0.0 knew: history, not a copy
            realpath(self::MODULE . '/openapi.yaml'),                      // checked above
        ];
        $copies = [];
        foreach ([self::MODULE . '/src', self::MODULE . '/controllers', self::MODULE . '/views', self::MODULE . '/../admin-ui/src'] as $dir) {
            $items = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS));
            foreach ($items as $item) {
                $path = (string) realpath($item->getPathname());
                if (!$item->isFile() || in_array($path, $allowed, true) || !preg_match('/\.(php|tpl|ts|vue|js|json)$/', $path) || strpos($path, '/views/js/admin-app/') !== false) {
                    continue;
                }
                if (preg_match('/\bcredit_note\b/', (string) file_get_contents($path)) === 1) {
                    $copies[] = $path;
                }
            }
        }
        self::assertSame([], $copies);
    }

    /**
     * @return array<string, string> source => French target
     */
    private static function catalogue(string $name): array
    {
        $xml = simplexml_load_file(self::MODULE . '/translations/fr-FR/' . $name . '.fr-FR.xlf');
        self::assertNotFalse($xml);
        $xml->registerXPathNamespace('x', 'urn:oasis:names:tc:xliff:document:1.2');
        $catalogue = [];
        foreach ($xml->xpath('//x:trans-unit') ?: [] as $unit) {
            $units = $unit->children('urn:oasis:names:tc:xliff:document:1.2');
            $catalogue[(string) $units->source] = (string) $units->target;
        }

        return $catalogue;
    }
}
