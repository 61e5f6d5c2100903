<?php

declare(strict_types=1);

namespace Ebpdocuments\Shop\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The data steps an upgrade runs after the idempotent schema, in this order. Add a step here, never a new
 * upgrade-x.y.z.php of its own: every upgrade file calls Installer::upgrade, so no shop skips a step.
 */
final class UpgradeSteps
{
    /**
     * @return list<class-string<UpgradeStep>>
     */
    public static function all(): array
    {
        return [
            DocumentIndexes::class,
            IndexCustomerTerms::class,
            SeedEmailProofs::class,
            AssignApiKeysToShops::class,
            GrantWebserviceRightToSenders::class,
        ];
    }
}
