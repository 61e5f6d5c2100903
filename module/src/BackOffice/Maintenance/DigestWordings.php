<?php

declare(strict_types=1);

namespace Ebpdocuments\BackOffice\Maintenance;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Support\Translator;

/**
 * The daily summary's sentences, for the merchant (domain Modules.Ebpdocuments.Admin), in the shop's default
 * language: each is a literal so PrestaShop's extractor and our catalogue test find it.
 */
final class DigestWordings
{
    const DOMAIN = 'Modules.Ebpdocuments.Admin';

    /** @var Translator */
    private $translator;

    public function __construct(Translator $translator)
    {
        $this->translator = $translator;
    }

    public function subject(): string
    {
        // PrestaShop puts the shop's name before every subject ("[Shop] …").
        return $this->translator->trans('EBP documents: daily summary', [], self::DOMAIN);
    }

    public function refusals(int $count, string $since): string
    {
        if ($count === 0) {
            return $this->translator->trans('No call of the connector was refused since %date%.', ['%date%' => $since], self::DOMAIN);
        }
        if ($count === 1) {
            return $this->translator->trans('Since %date%, 1 call of the connector was refused: that document was not stored, and E-connecteur sends it again at its next synchronisation.', ['%date%' => $since], self::DOMAIN);
        }

        return $this->translator->trans('Since %date%, %count% calls of the connector were refused: those documents were not stored, and E-connecteur sends them again at its next synchronisation.', ['%date%' => $since, '%count%' => (string) $count], self::DOMAIN);
    }

    public function lastRefusalsHeading(): string
    {
        return $this->translator->trans('Last refusals, with the exact answer the connector received:', [], self::DOMAIN);
    }

    public function refusalLine(string $date, string $key, string $document, string $answer): string
    {
        return $this->translator->trans('%date%, key %key%, document %document%: "%answer%"', ['%date%' => $date, '%key%' => $key, '%document%' => $document, '%answer%' => $answer], self::DOMAIN);
    }

    public function unknownKey(): string
    {
        return $this->translator->trans('unknown or missing key', [], self::DOMAIN);
    }

    public function noDocumentNumber(): string
    {
        return $this->translator->trans('without number', [], self::DOMAIN);
    }

    public function waiting(int $count, int $days): string
    {
        if ($count === 0) {
            return $this->translator->trans('No document has been waiting for more than %days% days.', ['%days%' => (string) $days], self::DOMAIN);
        }
        if ($count === 1) {
            return $this->translator->trans('1 document has been waiting for more than %days% days: no customer account could receive it. Assign it to a customer, or dismiss it, in the To attach tab.', ['%days%' => (string) $days], self::DOMAIN);
        }

        return $this->translator->trans('%count% documents have been waiting for more than %days% days: no customer account could receive them. Assign them to a customer, or dismiss them, in the To attach tab.', ['%count%' => (string) $count, '%days%' => (string) $days], self::DOMAIN);
    }
}
