<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * Decodes the body of an object stream, fed in pieces, into a php://temp handle (kept in memory up to 2 MB, then on
 * disk), so that ActiveContentScanner can scan the objects inside. Only what object streams really use is decoded:
 * no filter, or FlateDecode alone without predictor. Anything else, corrupt data, or more than the budget of
 * inflated bytes (a decompression bomb) throws pdf_uncheckable: a stream whose objects cannot be checked is refused.
 */
final class ObjectStreamInflater
{
    /** @var resource */
    private $output;
    /** @var resource|object|null inflate_init()'s context (an InflateContext object from PHP 8); null when the body is not compressed */
    private $context;
    /** @var int */
    private $budgetLeft;
    /** @var bool */
    private $ended = false;

    /**
     * @param resource $output
     * @param resource|object|null $context
     */
    private function __construct($output, $context, int $budgetLeft)
    {
        $this->output = $output;
        $this->context = $context;
        $this->budgetLeft = $budgetLeft;
    }

    /**
     * @throws Refusal pdf_uncheckable
     */
    public static function forDictionary(StreamDictionary $dictionary, int $budgetLeft): self
    {
        $filters = $dictionary->filters();
        if ($filters === null || count($filters) > 1 || $dictionary->hasDecodeParms()) {
            throw DocumentRefusals::because('pdf_uncheckable');
        }
        $context = null;
        if ($filters !== []) {
            if (!in_array($filters[0], ['FlateDecode', 'Fl'], true) || !function_exists('inflate_init')) {
                throw DocumentRefusals::because('pdf_uncheckable');
            }
            $context = @inflate_init(ZLIB_ENCODING_DEFLATE);
            if ($context === false) {
                throw DocumentRefusals::because('pdf_uncheckable');
            }
        }
        $output = fopen('php://temp/maxmemory:2097152', 'w+b');
        if ($output === false) {
            throw new StorageException('Cannot open a temporary stream');
        }

        return new self($output, $context, $budgetLeft);
    }

    public function add(string $bytes): void
    {
        if ($this->context === null) {
            $this->write($bytes);

            return;
        }
        /** @var resource $context a resource on PHP 7, an InflateContext on PHP 8: inflate_add() takes either */
        $context = $this->context;
        $length = strlen($bytes);
        for ($offset = 0; $offset < $length && !$this->ended; $offset += ActiveContentScanner::INFLATE_SLICE) {
            $inflated = @inflate_add($context, (string) substr($bytes, $offset, ActiveContentScanner::INFLATE_SLICE), ZLIB_SYNC_FLUSH);
            if ($inflated === false) {
                throw $this->failure();
            }
            $this->write($inflated);
            // Bytes after the end of the compressed data (the end of line before "endstream") are not objects.
            if (inflate_get_status($context) === ZLIB_STREAM_END) {
                $this->ended = true;
            }
        }
    }

    public function budgetLeft(): int
    {
        return $this->budgetLeft;
    }

    /**
     * @return resource the decoded objects, rewound
     */
    public function finish()
    {
        rewind($this->output);

        return $this->output;
    }

    private function write(string $bytes): void
    {
        $this->budgetLeft -= strlen($bytes);
        if ($this->budgetLeft < 0) {
            throw $this->failure();
        }
        if ($bytes !== '' && fwrite($this->output, $bytes) !== strlen($bytes)) {
            throw new StorageException('Cannot write a temporary stream');
        }
    }

    private function failure(): Refusal
    {
        fclose($this->output);

        return DocumentRefusals::because('pdf_uncheckable');
    }
}
