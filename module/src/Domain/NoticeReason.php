<?php

declare(strict_types=1);

namespace Ebpdocuments\Domain;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Why a document is kept aside instead of being attached to a customer.
 */
final class NoticeReason
{
    /** No customer account uses the billing e-mail (the classic E-connecteur notice). */
    const NO_ACCOUNT = 'NO_ACCOUNT';
    /** Only guest-checkout rows use the e-mail: nobody can log in to see the document. */
    const GUEST_ONLY = 'GUEST_ONLY';
    /** Two or more registered accounts use the e-mail: we never pick one. */
    const AMBIGUOUS = 'AMBIGUOUS';
    /** The billing e-mail is missing or not an e-mail address. */
    const INVALID_EMAIL = 'INVALID_EMAIL';
    /**
     * Exactly one registered account uses the e-mail, but it has not proven the address yet (one-time code, a
     * document an admin gave it): the document waits on that account's My documents page until it confirms
     * (SettingKeys::REQUIRE_EMAIL_PROOF).
     */
    const UNPROVEN_EMAIL = 'UNPROVEN_EMAIL';

    /** The notice E-connecteur users know, word for word. */
    const NO_ACCOUNT_MESSAGE_FR = 'Ce document ne peut pas être envoyé sur le site car aucun compte client correspondant au tiers en gestion commerciale n\'existe sur le site.';

    /** French plain text answered to the connector, which shows it to the EBP user. */
    const CONNECTOR_MESSAGES_FR = [
        self::NO_ACCOUNT => self::NO_ACCOUNT_MESSAGE_FR,
        self::GUEST_ONLY => 'Ce document est mis en attente : l\'adresse e-mail de facturation n\'appartient qu\'à des commandes invitées, sans compte client sur le site.',
        self::AMBIGUOUS => 'Ce document est mis en attente : plusieurs comptes clients du site utilisent l\'adresse e-mail de facturation.',
        self::INVALID_EMAIL => 'Ce document est mis en attente : l\'adresse e-mail de facturation du tiers est absente ou invalide.',
        self::UNPROVEN_EMAIL => 'Ce document est mis en attente : le compte client qui utilise l\'adresse e-mail de facturation n\'a pas encore confirmé cette adresse. Le client la confirme depuis sa page « Mes documents ».',
    ];

    /**
     * @return string[]
     */
    public static function all(): array
    {
        return [self::NO_ACCOUNT, self::GUEST_ONLY, self::AMBIGUOUS, self::INVALID_EMAIL, self::UNPROVEN_EMAIL];
    }
}
