<?php

declare(strict_types=1);

namespace Ebpdocuments\Customer;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Support\Translator;

/**
 * Wordings the customer sees that are produced in PHP (labels in lists, file names, mail subjects). Each is a
 * literal trans() call so that PrestaShop's extractor finds it in the domain Modules.Ebpdocuments.Shop.
 */
final class ShopWordings
{
    const DOMAIN = 'Modules.Ebpdocuments.Shop';

    /** @var Translator */
    private $translator;

    public function __construct(Translator $translator)
    {
        $this->translator = $translator;
    }

    /** The customer's label of a type: data (Kernel/Domain/document-types.json), translated like every wording. */
    public function typeLabel(string $type): string
    {
        return $this->translator->trans(DocumentType::customerLabel($type), [], self::DOMAIN);
    }

    public function myDocumentsTitle(): string
    {
        return $this->translator->trans('My documents', [], 'Modules.Ebpdocuments.Shop');
    }

    public function newDocumentSubject(string $typeLabel, string $reference): string
    {
        return $this->translator->trans('New document available: %type% %reference%', ['%type%' => $typeLabel, '%reference%' => $reference], 'Modules.Ebpdocuments.Shop');
    }

    /** Subject of the guest order mail (NewDocumentNotifier::documentWaiting). */
    public function guestDocumentSubject(string $typeLabel, string $reference, string $orderReference): string
    {
        return $this->translator->trans('%type% %reference% for your order %order%', ['%type%' => $typeLabel, '%reference%' => $reference, '%order%' => $orderReference], 'Modules.Ebpdocuments.Shop');
    }

    /** The guest order mail's sentence when the PDF is attached. */
    public function guestDocumentAttached(): string
    {
        return $this->translator->trans('You will find it attached to this e-mail (PDF).', [], 'Modules.Ebpdocuments.Shop');
    }

    /** The guest order mail's sentence when the PDF is over the attachment ceiling. */
    public function guestDocumentTooLarge(): string
    {
        return $this->translator->trans('It is too large to be attached to an e-mail: you can download it from our order tracking page.', [], 'Modules.Ebpdocuments.Shop');
    }

    public function claimCodeSubject(): string
    {
        return $this->translator->trans('Your code to retrieve your documents', [], 'Modules.Ebpdocuments.Shop');
    }

    public function claimCodeSent(): string
    {
        return $this->translator->trans('If documents are waiting for your e-mail address, enter the 6-digit code we have just sent to it. The code is valid for 15 minutes.', [], 'Modules.Ebpdocuments.Shop');
    }

    public function claimTooManyRequests(): string
    {
        return $this->translator->trans('You have asked for several codes recently. Please try again in an hour.', [], 'Modules.Ebpdocuments.Shop');
    }

    public function claimWrongCode(): string
    {
        return $this->translator->trans('This code is not valid or has expired. Ask for a new code.', [], 'Modules.Ebpdocuments.Shop');
    }

    public function claimAttached(int $count): string
    {
        if ($count === 0) {
            return $this->translator->trans('Your e-mail address is confirmed. No document was waiting for it.', [], 'Modules.Ebpdocuments.Shop');
        }
        if ($count === 1) {
            return $this->translator->trans('Your e-mail address is confirmed. 1 document has been added to your account.', [], 'Modules.Ebpdocuments.Shop');
        }

        return $this->translator->trans('Your e-mail address is confirmed. %count% documents have been added to your account.', ['%count%' => $count], 'Modules.Ebpdocuments.Shop');
    }

    /**
     * My documents, while documents matched to the customer's e-mail wait for the address to be confirmed; $count
     * above $cap means more than $cap ("99+").
     */
    public function waitingDocuments(int $count, int $cap): string
    {
        if ($count === 1) {
            return $this->translator->trans('1 document waits for you: confirm your e-mail address to see it.', [], 'Modules.Ebpdocuments.Shop');
        }

        return $this->translator->trans('%count% documents wait for you: confirm your e-mail address to see them.', ['%count%' => $count > $cap ? $cap . '+' : $count], 'Modules.Ebpdocuments.Shop');
    }

    public function claimInvalidForm(): string
    {
        return $this->translator->trans('Your request could not be processed. Please reload the page and try again.', [], 'Modules.Ebpdocuments.Shop');
    }
}
