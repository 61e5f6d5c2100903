<?php

declare(strict_types=1);

namespace Ebpdocuments\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * 405 with the Allow header.
 */
final class MethodNotAllowedException extends ApiException
{
    /**
     * @param string[] $allowed
     */
    public function __construct(array $allowed)
    {
        $list = implode(', ', $allowed);
        parent::__construct(
            405,
            'method_not_allowed',
            'Method not allowed here; use ' . $list . '.',
            'Méthode HTTP refusée : envoyez le document en ' . $list . '.',
            null,
            ['Allow' => $list]
        );
    }
}
