<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Http;

use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Kernel\Support\ErrorLog;
use Ebpdocuments\Kernel\Support\UploadLimits;
use Ebpdocuments\Kernel\Translation\ModuleCatalogue;
use Ebpdocuments\Receiving\Api\ClientAuthenticator;
use Ebpdocuments\Receiving\Api\ConnectorDoor;
use Ebpdocuments\Receiving\Api\EconnecteurEndpoint;
use Ebpdocuments\Receiving\Api\ErrorMapper;
use Ebpdocuments\Receiving\Api\RejectionLog;
use Ebpdocuments\Receiving\Auth\WebserviceRight;
use Ebpdocuments\Storage\Repository\EventRepository;
use Ebpdocuments\Storage\StorageException;
use PHPUnit\Framework\TestCase;

/**
 * E-connecteur shows the door's answer to the EBP user: the French texts are part of the contract and stay byte for
 * byte what 1.0.0's code answered (the expected texts below are that code's strings), now that the English is in the
 * code and the French in the XLF.
 */
final class ConnectorFrenchAnswersTest extends TestCase
{
    /** 1.0.0's French, read from its InvalidDocumentException, WaitingReason and WebserviceRight. */
    const OLD = [
  'document:pdf_missing' => 'Le PDF du document est absent.',
  'document:pdf_not_base64' => 'Le PDF n\'est pas encodé en base64 valide.',
  'document:pdf_not_pdf' => 'Le fichier envoyé n\'est pas un PDF (il doit commencer par %PDF-).',
  'document:pdf_truncated' => 'Le PDF est incomplet (marque de fin %%EOF absente) : renvoyez le document.',
  'document:pdf_too_large' => 'Le PDF dépasse la taille maximale acceptée par le site.',
  'document:pdf_active_content' => 'Le PDF contient du contenu actif (JavaScript, fichier joint ou action) refusé par le site.',
  'document:pdf_uncheckable' => 'Le PDF contient des objets compressés que le site ne peut pas vérifier (flux d\'objets) : exportez-le sans compression des objets.',
  'document:email_invalid' => 'L\'adresse e-mail de facturation est trop longue ou contient des caractères interdits.',
  'document:reference_missing' => 'Le numéro du document (reference) est absent.',
  'document:reference_invalid' => 'Le numéro du document (reference) doit faire 1 à 64 caractères : lettres, chiffres, espace, - _ . / #.',
  'document:type_missing' => 'Le type du document (devis, commande, facture…) est absent.',
  'document:type_invalid' => 'Le type du document doit faire au plus 64 caractères lisibles.',
  'document:date_invalid' => 'La date du document doit être au format AAAA-MM-JJ.',
  'document:amount_invalid' => 'Le montant doit être un nombre décimal (ex. 120.50).',
  'document:currency_invalid' => 'La devise doit être un code ISO 4217 de 3 lettres (ex. EUR).',
  'document:oid_invalid' => 'Le numéro de commande web (oid) doit faire au plus 64 caractères lisibles.',
  'document:customer_code_invalid' => 'Le code client EBP doit faire 1 à 64 caractères : lettres, chiffres, espace, - _ . / #.',
  'document:field_not_text' => 'Un champ du formulaire n\'est pas un texte simple.',
  'document:encoding_invalid' => 'Un champ n\'est pas encodé en UTF-8 valide.',
  'notice:NO_ACCOUNT' => 'Ce document ne peut pas être envoyé sur le site car aucun compte client correspondant au tiers en gestion commerciale n\'existe sur le site.',
  'notice:GUEST_ONLY' => 'Ce document est mis en attente : l\'adresse e-mail de facturation n\'appartient qu\'à des commandes invitées, sans compte client sur le site.',
  'notice:AMBIGUOUS' => 'Ce document est mis en attente : plusieurs comptes clients du site utilisent l\'adresse e-mail de facturation.',
  'notice:INVALID_EMAIL' => 'Ce document est mis en attente : l\'adresse e-mail de facturation du tiers est absente ou invalide.',
  'notice:UNPROVEN_EMAIL' => 'Ce document est mis en attente : le compte client qui utilise l\'adresse e-mail de facturation n\'a pas encore confirmé cette adresse. Le client la confirme depuis sa page « Mes documents ».',
  'right:POST' => 'Clé webservice non autorisée à envoyer des documents EBP. Autorisez-la dans Paramètres avancés › Webservice : modifiez la clé, cochez Ajouter (POST) sur la ligne ebpdocuments, enregistrez.',
  'right:DELETE' => 'Clé webservice non autorisée à retirer des documents EBP. Autorisez-la dans Paramètres avancés › Webservice : modifiez la clé, cochez Supprimer (DELETE) sur la ligne ebpdocuments, enregistrez.',
  'right:GET' => 'Clé webservice non autorisée à consulter les documents EBP. Autorisez-la dans Paramètres avancés › Webservice : modifiez la clé, cochez Voir (GET) sur la ligne ebpdocuments, enregistrez.',
];

    public function testDocumentRefusalsNoticesAndRightsAreTheOldFrenchWordForWord(): void
    {
        $errors = $this->errors();
        foreach (DocumentRefusals::ERRORS as $code => $refusal) {
            $this->assertSame(self::OLD['document:' . $code], $errors->forEconnecteur(DocumentRefusals::because($code))->body(), $code);
        }
        foreach (WebserviceRight::REFUSALS as $method => $messageId) {
            $refused = Refusal::unauthenticated($messageId, 'key', ClientAuthenticator::RIGHT_MISSING);
            $this->assertSame(self::OLD['right:' . $method], $errors->forEconnecteur($refused)->body(), $method);
        }
        $french = new ModuleCatalogue('fr-FR');
        foreach (WaitingReason::all() as $reason) {
            $this->assertSame(self::OLD['notice:' . $reason], $french->trans(WaitingReason::message($reason), [], Refusal::DOMAIN), $reason);
        }
    }

    public function testTheDoorsOwnRefusalsAreTheOldFrenchWordForWord(): void
    {
        $errors = $this->errors();
        $cases = [
            'Méthode HTTP refusée : envoyez le document en POST.' => Refusal::methodNotAllowed(['POST']),
            'Trop de tentatives avec une clé invalide depuis cette adresse : réessayez dans quelques minutes avec la bonne clé.' => Refusal::tooManyRequests(60),
            'Clé manquante : renseignez dans le connecteur la clé du module (ou la clé webservice de la boutique), envoyée dans le champ key.' => Refusal::unauthenticated(ClientAuthenticator::KEY_MISSING, 'key'),
            'Clé refusée : elle est inconnue, révoquée, inactive ou non autorisée pour cette boutique. Copiez la clé affichée dans le module (Clients › Documents EBP).' => Refusal::unauthenticated(ClientAuthenticator::KEY_REFUSED, 'key'),
            'La clé ne doit pas figurer dans l\'adresse (elle finirait dans les journaux du serveur) : envoyez-la dans le corps de la requête, champ key.' => Refusal::badRequest(EconnecteurEndpoint::KEY_IN_QUERY, 'key', 'key_in_query'),
            'Requête illisible : envoyez un formulaire (application/x-www-form-urlencoded ou multipart/form-data) avec les champs key, email, type, reference, oid et pdf.' => Refusal::badRequest(EconnecteurEndpoint::NOT_A_FORM, null, 'unsupported_media_type'),
            'Le champ pdf doit être envoyé une seule fois, en texte simple (pas de tableau pdf[]).' => Refusal::badRequest(EconnecteurEndpoint::FIELD_NOT_SINGLE, 'pdf', 'field_not_single', ['%field%' => 'pdf']),
            'Erreur interne du site : le document n\'a pas été enregistré. Réessayez plus tard ; si l\'erreur persiste, l\'administrateur du site trouvera le détail dans les journaux de la boutique.' => new \RuntimeException('boom'),
            'Le site ne peut pas écrire dans son dossier de stockage des documents : le document n\'a pas été enregistré. L\'administrateur du site doit corriger ce dossier (Clients › Documents EBP).' => new StorageException('disk full'),
        ];
        foreach ($cases as $french => $error) {
            $this->assertSame($french, $errors->forEconnecteur($error)->body());
        }
    }

    public function testTheAnswersAreTheOldFrenchWordForWord(): void
    {
        $french = new ModuleCatalogue('fr-FR');
        $labels = ['quote' => 'devis', 'order' => 'commande', 'delivery' => 'bon de livraison', 'invoice' => 'facture', 'credit_note' => 'avoir', 'other' => 'document'];
        foreach ($labels as $type => $label) {
            $this->assertSame('FA 1 (' . $label . ')', $french->trans(DocumentType::answerLabel($type), ['%number%' => 'FA 1'], Refusal::DOMAIN));
        }
        $document = ['%document%' => 'FA1 (facture)'];
        $answers = [
            'Document déjà reçu, inchangé.' => [EconnecteurEndpoint::RECEIVED_UNCHANGED, []],
            'Nouvelle version du document FA1 (facture) enregistrée.' => [EconnecteurEndpoint::NEW_VERSION, $document],
            'Document FA1 (facture) enregistré pour le client.' => [EconnecteurEndpoint::ATTACHED, $document],
            'Document FA1 (facture) déjà reçu, inchangé, toujours en attente d\'un compte client.' => [EconnecteurEndpoint::WAITING_UNCHANGED, $document],
            'Nouvelle version du document FA1 (facture) enregistrée, en attente d\'un compte client.' => [EconnecteurEndpoint::WAITING_NEW_VERSION, $document],
            'Document FA1 (facture) enregistré sur le site, en attente d\'un compte client.' => [EconnecteurEndpoint::WAITING_NEW, $document],
        ];
        foreach ($answers as $expected => $answer) {
            $this->assertSame($expected, $french->trans($answer[0], $answer[1], Refusal::DOMAIN));
        }
    }

    public function testSizeRefusalsWriteMegabytesTheFrenchWay(): void
    {
        $door = $this->door(new UploadLimits(20 * 1048576, 8 * 1048576, 8 * 1048576));
        $this->assertSame(
            'Document trop volumineux : la requête (9,1 Mo) dépasse la limite post_max_size de PHP sur le serveur du site (8 Mo). L\'hébergeur ou l\'administrateur doit augmenter post_max_size.',
            $this->refusalOf($door, 9 * 1048576 + 52429)
        );
        $door = $this->door(new UploadLimits(20 * 1048576, 0, 8 * 1048576));
        $this->assertSame(
            'Document trop volumineux : le PDF dépasse la taille maximale de 20 Mo fixée dans le module.',
            $this->refusalOf($door, 42 * 1048576)
        );
        // API v1 says it in English, with a decimal point.
        try {
            $this->door(new UploadLimits(20 * 1048576, 8 * 1048576, 8 * 1048576))->checkSize($this->request(9 * 1048576 + 52429));
            $this->fail('accepted');
        } catch (Refusal $refused) {
            $this->assertStringContainsString('(9.1 MB)', $this->errors()->englishMessage($refused));
            $this->assertSame(413, $refused->status());
        }
    }

    private function refusalOf(ConnectorDoor $door, int $length): string
    {
        try {
            $door->checkSize($this->request($length));
        } catch (Refusal $refused) {
            return $this->errors()->forEconnecteur($refused)->body();
        }
        $this->fail('accepted');
    }

    private function request(int $length): Request
    {
        return new Request('POST', [], [], [], [], $length, '127.0.0.1');
    }

    private function door(UploadLimits $limits): ConnectorDoor
    {
        // The rejection log is not reached by the size checks.
        $events = (new \ReflectionClass(EventRepository::class))->newInstanceWithoutConstructor();

        return new ConnectorDoor($limits, new RejectionLog($events, 1), $this->errors());
    }

    private function errors(): ErrorMapper
    {
        return new ErrorMapper(new class() implements ErrorLog {
            public function error(string $message, array $context = []): void
            {
            }
        });
    }
}
