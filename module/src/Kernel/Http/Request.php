<?php

declare(strict_types=1);

namespace Ebpdocuments\Kernel\Http;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The parts of an HTTP request the module's doors read, as a plain immutable value. Controllers and the test harness
 * build it from Symfony's Request, so no module code ever touches superglobals.
 */
final class Request
{
    /** @var string upper case, the real method (no X-HTTP-Method-Override) */
    private $method;
    /** @var array<string, mixed> */
    private $query;
    /** @var array<string, mixed> */
    private $post;
    /** @var array<string, UploadedFile> */
    private $files;
    /** @var array<string, string> lower-case names */
    private $headers;
    /** @var int|null */
    private $contentLength;
    /** @var string */
    private $clientIp;
    /** @var string raw body; only the admin AJAX door (JSON) sets it, with withBody() */
    private $body = '';
    /** @var int file parts PHP kept, nested ones (pdf[]) included */
    private $filePartsKept = 0;
    /** @var bool PHP said it dropped file parts (max_file_uploads), see withFilePartsDropped() */
    private $filePartsDropped = false;

    /**
     * @param array<string, mixed> $query
     * @param array<string, mixed> $post
     * @param array<string, UploadedFile> $files
     * @param array<string, string> $headers
     */
    public function __construct(string $method, array $query, array $post, array $files, array $headers, ?int $contentLength, string $clientIp)
    {
        $this->method = strtoupper($method);
        $this->query = $query;
        $this->post = $post;
        $this->files = $files;
        $this->headers = [];
        foreach ($headers as $name => $value) {
            $this->headers[strtolower((string) $name)] = (string) $value;
        }
        $this->contentLength = $contentLength;
        $this->clientIp = $clientIp;
    }

    /**
     * Reads what PHP parsed. Works with symfony/http-foundation 4.4 to 7.x: InputBag::get() throws on array values
     * from 6.0 on, so every bag is read whole with all().
     */
    public static function fromSymfony(\Symfony\Component\HttpFoundation\Request $request): self
    {
        // The bags' classes named in full: PHPStan does not resolve the short @var names of Symfony 6.4's Request.
        /** @var \Symfony\Component\HttpFoundation\FileBag $fileBag */
        $fileBag = $request->files;
        /** @var \Symfony\Component\HttpFoundation\HeaderBag $headerBag */
        $headerBag = $request->headers;
        /** @var \Symfony\Component\HttpFoundation\ServerBag $serverBag */
        $serverBag = $request->server;
        /** @var \Symfony\Component\HttpFoundation\ParameterBag $queryBag */
        $queryBag = $request->query;
        /** @var \Symfony\Component\HttpFoundation\ParameterBag $bodyBag */
        $bodyBag = $request->request;
        $files = [];
        foreach ($fileBag->all() as $name => $file) {
            // Nested file arrays (pdf[]) are not a single document part: left out, so the field reads as missing.
            if ($file instanceof \Symfony\Component\HttpFoundation\File\UploadedFile) {
                $files[(string) $name] = self::uploadedFile($file);
            }
        }
        $headers = [];
        foreach ($headerBag->all() as $name => $values) {
            $headers[(string) $name] = is_array($values) ? implode(', ', $values) : (string) $values;
        }
        $length = $serverBag->get('CONTENT_LENGTH');
        $contentLength = is_numeric($length) ? (int) $length : null;

        $built = new self(
            $request->getRealMethod(),
            $queryBag->all(),
            $bodyBag->all(),
            $files,
            $headers,
            $contentLength,
            ClientAddress::resolve(
                (string) $serverBag->get('REMOTE_ADDR', ''),
                (string) $serverBag->get('HTTP_X_FORWARDED_FOR', ''),
                self::trustedProxies($serverBag)
            )
        );
        $built->filePartsKept = self::countFileParts($fileBag->all());

        return $built;
    }

    /**
     * @param array<mixed> $files Symfony's FileBag contents (UploadedFile, null for an empty part, nested arrays)
     */
    private static function countFileParts(array $files): int
    {
        $count = 0;
        foreach ($files as $file) {
            if (is_array($file)) {
                $count += self::countFileParts($file);
            } elseif ($file !== null) {
                ++$count;
            }
        }

        return $count;
    }

    /**
     * Whether the last PHP error (error_get_last(), read by the controller before anything else runs) is PHP's
     * "Maximum number of allowable file uploads has been exceeded": PHP then dropped file parts of this request.
     *
     * @param array<string, mixed>|null $lastError
     */
    public static function droppedFilePartsIn(?array $lastError): bool
    {
        return $lastError !== null && isset($lastError['message']) && is_string($lastError['message'])
            && stripos($lastError['message'], 'maximum number of allowable file uploads') !== false;
    }

    public function withFilePartsDropped(bool $dropped): self
    {
        $copy = clone $this;
        $copy->filePartsDropped = $dropped;

        return $copy;
    }

    /** File parts PHP kept (its max_file_uploads drops the others without a word to the script). */
    public function filePartsKept(): int
    {
        return $this->filePartsKept;
    }

    public function filePartsDropped(): bool
    {
        return $this->filePartsDropped;
    }

    /**
     * PrestaShop's trusted-proxy setting (ClientAddress::SETTING): in $_SERVER when the shop's .env or the web server
     * defines it, else in the process environment.
     */
    private static function trustedProxies(\Symfony\Component\HttpFoundation\ServerBag $server): string
    {
        $value = $server->get(ClientAddress::SETTING);
        if (!is_string($value) || $value === '') {
            $value = getenv(ClientAddress::SETTING);
        }

        return is_string($value) ? $value : '';
    }

    private static function uploadedFile(\Symfony\Component\HttpFoundation\File\UploadedFile $file): UploadedFile
    {
        $error = (int) $file->getError();
        $path = $error === UPLOAD_ERR_OK ? (string) $file->getPathname() : '';
        // SplFileInfo::getSize() throws when the file is missing, so ask the filesystem quietly.
        $size = $path !== '' ? (int) @filesize($path) : 0;

        return new UploadedFile($path, $size, $error);
    }

    /**
     * The same request with its raw body (admin AJAX posts JSON; Symfony's getContent()). Kept out of fromSymfony()
     * so the upload doors never copy a multi-megabyte body.
     */
    public function withBody(string $body): self
    {
        $copy = clone $this;
        $copy->body = $body;

        return $copy;
    }

    public function body(): string
    {
        return $this->body;
    }

    public function method(): string
    {
        return $this->method;
    }

    /**
     * @return array<string, mixed>
     */
    public function query(): array
    {
        return $this->query;
    }

    /**
     * @return array<string, mixed>
     */
    public function post(): array
    {
        return $this->post;
    }

    /**
     * @return array<string, UploadedFile>
     */
    public function files(): array
    {
        return $this->files;
    }

    public function file(string $name): ?UploadedFile
    {
        return isset($this->files[$name]) ? $this->files[$name] : null;
    }

    /**
     * @return array<string, string>
     */
    public function headers(): array
    {
        return $this->headers;
    }

    public function header(string $name): ?string
    {
        $name = strtolower($name);

        return isset($this->headers[$name]) ? $this->headers[$name] : null;
    }

    /** Media type of the body without parameters, lower case ("multipart/form-data"), '' when absent. */
    public function mediaType(): string
    {
        $type = (string) $this->header('content-type');
        $semicolon = strpos($type, ';');
        if ($semicolon !== false) {
            $type = substr($type, 0, $semicolon);
        }

        return strtolower(trim($type));
    }

    public function contentLength(): ?int
    {
        return $this->contentLength;
    }

    public function clientIp(): string
    {
        return $this->clientIp;
    }
}
