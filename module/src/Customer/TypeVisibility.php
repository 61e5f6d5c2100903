<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Support\SettingKeys;
use Ebpdocuments\Kernel\Support\Settings;

/**
 * Which document types customers see. The setting TYPE_VISIBILITY keeps only the merchant's choices
 * ({"quote": false, "invoice": true, …}); a type it does not name shows as its data says (visibleByDefault), so a
 * type added by a later version reaches customers of existing shops with no upgrade step.
 *
 * 1.0.0 stored the list of shown types (VISIBLE_TYPES); that list still stands for the types 1.0.0 knew until the
 * merchant saves the settings again.
 *
 * A broken value hides the types it stands for rather than failing a page (or showing what the merchant hid).
 */
final class TypeVisibility
{
    /** The types of 1.0.0, the only ones its VISIBLE_TYPES list can speak for. */
    const TYPES_OF_1_0_0 = ['quote', 'order', 'delivery', 'invoice', 'credit_note', 'other'];

    /**
     * @return string[] visible type codes, in DocumentType::all() order
     */
    public static function visible(Settings $settings): array
    {
        return self::visibleAmong(
            DocumentType::table(),
            $settings->get(SettingKeys::TYPE_VISIBILITY),
            $settings->get(SettingKeys::VISIBLE_TYPES)
        );
    }

    /**
     * @param array<string, array{visibleByDefault: bool}> $types the document types by code
     * @param string $choices TYPE_VISIBILITY (JSON object code => bool)
     * @param string $legacyList VISIBLE_TYPES of 1.0.0 (JSON list; '' when none)
     *
     * @return string[]
     */
    public static function visibleAmong(array $types, string $choices, string $legacyList): array
    {
        $explicit = json_decode($choices, true);
        if (!is_array($explicit)) {
            return [];
        }
        $legacy = null;
        if ($legacyList !== '') {
            $legacy = json_decode($legacyList, true);
            $legacy = is_array($legacy) ? $legacy : [];
        }
        $visible = [];
        foreach ($types as $code => $type) {
            $code = (string) $code;
            if (isset($explicit[$code])) {
                $shown = $explicit[$code] === true;
            } elseif (is_array($legacy) && in_array($code, self::TYPES_OF_1_0_0, true)) {
                $shown = in_array($code, $legacy, true);
            } else {
                $shown = $type['visibleByDefault'];
            }
            if ($shown) {
                $visible[] = $code;
            }
        }

        return $visible;
    }

    /**
     * The value of TYPE_VISIBILITY for the types the merchant ticked: every known type named, so the choice stands
     * whatever the defaults say; a type added later is not named and takes its default.
     *
     * @param string[] $visibleCodes
     */
    public static function store(array $visibleCodes): string
    {
        $choices = [];
        foreach (DocumentType::all() as $code) {
            $choices[$code] = in_array($code, $visibleCodes, true);
        }

        return (string) json_encode($choices);
    }
}
