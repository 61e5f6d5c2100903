<?php

/**
 * Bench only: run by tests/bench/lib/realshop.ts inside a test shop (php setup-key.php <shop root> <e-mail>, as the
 * shop's user) once the module is installed. Creates a module key through the module's own service and prints its
 * secret; records that the bench's customer (the shop's demo customer) proved its e-mail, so the pushes addressed to
 * it are attached to its account as in a live shop, not waiting.
 */

declare(strict_types=1);

$root = $argv[1] ?? '';
$email = $argv[2] ?? '';
if ($root === '' || $email === '' || !is_file($root . '/config/config.inc.php')) {
    fwrite(STDERR, "usage: php setup-key.php <shop root> <e-mail>\n");
    exit(2);
}
chdir($root);
require $root . '/config/config.inc.php';
require $root . '/modules/ebpdocuments/vendor/autoload.php';

$module = Module::getInstanceByName('ebpdocuments');
if (!$module instanceof Module) {
    fwrite(STDERR, "ebpdocuments is not installed\n");
    exit(1);
}
$app = Ebpdocuments\Shop\ApplicationFactory::forShop(Context::getContext(), $module);
$customer = (int) Customer::customerExists($email, true, true);
if ($customer <= 0) {
    fwrite(STDERR, "no customer account for $email\n");
    exit(1);
}
$app->core()->emailProofs()->recordCurrentEmail($customer, Ebpdocuments\Matching\EmailProofs::METHOD_MANUAL);
echo $app->receiving()->apiKeyService()->create('Bench E-connecteur', (int) Context::getContext()->shop->id)->secret(), "\n";
