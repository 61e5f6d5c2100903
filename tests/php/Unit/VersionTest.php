<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit;

use PHPUnit\Framework\TestCase;

/**
 * package.json `version` is the single version source. build.sh stamps it
 * into the zip; this test keeps the dev copy of module/ from drifting.
 */
final class VersionTest extends TestCase
{
    private const ROOT = __DIR__ . '/../../..';

    public function testPackageJsonHasASemanticVersion(): string
    {
        $package = json_decode((string) file_get_contents(self::ROOT . '/package.json'), true);
        self::assertIsArray($package);
        self::assertArrayHasKey('version', $package);
        self::assertMatchesRegularExpression('/^\d+\.\d+\.\d+$/', $package['version']);

        return $package['version'];
    }

    /**
     * @depends testPackageJsonHasASemanticVersion
     */
    public function testMainModuleFileDeclaresTheSameVersion(string $packageVersion): void
    {
        $main = self::ROOT . '/module/ebpdocuments.php';
        if (!is_file($main)) {
            self::markTestSkipped('module/ebpdocuments.php does not exist yet');
        }
        $versions = self::moduleVersions((string) file_get_contents($main));
        self::assertCount(1, $versions, 'module/ebpdocuments.php must set $this->version exactly once');
        self::assertSame($packageVersion, $versions[0], 'module/ebpdocuments.php $this->version differs from package.json version');
    }

    public function testVersionExtractionSeesADifference(): void
    {
        self::assertSame(['1.2.3'], self::moduleVersions("<?php\n\$this->version = '1.2.3';\n"));
        self::assertNotSame(['1.0.0'], self::moduleVersions("<?php\n\$this->version = \"1.0.1\";\n"));
        self::assertSame([], self::moduleVersions("<?php\n// \$this->version is set elsewhere\n"));
    }

    /**
     * @return list<string>
     */
    public static function moduleVersions(string $php): array
    {
        preg_match_all('/\$this->version\s*=\s*([\'"])([^\'"]+)\1\s*;/', $php, $m);

        return array_values($m[2]);
    }
}
