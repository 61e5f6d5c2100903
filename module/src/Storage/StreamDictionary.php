<?php

declare(strict_types=1);

namespace Ebpdocuments\Storage;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * What ActiveContentScanner needs to know of the dictionary in front of a stream: its /Length when it is a direct
 * integer, whether it is an object stream, its filters and whether it has /DecodeParms. Parsed with PDF's lexical
 * rules (names with #xx escapes, strings, nested dictionaries and arrays, indirect references "12 0 R"); when a key
 * appears twice the last one counts, as in readers.
 */
final class StreamDictionary
{
    /** @var int|null */
    private $length;
    /** @var bool */
    private $objectStream;
    /** @var string[]|null null when /Filter is not a name or an array of names */
    private $filters;
    /** @var bool */
    private $decodeParms;

    /** @var string */
    private $text;
    /** @var int */
    private $at = 0;

    /**
     * @param string[]|null $filters
     */
    private function __construct(?int $length, bool $objectStream, ?array $filters, bool $decodeParms)
    {
        $this->length = $length;
        $this->objectStream = $objectStream;
        $this->filters = $filters;
        $this->decodeParms = $decodeParms;
    }

    /** @param string $text "<< … >>" */
    public static function parse(string $text): self
    {
        $simple = self::parseFlat($text);
        if ($simple !== null) {
            return $simple;
        }
        $parser = new self(null, false, [], false);
        $parser->text = $text;
        $values = $parser->dictionary();
        $length = isset($values['Length']) && $values['Length'][0] === 'int' ? (int) ($values['Length'][1] ?? null) : null;
        $type = isset($values['Type']) && $values['Type'][0] === 'name' ? ($values['Type'][1] ?? null) : '';
        $filters = [];
        if (isset($values['Filter'])) {
            $filters = self::names($values['Filter']);
        }
        $decodeParms = isset($values['DecodeParms']) && $values['DecodeParms'][0] !== 'null'
            && !($values['DecodeParms'][0] === 'array' && self::allNull(($values['DecodeParms'][1] ?? null)));

        return new self($length, $type === 'ObjStm' || isset($values['First']), $filters, $decodeParms);
    }

    /**
     * The usual stream dictionary in one regular expression: plain names (no #, no delimiters) with a name, a number,
     * a reference or a boolean as values, no object stream. Anything else goes through the full parser.
     */
    private static function parseFlat(string $text): ?self
    {
        $name = '/[A-Za-z0-9.+-]+';
        $value = '(?:' . $name . '|[0-9.+-]+(?:[\0\t\n\f\r ]+[0-9]+[\0\t\n\f\r ]+R)?|true|false)';
        if (strpos($text, 'ObjStm') !== false || strpos($text, 'First') !== false
            || preg_match('~^<<(?:[\0\t\n\f\r ]*' . $name . '[\0\t\n\f\r ]*' . $value . ')*[\0\t\n\f\r ]*>>$~', $text) !== 1) {
            return null;
        }
        preg_match_all('~/([A-Za-z0-9.+-]+)[\0\t\n\f\r ]*(' . $value . ')~', $text, $pairs, PREG_SET_ORDER);
        $values = [];
        foreach ($pairs as $pair) {
            $values[$pair[1]] = $pair[2];
        }
        $length = isset($values['Length']) && ctype_digit($values['Length']) ? (int) $values['Length'] : null;
        $filters = [];
        if (isset($values['Filter'])) {
            $filters = $values['Filter'][0] === '/' ? [substr($values['Filter'], 1)] : null;
        }

        return new self($length, false, $filters, isset($values['DecodeParms']));
    }

    /** The direct, non-negative /Length; null when absent, indirect or anything else. */
    public function length(): ?int
    {
        return $this->length;
    }

    public function isObjectStream(): bool
    {
        return $this->objectStream;
    }

    /** @return string[]|null */
    public function filters(): ?array
    {
        return $this->filters;
    }

    public function hasDecodeParms(): bool
    {
        return $this->decodeParms;
    }

    /**
     * @param array{0: string, 1?: mixed} $value
     *
     * @return string[]|null
     */
    private static function names(array $value): ?array
    {
        if ($value[0] === 'name') {
            return [(string) ($value[1] ?? null)];
        }
        if ($value[0] === 'null') {
            return [];
        }
        if ($value[0] !== 'array') {
            return null;
        }
        $names = [];
        foreach ((array) ($value[1] ?? null) as $item) {
            if ($item[0] !== 'name') {
                return null;
            }
            $names[] = (string) $item[1];
        }

        return $names;
    }

    /** @param array<int, array{0: string, 1?: mixed}> $items */
    private static function allNull(array $items): bool
    {
        foreach ($items as $item) {
            if ($item[0] !== 'null') {
                return false;
            }
        }

        return true;
    }

    // ---- parser ----

    /**
     * Reads a dictionary whose "<<" is the next token; answers its keys with their values.
     *
     * @return array<string, array{0: string, 1?: mixed}>
     */
    private function dictionary(int $nesting = 0): array
    {
        $values = [];
        $open = $this->token();
        if ($open !== ['<<']) {
            return $values;
        }
        while (true) {
            $token = $this->token();
            if ($token === null || $token[0] === '>>') {
                return $values;
            }
            if ($token[0] !== 'name') {
                continue;
            }
            $values[(string) ($token[1] ?? null)] = $this->value($nesting);
        }
    }

    /**
     * @return array{0: string, 1?: mixed} ['int', n] | ['ref'] | ['name', s] | ['array', items] | ['dict'] | ['null'] | ['other']
     */
    private function value(int $nesting): array
    {
        if ($nesting > 32) {
            return ['other'];
        }
        $start = $this->at;
        $token = $this->token();
        if ($token === null) {
            return ['other'];
        }
        switch ($token[0]) {
            case '<<':
                $this->at = $start;
                $this->dictionary($nesting + 1);

                return ['dict'];
            case '[':
                $items = [];
                while (true) {
                    $before = $this->at;
                    $next = $this->token();
                    if ($next === null || $next[0] === ']') {
                        return ['array', $items];
                    }
                    $this->at = $before;
                    $items[] = $this->value($nesting + 1);
                }
                // no break: the loop returns
            case 'name':
                return ['name', ($token[1] ?? null)];
            case 'number':
                $after = $this->at;
                $second = $this->token();
                $third = $this->token();
                if ($second !== null && $second[0] === 'number' && $third !== null && $third === ['keyword', 'R']) {
                    return ['ref'];
                }
                $this->at = $after;

                return ctype_digit((string) ($token[1] ?? null)) || preg_match('/^\+[0-9]+$/', (string) ($token[1] ?? null)) === 1 ? ['int', (int) ($token[1] ?? null)] : ['other'];
            case 'keyword':
                return ($token[1] ?? null) === 'null' ? ['null'] : ['other'];
        }

        return ['other'];
    }

    /**
     * The next token: ['<<'], ['>>'], ['['], [']'], ['name', decoded], ['string'], ['number', text], ['keyword', text], or
     * null at the end.
     *
     * @return array{0: string, 1?: string}|null
     */
    private function token(): ?array
    {
        $text = $this->text;
        $size = strlen($text);
        while ($this->at < $size) {
            $this->at += strspn($text, "\0\t\n\f\r ", $this->at);
            if ($this->at >= $size) {
                return null;
            }
            $byte = $text[$this->at];
            if ($byte === '%') {
                $this->at += strcspn($text, "\r\n", $this->at);
                continue;
            }
            if ($byte === '<' || $byte === '>') {
                if (substr($text, $this->at, 2) === $byte . $byte) {
                    $this->at += 2;

                    return [$byte . $byte];
                }
                if ($byte === '<') {
                    $this->at += 1 + strspn($text, "0123456789abcdefABCDEF\0\t\n\f\r ", $this->at + 1);
                    if (substr($text, $this->at, 1) === '>') {
                        ++$this->at;
                    }

                    return ['string'];
                }
                ++$this->at;
                continue;
            }
            if ($byte === '(') {
                $this->skipLiteralString();

                return ['string'];
            }
            if ($byte === '[' || $byte === ']') {
                ++$this->at;

                return [$byte];
            }
            if ($byte === '{' || $byte === '}' || $byte === ')') {
                ++$this->at;
                continue;
            }
            if ($byte === '/') {
                $raw = (string) substr($text, $this->at + 1, strcspn($text, "\0\t\n\f\r ()<>[]{}/%", $this->at + 1));
                $this->at += 1 + strlen($raw);

                if (strpos($raw, '#') === false) {
                    return ['name', $raw];
                }

                return ['name', (string) preg_replace_callback('/#([0-9A-Fa-f]{2})/', function (array $hex): string {
                    return chr((int) hexdec($hex[1]));
                }, $raw)];
            }
            $word = (string) substr($text, $this->at, strcspn($text, "\0\t\n\f\r ()<>[]{}/%", $this->at));
            $this->at += strlen($word);

            return [ctype_digit($word) || preg_match('/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/', $word) === 1 ? 'number' : 'keyword', $word];
        }

        return null;
    }

    private function skipLiteralString(): void
    {
        $text = $this->text;
        $size = strlen($text);
        ++$this->at;
        $nesting = 1;
        while ($this->at < $size) {
            $this->at += strcspn($text, '()\\', $this->at);
            if ($this->at >= $size) {
                return;
            }
            $byte = $text[$this->at];
            $this->at += $byte === '\\' ? 2 : 1;
            if ($byte === '(') {
                ++$nesting;
            } elseif ($byte === ')' && --$nesting === 0) {
                return;
            }
        }
    }
}
