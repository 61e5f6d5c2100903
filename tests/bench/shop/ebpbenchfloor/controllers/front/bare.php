<?php

if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/src/MachineController.php';

/** Answers 200 and nothing else: PrestaShop's front bootstrap with the machine-client shortcuts, alone. */
class EbpbenchfloorBareModuleFrontController extends EbpbenchfloorMachineController
{
    protected function answer()
    {
        $this->text(200, 'OK');
    }
}
