<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support\Harness;

use Ebpdocuments\Kernel\Support\Mailer;

/**
 * Records every mail as one JSON line in a file that tests read.
 */
final class RecordingMailer implements Mailer
{
    /** @var string */
    private $file;

    public function __construct(string $file)
    {
        $this->file = $file;
    }

    public function send(int $languageId, string $template, string $subject, array $variables, string $toEmail, string $toName, int $shopId, array $attachment = []): bool
    {
        $line = json_encode([
            'languageId' => $languageId, 'template' => $template, 'subject' => $subject, 'variables' => $variables,
            'toEmail' => $toEmail, 'toName' => $toName, 'shopId' => $shopId,
            'attachment' => $attachment === [] ? null : [
                'name' => $attachment['name'], 'mime' => $attachment['mime'], 'sha256' => hash('sha256', $attachment['content']),
            ],
        ], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
        file_put_contents($this->file, $line . "\n", FILE_APPEND | LOCK_EX);

        return true;
    }

    /**
     * @return array<int, array<string, mixed>>
     */
    public static function read(string $file): array
    {
        if (!is_file($file)) {
            return [];
        }
        $mails = [];
        foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
            $mails[] = json_decode($line, true);
        }

        return $mails;
    }
}
