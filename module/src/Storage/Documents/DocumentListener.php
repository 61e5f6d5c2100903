<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage\Documents;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Post-commit hook (customer e-mail, guest order e-mail…). Called only AFTER COMMIT, when a customer gets a document: a new document
 * attached ($isNewVersion false), a new version of a document that is attached ($isNewVersion true), or a document
 * moved to a customer by re-matching, assignment or claim ($isNewVersion false). Never for an unchanged replay, so a
 * replay never mails twice. Implementations must not throw (failures are theirs to log).
 */
interface DocumentListener
{
    public function documentAttached(int $documentId, bool $isNewVersion): void;

    /**
     * Called by ingestion only, after COMMIT, when a new document or a new version is stored waiting (pending: in
     * nobody's account), e.g. the document of a guest order. Never for an unchanged replay, nor for a document that
     * a later action (dismiss, restore, detach) moves.
     */
    public function documentWaiting(int $documentId): void;
}
