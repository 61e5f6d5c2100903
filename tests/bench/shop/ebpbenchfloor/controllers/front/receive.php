<?php

if (!defined('_PS_VERSION_')) {
    exit;
}

require_once dirname(__DIR__, 2) . '/src/MachineController.php';

/**
 * The floor receiver: the least any receiver of an E-connecteur push must do. Key check (one SELECT by its hash in
 * the module's key table), base64 decode, temp file + rename, one INSERT: two SQL statements.
 */
class EbpbenchfloorReceiveModuleFrontController extends EbpbenchfloorMachineController
{
    protected function answer()
    {
        $db = Db::getInstance();
        $key = isset($_POST['key']) && is_string($_POST['key']) ? $_POST['key'] : '';
        $found = $db->getValue('SELECT id_api_key FROM `' . _DB_PREFIX_ . 'ebpdocuments_api_key` WHERE key_hash = \''
            . pSQL(hash('sha256', $key)) . '\' AND active = 1', false);
        if ($found === false) {
            $this->text(401, 'Clé refusée.');

            return;
        }
        $reference = isset($_POST['reference']) && is_string($_POST['reference']) ? $_POST['reference'] : '';
        $pdf = isset($_POST['pdf']) && is_string($_POST['pdf'])
            ? base64_decode(strtr($_POST['pdf'], ["\r" => '', "\n" => '', ' ' => '+']), true) : false;
        if ($reference === '' || $pdf === false || strncmp($pdf, '%PDF-', 5) !== 0) {
            $this->text(422, 'Document refusé.');

            return;
        }
        $root = _PS_ROOT_DIR_ . '/var/modules/ebpbenchfloor';
        $name = bin2hex(random_bytes(32));
        $temp = $root . '/tmp/' . $name . '.part';
        if (file_put_contents($temp, $pdf) !== strlen($pdf) || !rename($temp, $root . '/' . $name . '.pdf')) {
            $this->text(500, 'Erreur interne.');

            return;
        }
        $db->execute('INSERT INTO `' . _DB_PREFIX_ . 'ebpbenchfloor_document` (reference, file_name, file_size, sha256, date_add)'
            . ' VALUES (\'' . pSQL($reference) . '\', \'' . pSQL($name . '.pdf') . '\', ' . strlen($pdf) . ', \''
            . pSQL(hash('sha256', $pdf)) . '\', NOW())', false);
        $this->text(200, 'Document ' . $reference . ' enregistré.');
    }
}
