<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Support;

if (!defined('_PS_VERSION_')) {
    exit;
}

interface Clock
{
    public function now(): \DateTimeImmutable;
}
