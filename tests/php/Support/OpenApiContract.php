<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Support;

use Symfony\Component\Yaml\Yaml;

/**
 * module/openapi.yaml read for tests: its operations, and a validator of JSON values against its schemas for the
 * JSON Schema keywords the document uses ($ref, type, required, properties, additionalProperties, enum, const,
 * items, oneOf, allOf, pattern, minimum, minLength, maxLength). An unknown keyword fails loudly, so the spec can
 * never use one this validator silently ignores.
 */
final class OpenApiContract
{
    const KNOWN_KEYWORDS = [
        '$ref', 'type', 'required', 'properties', 'additionalProperties', 'enum', 'const', 'items', 'oneOf', 'allOf',
        'pattern', 'minimum', 'minLength', 'maxLength', 'description', 'format',
    ];

    /** @var array<string, mixed> */
    private $spec;

    public function __construct(string $file)
    {
        $this->spec = Yaml::parseFile($file);
    }

    public static function load(): self
    {
        return new self(dirname(__DIR__, 3) . '/module/openapi.yaml');
    }

    /**
     * @return array<string, mixed>
     */
    public function spec(): array
    {
        return $this->spec;
    }

    /**
     * "v1/documents" => ["DELETE", "POST"], from the spec's paths.
     *
     * @return array<string, string[]>
     */
    public function operations(): array
    {
        $operations = [];
        foreach ($this->spec['paths'] as $path => $item) {
            $methods = [];
            foreach (array_keys($item) as $method) {
                if (in_array($method, ['get', 'post', 'put', 'patch', 'delete'], true)) {
                    $methods[] = strtoupper($method);
                }
            }
            sort($methods);
            $operations[ltrim($path, '/')] = $methods;
        }
        ksort($operations);

        return $operations;
    }

    /**
     * Errors of $data against the documented response of (route, method, status); [] when valid.
     *
     * @param mixed $data decoded JSON
     *
     * @return string[]
     */
    public function responseErrors(string $route, string $method, int $status, $data): array
    {
        $operation = $this->spec['paths']['/' . $route][strtolower($method)] ?? null;
        if ($operation === null) {
            return ['operation ' . $method . ' ' . $route . ' is not documented'];
        }
        $response = $operation['responses'][(string) $status] ?? null;
        if ($response === null) {
            return ['status ' . $status . ' of ' . $method . ' ' . $route . ' is not documented'];
        }
        $response = $this->resolve($response);
        $schema = $response['content']['application/json']['schema'] ?? null;
        if ($schema === null) {
            return ['no JSON schema for ' . $status . ' of ' . $method . ' ' . $route];
        }

        return $this->errors($schema, $data, '$');
    }

    /**
     * @param array<string, mixed> $schema
     * @param mixed $value
     *
     * @return string[]
     */
    public function errors(array $schema, $value, string $at): array
    {
        foreach (array_keys($schema) as $keyword) {
            if (!in_array($keyword, self::KNOWN_KEYWORDS, true)) {
                return [$at . ': unsupported keyword ' . $keyword];
            }
        }
        if (isset($schema['$ref'])) {
            return $this->errors($this->resolve($schema), $value, $at);
        }
        $errors = [];
        if (isset($schema['type']) && !$this->hasType($value, (array) $schema['type'])) {
            return [$at . ': expected ' . implode('|', (array) $schema['type']) . ', got ' . gettype($value)];
        }
        if (array_key_exists('const', $schema) && $value !== $schema['const']) {
            $errors[] = $at . ': expected ' . json_encode($schema['const']);
        }
        if (isset($schema['enum']) && !in_array($value, $schema['enum'], true)) {
            $errors[] = $at . ': ' . json_encode($value) . ' not in ' . json_encode($schema['enum']);
        }
        if (is_string($value)) {
            if (isset($schema['pattern']) && preg_match('~' . $schema['pattern'] . '~u', $value) !== 1) {
                $errors[] = $at . ': does not match ' . $schema['pattern'];
            }
            if (isset($schema['minLength']) && mb_strlen($value) < $schema['minLength']) {
                $errors[] = $at . ': shorter than ' . $schema['minLength'];
            }
            if (isset($schema['maxLength']) && mb_strlen($value) > $schema['maxLength']) {
                $errors[] = $at . ': longer than ' . $schema['maxLength'];
            }
        }
        if ((is_int($value) || is_float($value)) && isset($schema['minimum']) && $value < $schema['minimum']) {
            $errors[] = $at . ': below ' . $schema['minimum'];
        }
        if (isset($schema['allOf'])) {
            foreach ($schema['allOf'] as $part) {
                $errors = array_merge($errors, $this->errors($part, $value, $at));
            }
        }
        if (isset($schema['oneOf'])) {
            $matching = 0;
            foreach ($schema['oneOf'] as $option) {
                if ($this->errors($option, $value, $at) === []) {
                    ++$matching;
                }
            }
            if ($matching !== 1) {
                $errors[] = $at . ': matches ' . $matching . ' of oneOf (must be exactly 1)';
            }
        }
        if (is_array($value) && $this->isList($value) && isset($schema['items'])) {
            foreach ($value as $index => $item) {
                $errors = array_merge($errors, $this->errors($schema['items'], $item, $at . '[' . $index . ']'));
            }
        }
        if (is_array($value) && (!$this->isList($value) || $value === []) && (isset($schema['properties']) || isset($schema['required']))) {
            foreach ($schema['required'] ?? [] as $name) {
                if (!array_key_exists($name, $value)) {
                    $errors[] = $at . ': missing ' . $name;
                }
            }
            foreach ($value as $name => $item) {
                if (isset($schema['properties'][$name])) {
                    $errors = array_merge($errors, $this->errors($schema['properties'][$name], $item, $at . '.' . $name));
                } elseif (($schema['additionalProperties'] ?? true) === false) {
                    $errors[] = $at . ': undocumented property ' . $name;
                }
            }
        }

        return $errors;
    }

    /**
     * @param array<string, mixed> $node
     *
     * @return array<string, mixed>
     */
    private function resolve(array $node): array
    {
        while (isset($node['$ref'])) {
            $target = $this->spec;
            foreach (explode('/', substr((string) $node['$ref'], 2)) as $part) {
                $target = $target[$part];
            }
            $node = $target;
        }

        return $node;
    }

    /**
     * @param mixed $value
     * @param string[] $types
     */
    private function hasType($value, array $types): bool
    {
        foreach ($types as $type) {
            $ok = ($type === 'null' && $value === null)
                || ($type === 'string' && is_string($value))
                || ($type === 'integer' && is_int($value))
                || ($type === 'number' && (is_int($value) || is_float($value)))
                || ($type === 'boolean' && is_bool($value))
                || ($type === 'array' && is_array($value) && $this->isList($value))
                || ($type === 'object' && is_array($value) && ($value === [] || !$this->isList($value)));
            if ($ok) {
                return true;
            }
        }

        return false;
    }

    /**
     * @param array<mixed> $value
     */
    private function isList(array $value): bool
    {
        return $value === [] || array_keys($value) === range(0, count($value) - 1);
    }
}
