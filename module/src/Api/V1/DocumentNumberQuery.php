<?php

declare(strict_types=1);

namespace Ebpdocuments\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Domain\DocumentType;
use Ebpdocuments\Http\BadRequestException;
use Ebpdocuments\Http\NotFoundException;
use Ebpdocuments\Http\Request;
use Ebpdocuments\Http\ValidationException;
use Ebpdocuments\Repository\DocumentRepository;

/**
 * The (type, number) pair that names a document in the query string of status and withdraw, and that document.
 */
final class DocumentNumberQuery
{
    /** @var DocumentRepository */
    private $documents;
    /** @var int */
    private $shopId;

    public function __construct(DocumentRepository $documents, int $shopId)
    {
        $this->documents = $documents;
        $this->shopId = $shopId;
    }

    /**
     * The row of the document the query names, in this shop.
     *
     * @return array<string, string|null>
     *
     * @throws NotFoundException when there is none
     */
    public function document(Request $request): array
    {
        list($type, $number) = self::from($request);
        $row = $this->documents->findByNumber($this->shopId, $type, $number);
        if ($row === null) {
            throw new NotFoundException('No document of this type and number in this shop.', 'Document introuvable.');
        }

        return $row;
    }

    /**
     * @return array{0: string, 1: string} normalized type code and number
     */
    private static function from(Request $request): array
    {
        $query = $request->query();
        foreach (['type', 'number'] as $name) {
            if (isset($query[$name]) && !is_string($query[$name])) {
                throw new BadRequestException('field_not_single', 'Query parameter ' . $name . ' must be a single value.', 'Paramètre ' . $name . ' invalide.', $name);
            }
        }
        $type = isset($query['type']) ? trim((string) $query['type']) : '';
        $number = isset($query['number']) ? trim((string) $query['number']) : '';
        if ($type === '' || !mb_check_encoding($type, 'UTF-8')) {
            throw new ValidationException('type', 'Query parameter type (' . implode(', ', DocumentType::all()) . ', or the French word) is required.', 'Type absent.', 'type_missing');
        }
        if ($number === '' || !mb_check_encoding($number, 'UTF-8') || mb_strlen($number, 'UTF-8') > 64) {
            throw new ValidationException('number', 'Query parameter number (the EBP document number, 1 to 64 characters) is required.', 'Numéro absent.', 'reference_missing');
        }

        return [DocumentType::isValid($type) ? $type : DocumentType::fromText($type), $number];
    }
}
