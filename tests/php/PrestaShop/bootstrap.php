<?php

/**
 * Bootstrap of the PrestaShop suite (phpunit-prestashop.xml): the module's classes run on the REAL Db classes of
 * a PrestaShop tree given by EBPDOCS_PS_ROOT (an installed shop, or only its classes/db, classes/exception and
 * src/Core/Version.php extracted from the release archive: tests/run.sh does that). The classes are loaded the way
 * PrestaShop's own autoloader does it: FooCore from its file, then `class Foo extends FooCore {}`.
 * tests/run.sh runs the suite once per tree and never without one (it prints why it did not run instead).
 */

declare(strict_types=1);

$root = rtrim((string) getenv('EBPDOCS_PS_ROOT'), '/');
if ($root === '' || !is_file($root . '/classes/db/DbPDO.php')) {
    fwrite(STDERR, "EBPDOCS_PS_ROOT must name a PrestaShop tree with classes/db/DbPDO.php (got '" . $root . "')\n");
    exit(1);
}
$version = '?';
if (is_file($root . '/src/Core/Version.php') && preg_match("/const VERSION = '([^']+)'/", (string) file_get_contents($root . '/src/Core/Version.php'), $found) === 1) {
    $version = $found[1];
}
define('_PS_VERSION_', $version);
define('EBPDOCS_TEST_PS_ROOT', $root);
// What config/defines.inc.php and config/settings.inc.php give a shop in production mode.
define('_PS_DEBUG_SQL_', false);
define('_PS_ALLOW_MULTI_STATEMENTS_QUERIES_', false);
define('_DB_PREFIX_', 'ps_');

require __DIR__ . '/../bootstrap.php';
// PDO warns about a dead link before PrestaShop sees the error: a shop in production does not print it either.
ini_set('display_errors', '0');

spl_autoload_register(function (string $class) use ($root): void {
    foreach (['classes/db', 'classes/exception'] as $folder) {
        $file = $root . '/' . $folder . '/' . $class . '.php';
        if (strpos($class, '\\') === false && is_file($file)) {
            require_once $file;
            $core = new ReflectionClass($class . 'Core');
            eval(($core->isAbstract() ? 'abstract ' : '') . 'class ' . $class . ' extends ' . $class . 'Core {}');

            return;
        }
    }
});

fwrite(STDOUT, 'PrestaShop ' . $version . ' Db classes from ' . $root . ' (' . Db::getClass() . ")\n");
