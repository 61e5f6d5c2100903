<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\DevTools;

use Ebpdocuments\DevTools\Php72Checker;
use PHPUnit\Framework\TestCase;

require_once __DIR__ . '/../../tools/Php72Checker.php';

/**
 * The PHP 7.2 syntax checker must catch each fixture of
 * tests/php/fixtures/php73plus/ (file name = rule; new-function-*, new-class-*
 * and new-constant-* map to the rules new-function, new-class, new-constant)
 * and must stay silent on valid PHP 7.2 code.
 */
final class Php72CheckerTest extends TestCase
{
    private const FIXTURES = __DIR__ . '/../../fixtures';

    /**
     * @return array<string, array{string, string}>
     */
    public function php73PlusFixtures(): array
    {
        $cases = [];
        foreach (glob(self::FIXTURES . '/php73plus/*.php') ?: [] as $file) {
            $name = basename($file, '.php');
            $rule = preg_replace('/^(new-function|new-class|new-constant)-.*$/', '$1', $name);
            $cases[$name] = [$file, (string) $rule];
        }

        return $cases;
    }

    /**
     * @dataProvider php73PlusFixtures
     */
    public function testFixtureIsReported(string $file, string $expectedRule): void
    {
        $rules = array_column((new Php72Checker())->checkFile($file), 'rule');
        self::assertContains($expectedRule, $rules, basename($file) . ' was not reported as ' . $expectedRule);
        self::assertNotContains('parse-error', $rules);
    }

    public function testEnoughFeaturesAreCovered(): void
    {
        self::assertGreaterThanOrEqual(40, count($this->php73PlusFixtures()));
    }

    public function testValidPhp72CodeGivesNoFinding(): void
    {
        foreach (glob(self::FIXTURES . '/php72ok/*.php') ?: [] as $file) {
            self::assertSame([], (new Php72Checker())->checkFile($file), basename($file));
        }
    }

    public function testPolyfilledFunctionIsAccepted(): void
    {
        $code = "<?php\n\$r = str_contains('abc', 'b');\n";
        self::assertSame(['new-function'], array_column((new Php72Checker())->checkCode($code), 'rule'));
        self::assertSame([], (new Php72Checker(['symfony/polyfill-php80']))->checkCode($code));
    }

    public function testAFunctionOfTheModuleNamespaceIsNotMistakenForAGlobalClass(): void
    {
        $code = "<?php\nnamespace Ebpdocuments\\Kernel\\Domain;\nclass Override {}\n\$x = new Override();\n";
        self::assertSame([], (new Php72Checker())->checkCode($code));
    }

    public function testReportsTheLine(): void
    {
        $findings = (new Php72Checker())->checkCode("<?php\n\n\$f = fn() => 1;\n");
        self::assertSame(3, $findings[0]['line']);
        self::assertSame('7.4', $findings[0]['version']);
    }
}
