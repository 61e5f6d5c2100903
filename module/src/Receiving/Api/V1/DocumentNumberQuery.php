<?php

declare(strict_types=1);

namespace Ebpdocuments\Receiving\Api\V1;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Http\Request;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Storage\Repository\DocumentRepository;

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
     * @throws Refusal when there is none
     */
    public function document(Request $request): array
    {
        list($type, $number) = self::from($request);
        $row = $this->documents->findByNumber($this->shopId, $type, $number);
        if ($row === null) {
            throw Refusal::notFound('No document of this type and number in this shop.');
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
                throw Refusal::badRequest('Query parameter %name% must be a single value.', $name, 'field_not_single', ['%name%' => $name]);
            }
        }
        $type = isset($query['type']) ? trim((string) $query['type']) : '';
        $number = isset($query['number']) ? trim((string) $query['number']) : '';
        if ($type === '' || !mb_check_encoding($type, 'UTF-8')) {
            throw Refusal::validation('type', 'Query parameter type (%types%, or the French word) is required.', ['%types%' => implode(', ', DocumentType::all())], 'type_missing');
        }
        if ($number === '' || !mb_check_encoding($number, 'UTF-8') || mb_strlen($number, 'UTF-8') > 64) {
            throw Refusal::validation('number', 'Query parameter number (the EBP document number, 1 to 64 characters) is required.', [], 'reference_missing');
        }

        return [DocumentType::isValid($type) ? $type : DocumentType::fromText($type), $number];
    }
}
