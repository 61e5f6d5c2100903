<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;

/**
 * Looks for active content in a PDF with PDF's own lexical rules, streaming over the file in bounded memory.
 *
 * A lexer walks the file the way a reader does: comments (% to the end of the line), literal strings (escapes,
 * nested parentheses), hex strings, dictionaries. It only needs to know where the real stream bodies are: a body
 * starts after the `stream` keyword that directly follows a dictionary (a `stream` inside a comment, a string or a
 * name is not one), and ends at the dictionary's /Length when it is a direct integer and `endstream` really stands
 * there, else at the next `endstream` (what readers do with a missing or wrong length).
 *
 * - Everything outside the stream bodies is searched for the forbidden names, #xx escapes decoded (/J#61vaScript),
 *   including the insides of strings and comments: a conforming reader never sees a name there, but a reader that
 *   disagrees with us about where a string ends would, and an invoice has no such name in its metadata.
 * - Stream bodies are data (compressed images, fonts, page content): the bytes "/JavaScript" in them are not refused.
 *   Except when a body holds an object header (`12 0 obj`): a reader that reaches it through the cross-reference
 *   offsets, or that ends the stream elsewhere (an indirect /Length), parses it as an object, so from that header on
 *   the body is searched like the rest.
 * - Object streams (/Type /ObjStm, or a stream with /First) hold compressed objects whose names nothing else would
 *   see: they are inflated (FlateDecode, with zlib) in bounded slices, at most MAX_INFLATED_BYTES for the whole file,
 *   and scanned with the same rules. One that cannot be checked (another filter, a predictor, no zlib, corrupt data,
 *   too large) is refused with pdf_uncheckable rather than let through.
 *
 * Memory: one read chunk (1 MB) plus the dictionary in front of a stream (at most MAX_DICT_BYTES, a larger one is
 * refused as uncheckable) and an object stream's inflated copy (php://temp, spilled to disk above 2 MB).
 */
final class ActiveContentScanner
{
    const CHUNK = 1048576;
    /** Bytes kept unscanned at the end of the buffer so that a name cut by the chunk boundary is seen whole. */
    const LOOKAHEAD = 128;
    const MAX_DICT_BYTES = 65536;
    const MAX_INFLATED_BYTES = 33554432;
    /** Compressed bytes given to zlib at a time: deflate expands at most ~1032 times, so one slice gives ≤ 8.5 MB. */
    const INFLATE_SLICE = 8192;
    /**
     * Work budget: lexical steps (a comment, a string piece, a dictionary bracket…; a stream counts STREAM_STEPS) allowed
     * for BASE_STEPS + one per BYTES_PER_STEP bytes of the file (and of inflated object streams). Real PDFs use a
     * fraction of it (dense object syntax: about one step per 14 bytes); a file made only of delimiters would keep PHP
     * busy for tens of seconds and is refused as uncheckable instead.
     */
    const BASE_STEPS = 262144;
    const BYTES_PER_STEP = 8;
    const STREAM_STEPS = 16;

    /** Names refused wherever they appear outside stream bodies (case-sensitive, as PDF names are). */
    const FORBIDDEN_NAMES = ['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'XFA', 'RichMedia', 'SubmitForm', 'ImportData'];

    const WHITESPACE = "\0\t\n\f\r ";
    const DELIMITERS = '()<>[]{}/%';

    /** @var string|null */
    private static $namePattern;

    /** @var resource */
    private $handle;
    /** @var bool false inside an object stream: objects there have no stream bodies */
    private $allowStreams;
    /** @var int[] budgets shared with the scans of object streams: [0] inflated bytes left, [1] lexical steps left */
    private $budget;

    /** @var string */
    private $buffer = '';
    /** @var int */
    private $length = 0;
    /** @var int index of the next byte to lex */
    private $position = 0;
    /** @var int file offset of $buffer[0] */
    private $base = 0;
    /** @var bool */
    private $eof = false;
    /** @var int index from which the name search has not run yet; -1 inside a stream body */
    private $scanFrom = 0;
    /** @var int index of a byte that must stay in the buffer (the open top-level dictionary), -1 none */
    private $keep = -1;
    /** @var bool the open top-level dictionary outgrew MAX_DICT_BYTES */
    private $dictTooLarge = false;

    /**
     * @param resource $handle readable, positioned at the start
     * @param int[] $budget
     */
    private function __construct($handle, bool $allowStreams, array &$budget)
    {
        $this->handle = $handle;
        $this->allowStreams = $allowStreams;
        $this->budget = &$budget;
    }

    /**
     * @param resource $handle a readable file, read from its current position (the start of the PDF)
     *
     * @throws Refusal pdf_active_content, pdf_uncheckable
     */
    public static function scan($handle): void
    {
        $stat = fstat($handle);
        $size = $stat === false ? 0 : (int) $stat['size'];
        $budget = [self::MAX_INFLATED_BYTES, self::BASE_STEPS + intdiv($size, self::BYTES_PER_STEP)];
        (new self($handle, true, $budget))->run();
    }

    private function run(): void
    {
        $depth = 0;
        while (true) {
            if ($this->position >= $this->length && !$this->more()) {
                break;
            }
            // Names, numbers, brackets and keywords need no state: jump to the next byte that opens or closes
            // something (a comment, a string, a dictionary).
            $this->position += strcspn($this->buffer, '(%<>', $this->position);
            if ($this->position >= $this->length) {
                continue;
            }
            $this->step(1);
            $byte = $this->buffer[$this->position];
            if ($byte === '%') {
                $this->skipComment();
            } elseif ($byte === '(') {
                $this->skipLiteralString();
            } elseif ($byte === '<') {
                if (!$this->ensure(2)) {
                    ++$this->position;
                    continue;
                }
                if ($this->buffer[$this->position + 1] === '<') {
                    if ($depth === 0) {
                        $this->keep = $this->position;
                        $this->dictTooLarge = false;
                    }
                    ++$depth;
                    $this->position += 2;
                } else {
                    $this->skipHexString();
                }
            } else {
                // '>'
                if (!$this->ensure(2) || $this->buffer[$this->position + 1] !== '>') {
                    ++$this->position;
                    continue;
                }
                $this->position += 2;
                if ($depth === 0) {
                    continue;
                }
                --$depth;
                if ($depth === 0) {
                    $dictionary = $this->dictTooLarge || $this->keep < 0 ? null : (string) substr($this->buffer, $this->keep, $this->position - $this->keep);
                    $tooLarge = $this->dictTooLarge;
                    $this->keep = -1;
                    $this->dictTooLarge = false;
                    if ($this->allowStreams && $this->streamKeywordFollows()) {
                        if ($tooLarge || $dictionary === null) {
                            throw DocumentRefusals::because('pdf_uncheckable');
                        }
                        $this->step(self::STREAM_STEPS);
                        $this->skipStreamBody(StreamDictionary::parse($dictionary));
                    }
                }
            }
        }
        $this->flushScan($this->length);
    }

    // ---- lexical elements ----

    /** % to the end of the line; runs of comment lines (padding, generator notes) in one go. */
    private function skipComment(): void
    {
        while (true) {
            $this->position += strcspn($this->buffer, "\r\n", $this->position);
            if ($this->position >= $this->length) {
                if (!$this->more()) {
                    return;
                }
                continue;
            }
            $this->position += strspn($this->buffer, self::WHITESPACE, $this->position);
            if ($this->position >= $this->length || $this->buffer[$this->position] !== '%') {
                return;
            }
            $this->step(1);
        }
    }

    /** ( … ) with \-escapes and balanced nested parentheses. */
    private function skipLiteralString(): void
    {
        ++$this->position;
        $nesting = 1;
        while (true) {
            $this->position += strcspn($this->buffer, '()\\', $this->position);
            if ($this->position >= $this->length) {
                if (!$this->more()) {
                    return;
                }
                continue;
            }
            $this->step(1);
            $byte = $this->buffer[$this->position];
            if ($byte === '\\') {
                // The escaped byte is data, whatever it is (a parenthesis, a backslash, an end of line).
                if (!$this->ensure(2)) {
                    ++$this->position;

                    return;
                }
                $this->position += 2;
                continue;
            }
            ++$this->position;
            $nesting += $byte === '(' ? 1 : -1;
            if ($nesting === 0) {
                return;
            }
        }
    }

    /**
     * < hex digits and white space >. Any other byte ends it where it stands and is lexed normally: a hex string can
     * never swallow what follows (readers that skip bad digits would see less than we do, never more).
     */
    private function skipHexString(): void
    {
        ++$this->position;
        while (true) {
            $this->position += strspn($this->buffer, "0123456789abcdefABCDEF\0\t\n\f\r ", $this->position);
            if ($this->position < $this->length) {
                if ($this->buffer[$this->position] === '>') {
                    ++$this->position;
                }

                return;
            }
            if (!$this->more()) {
                return;
            }
        }
    }

    /**
     * After a top-level dictionary: white space and comments, then the keyword `stream` (followed by a delimiter)?
     * Leaves the position after the end of line that follows the keyword when it does (where the body starts, as
     * readers take it: the first CR, CR LF or LF after the keyword).
     */
    private function streamKeywordFollows(): bool
    {
        while (true) {
            if (!$this->ensure(1)) {
                return false;
            }
            $this->position += strspn($this->buffer, self::WHITESPACE, $this->position);
            if ($this->position >= $this->length) {
                continue;
            }
            if ($this->buffer[$this->position] !== '%') {
                break;
            }
            $this->skipComment();
        }
        $this->ensure(7);
        if (substr($this->buffer, $this->position, 6) !== 'stream') {
            return false;
        }
        $next = (string) substr($this->buffer, $this->position + 6, 1);
        if ($next !== '' && strpos(self::WHITESPACE . self::DELIMITERS, $next) === false) {
            return false;
        }
        $this->position += 6;
        while (true) {
            $this->position += strcspn($this->buffer, "\r\n", $this->position);
            if ($this->position < $this->length) {
                break;
            }
            if (!$this->more()) {
                return true;
            }
        }
        if ($this->buffer[$this->position] === "\r" && $this->ensure(2) && $this->buffer[$this->position + 1] === "\n") {
            ++$this->position;
        }
        ++$this->position;

        return true;
    }

    /**
     * Skips the body starting at the position: up to /Length when `endstream` stands there, else up to the next
     * `endstream` (or the end of the file). Object headers inside are searched; object streams are inflated and
     * scanned.
     */
    private function skipStreamBody(StreamDictionary $dictionary): void
    {
        $this->flushScan($this->position);
        $this->scanFrom = -1;
        $start = $this->base + $this->position;
        $end = null;
        $length = $dictionary->length();
        if ($length !== null && $this->endstreamAt($start + $length)) {
            $end = $start + $length;
        }
        $objectStream = null;
        if ($dictionary->isObjectStream()) {
            $objectStream = ObjectStreamInflater::forDictionary($dictionary, $this->budget[0]);
        }
        $hiddenFrom = -1;
        $checkedUpTo = $this->position;
        while (true) {
            $bodyEnd = $end === null ? null : $end - $this->base;
            if ($bodyEnd === null) {
                $found = strpos($this->buffer, 'endstream', $this->position);
                if ($found !== false) {
                    $bodyEnd = $found;
                    $end = $this->base + $found;
                }
            }
            // Without the end in sight, stop short of the buffer's end so that a keyword, a name or an object header
            // cut by the chunk boundary is seen whole on the next round.
            $stop = $bodyEnd !== null && $bodyEnd <= $this->length ? $bodyEnd : ($this->eof ? $this->length : max($this->position, $this->length - self::LOOKAHEAD));
            if ($hiddenFrom < 0) {
                $hiddenFrom = $this->objectHeaderIn($checkedUpTo, $stop);
                $checkedUpTo = max($checkedUpTo, $stop - 2);
            }
            if ($hiddenFrom >= 0) {
                $this->searchNames(max($hiddenFrom, $this->position), $stop);
            }
            if ($objectStream !== null && $stop > $this->position) {
                $before = $objectStream->budgetLeft();
                $objectStream->add((string) substr($this->buffer, $this->position, $stop - $this->position));
                $this->budget[0] = $objectStream->budgetLeft();
                // The inflated objects are lexed too: they bring their own share of steps.
                $this->budget[1] += intdiv($before - $this->budget[0], self::BYTES_PER_STEP);
            }
            $this->position = $stop;
            if ($bodyEnd !== null && $bodyEnd <= $this->length) {
                break;
            }
            // Keep a little behind the position: an object header's numbers stand before its "obj".
            $this->keep = max(0, $this->position - 64);
            $offset = $this->base;
            $more = $this->more();
            $shift = $this->base - $offset;
            $this->keep = -1;
            $checkedUpTo = max(0, $checkedUpTo - $shift);
            if ($hiddenFrom >= 0) {
                $hiddenFrom = 0;
            }
            if (!$more) {
                $this->position = $this->length;
                break;
            }
        }
        if ($objectStream !== null) {
            $inflated = $objectStream->finish();
            try {
                (new self($inflated, false, $this->budget))->run();
            } finally {
                fclose($inflated);
            }
        }
        $this->scanFrom = $this->position;
    }

    /** Whether `endstream` stands at the file offset (after optional white space), as readers check /Length. */
    private function endstreamAt(int $offset): bool
    {
        if ($offset < $this->base + $this->position) {
            return false;
        }
        $index = $offset - $this->base;
        if ($index + 64 <= $this->length) {
            $bytes = (string) substr($this->buffer, $index, 64);
        } else {
            $bytes = $this->readAt($offset, 64);
        }
        $bytes = ltrim($bytes, self::WHITESPACE);

        return strncmp($bytes, 'endstream', 9) === 0;
    }

    /** Index of the first object header ("12 0 obj") whose keyword starts in [$from, $to), or -1. */
    private function objectHeaderIn(int $from, int $to): int
    {
        $at = $from;
        while (($found = strpos($this->buffer, 'obj', $at)) !== false && $found < $to) {
            $before = max(0, $found - 32);
            $window = (string) substr($this->buffer, $before, $found - $before + 3);
            if (preg_match('/(?<![0-9])([0-9]{1,10})[\0\t\n\f\r ]+([0-9]{1,5})[\0\t\n\f\r ]+obj$/', $window, $match, PREG_OFFSET_CAPTURE) === 1) {
                return $before + (int) $match[1][1];
            }
            $at = $found + 3;
        }

        return -1;
    }

    // ---- the name search ----

    /** Searches what was lexed outside stream bodies up to $to (the bytes after $to are only looked at). */
    private function flushScan(int $to): void
    {
        if ($this->scanFrom >= 0 && $to > $this->scanFrom) {
            $this->searchNames($this->scanFrom, $to);
            $this->scanFrom = $to;
        }
    }

    /**
     * Refuses a forbidden name that starts in [$from, $to). A name is "/" and regular bytes or #xx escapes; it ends
     * at white space, a delimiter or the end of the data, so /JSON or /JavaScripts are other names.
     */
    private function searchNames(int $from, int $to): void
    {
        if ($to <= $from) {
            return;
        }
        $subject = (string) substr($this->buffer, $from, $to - $from + self::LOOKAHEAD);
        if (preg_match(self::namePattern(), $subject, $match, PREG_OFFSET_CAPTURE) === 1 && $match[0][1] < $to - $from) {
            throw DocumentRefusals::because('pdf_active_content');
        }
    }

    /** One regular expression for every forbidden name, each byte either itself or its #xx escape (any case). */
    private static function namePattern(): string
    {
        if (self::$namePattern === null) {
            $alternatives = [];
            foreach (self::FORBIDDEN_NAMES as $name) {
                $pattern = '';
                foreach (str_split($name) as $char) {
                    $hex = bin2hex($char);
                    $pattern .= '(?:' . preg_quote($char, '~') . '|\#' . '[' . $hex[0] . strtoupper($hex[0]) . '][' . $hex[1] . strtoupper($hex[1]) . '])';
                }
                $alternatives[] = $pattern;
            }
            // Longest first is not needed: the look-ahead demands the end of the name.
            self::$namePattern = '~/(?:' . implode('|', $alternatives) . ')(?=[\0\t\n\f\r ()<>\[\]{}/%]|\z)~';
        }

        return self::$namePattern;
    }

    /** @throws Refusal pdf_uncheckable when the work budget is spent */
    private function step(int $steps): void
    {
        $this->budget[1] -= $steps;
        if ($this->budget[1] < 0) {
            throw DocumentRefusals::because('pdf_uncheckable');
        }
    }

    // ---- the buffer ----

    /** At least $bytes bytes from the position, unless the file ends first. */
    private function ensure(int $bytes): bool
    {
        while ($this->length - $this->position < $bytes) {
            if (!$this->more()) {
                return $this->length - $this->position >= $bytes;
            }
        }

        return true;
    }

    /**
     * Reads the next chunk. Before that, searches what is done (but the last LOOKAHEAD bytes) and drops from the
     * buffer what is no longer needed, so memory stays at one chunk plus what must stay (the open dictionary).
     */
    private function more(): bool
    {
        if ($this->eof) {
            return false;
        }
        if ($this->scanFrom >= 0) {
            $this->flushScan(max($this->scanFrom, $this->length - self::LOOKAHEAD));
        }
        $drop = $this->position;
        if ($this->scanFrom >= 0) {
            $drop = min($drop, $this->scanFrom);
        }
        if ($this->keep >= 0) {
            if ($this->position - $this->keep > self::MAX_DICT_BYTES && !$this->dictTooLarge && $this->scanFrom >= 0) {
                $this->dictTooLarge = true;
                $this->keep = -1;
            } else {
                $drop = min($drop, $this->keep);
            }
        }
        if ($drop > 0) {
            $this->buffer = (string) substr($this->buffer, $drop);
            $this->length -= $drop;
            $this->position -= $drop;
            $this->base += $drop;
            if ($this->scanFrom >= 0) {
                $this->scanFrom -= $drop;
            }
            if ($this->keep >= 0) {
                $this->keep -= $drop;
            }
        }
        $chunk = fread($this->handle, self::CHUNK);
        if ($chunk === false) {
            throw new StorageException('Cannot read the temporary file');
        }
        if ($chunk === '') {
            $this->eof = true;

            return false;
        }
        $this->buffer .= $chunk;
        $this->length += strlen($chunk);

        return true;
    }

    private function readAt(int $offset, int $bytes): string
    {
        if ($bytes < 1) {
            return '';
        }
        $resume = $this->base + $this->length;
        fseek($this->handle, $offset);
        $read = fread($this->handle, $bytes);
        fseek($this->handle, $resume);

        return $read === false ? '' : $read;
    }
}
