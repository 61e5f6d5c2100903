<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Database\CappedCount;
use Ebpdocuments\Kernel\Database\Connection;
use Ebpdocuments\Kernel\Domain\DocumentStatus;

/**
 * The waiting count on the module's menu entry. PrestaShop 8 and 9 have no badge API for module tabs, so the
 * displayBackOfficeHeader hook prints this small inline script, which adds a badge to the menu item
 * `#subtab-AdminEbpdocuments` (the id core gives every tab's <li>). It runs on every back-office page, so the count
 * reads at most CAP index entries of (id_shop, status) and shows "999+" beyond.
 */
final class WaitingBadge
{
    const CAP = 999;
    const TAB_CLASS = 'AdminEbpdocuments';

    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    /**
     * @param int[] $shopIds
     */
    public function count(array $shopIds): int
    {
        if ($shopIds === []) {
            return 0;
        }

        return CappedCount::of(
            $this->connection,
            'PREFIX_ebpdocuments_document WHERE id_shop IN :shops AND status = :pending',
            ['shops' => array_values(array_map('intval', $shopIds)), 'pending' => DocumentStatus::WAITING],
            self::CAP
        );
    }

    /**
     * The <style> + <script> to print in the back-office <head>; '' when nothing waits.
     *
     * @param int[] $shopIds
     * @param string $title tooltip, e.g. "Documents waiting for an account" (already translated)
     */
    public function html(array $shopIds, string $title): string
    {
        $count = $this->count($shopIds);
        if ($count === 0) {
            return '';
        }
        $label = $count > self::CAP ? self::CAP . '+' : (string) $count;
        $data = json_encode(
            ['tab' => 'subtab-' . self::TAB_CLASS, 'label' => $label, 'title' => $title],
            JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE
        );

        return '<style>.ebpdocuments-badge{display:inline-block;min-width:1.5em;margin-left:.4em;padding:0 .4em;'
            . 'border-radius:.75em;background:#d4542e;color:#fff;font-size:.75em;line-height:1.5em;text-align:center;font-weight:600}</style>'
            . '<script>(function(d){var b=' . $data . ';function add(){var li=d.getElementById(b.tab);'
            . 'var a=li&&li.querySelector("a");if(!a||a.querySelector(".ebpdocuments-badge"))return;'
            . 'var s=d.createElement("span");s.className="ebpdocuments-badge";s.textContent=b.label;s.title=b.title;'
            . 'a.appendChild(s);}if(d.readyState==="loading"){d.addEventListener("DOMContentLoaded",add);}else{add();}})(document);</script>';
    }
}
