<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Front;

use Ebpdocuments\Kernel\Support\Mailer;

final class MemoryMailer implements Mailer
{
    /** @var array<int, array<string, mixed>> */
    public $sent = [];

    public function send(int $languageId, string $template, string $subject, array $variables, string $toEmail, string $toName, int $shopId, array $attachment = []): bool
    {
        $this->sent[] = compact('languageId', 'template', 'subject', 'variables', 'toEmail', 'toName', 'shopId', 'attachment');

        return true;
    }
}
