<?php

/**
 * Finds PHP syntax and standard-library calls that do not exist in PHP 7.2.
 *
 * The module must parse and run on PHP 7.2 → 8.4, but this machine only has a
 * PHP 8.x CLI, so `php -l` alone cannot tell. This checker parses each file
 * with nikic/php-parser (newest grammar) and reports every construct that
 * PHP 7.2 would reject, plus calls to functions, classes and constants added
 * after 7.2 (unless module/composer.json requires the Symfony polyfill for
 * them). Dev tool only: it is never shipped.
 */

declare(strict_types=1);

namespace Ebpdocuments\DevTools;

use PhpParser\Modifiers;
use PhpParser\Node;
use PhpParser\NodeTraverser;
use PhpParser\NodeVisitor\NameResolver;
use PhpParser\NodeVisitor\ParentConnectingVisitor;
use PhpParser\NodeVisitorAbstract;
use PhpParser\Parser;
use PhpParser\ParserFactory;
use PhpParser\PhpVersion;
use PhpParser\Token;

final class Php72Checker
{
    /** Functions added after PHP 7.2 => [PHP version, Symfony polyfill package or null]. */
    public const NEW_FUNCTIONS = [
        // 7.3
        'array_key_first' => ['7.3', 'symfony/polyfill-php73'],
        'array_key_last' => ['7.3', 'symfony/polyfill-php73'],
        'is_countable' => ['7.3', 'symfony/polyfill-php73'],
        'hrtime' => ['7.3', 'symfony/polyfill-php73'],
        'net_get_interfaces' => ['7.3', null],
        'gc_status' => ['7.3', null],
        // 7.4
        'mb_str_split' => ['7.4', 'symfony/polyfill-mbstring'],
        'password_algos' => ['7.4', null],
        'get_mangled_object_vars' => ['7.4', 'symfony/polyfill-php74'],
        // 8.0
        'str_contains' => ['8.0', 'symfony/polyfill-php80'],
        'str_starts_with' => ['8.0', 'symfony/polyfill-php80'],
        'str_ends_with' => ['8.0', 'symfony/polyfill-php80'],
        'fdiv' => ['8.0', 'symfony/polyfill-php80'],
        'get_debug_type' => ['8.0', 'symfony/polyfill-php80'],
        'get_resource_id' => ['8.0', 'symfony/polyfill-php80'],
        'preg_last_error_msg' => ['8.0', 'symfony/polyfill-php80'],
        // 8.1
        'array_is_list' => ['8.1', 'symfony/polyfill-php81'],
        'enum_exists' => ['8.1', 'symfony/polyfill-php81'],
        'fsync' => ['8.1', null],
        'fdatasync' => ['8.1', null],
        // 8.2
        'ini_parse_quantity' => ['8.2', 'symfony/polyfill-php82'],
        'memory_reset_peak_usage' => ['8.2', null],
        'mysqli_execute_query' => ['8.2', null],
        // 8.3
        'json_validate' => ['8.3', 'symfony/polyfill-php83'],
        'mb_str_pad' => ['8.3', 'symfony/polyfill-php83'],
        'str_increment' => ['8.3', 'symfony/polyfill-php83'],
        'str_decrement' => ['8.3', 'symfony/polyfill-php83'],
        'stream_context_set_options' => ['8.3', 'symfony/polyfill-php83'],
        // 8.4
        'array_find' => ['8.4', 'symfony/polyfill-php84'],
        'array_find_key' => ['8.4', 'symfony/polyfill-php84'],
        'array_any' => ['8.4', 'symfony/polyfill-php84'],
        'array_all' => ['8.4', 'symfony/polyfill-php84'],
        'mb_trim' => ['8.4', 'symfony/polyfill-php84'],
        'mb_ltrim' => ['8.4', 'symfony/polyfill-php84'],
        'mb_rtrim' => ['8.4', 'symfony/polyfill-php84'],
        'mb_ucfirst' => ['8.4', 'symfony/polyfill-php84'],
        'mb_lcfirst' => ['8.4', 'symfony/polyfill-php84'],
        'bcdivmod' => ['8.4', 'symfony/polyfill-php84'],
        'fpow' => ['8.4', 'symfony/polyfill-php84'],
        'http_get_last_response_headers' => ['8.4', null],
        'http_clear_last_response_headers' => ['8.4', null],
        'request_parse_body' => ['8.4', null],
    ];

    /** Classes and interfaces added after PHP 7.2. */
    public const NEW_CLASSES = [
        'jsonexception' => ['7.3', 'symfony/polyfill-php73'],
        'weakreference' => ['7.4', null],
        'stringable' => ['8.0', 'symfony/polyfill-php80'],
        'valueerror' => ['8.0', 'symfony/polyfill-php80'],
        'unhandledmatcherror' => ['8.0', 'symfony/polyfill-php80'],
        'phptoken' => ['8.0', 'symfony/polyfill-php80'],
        'attribute' => ['8.0', 'symfony/polyfill-php80'],
        'weakmap' => ['8.0', null],
        'returntypewillchange' => ['8.1', 'symfony/polyfill-php81'],
        'curlstringfile' => ['8.1', null],
        'fiber' => ['8.1', null],
        'unitenum' => ['8.1', null],
        'backedenum' => ['8.1', null],
        'allowdynamicproperties' => ['8.2', 'symfony/polyfill-php82'],
        'sensitiveparameter' => ['8.2', 'symfony/polyfill-php82'],
        'override' => ['8.3', 'symfony/polyfill-php83'],
        'datemalformedstringexception' => ['8.3', 'symfony/polyfill-php83'],
        'deprecated' => ['8.4', 'symfony/polyfill-php84'],
    ];

    /** Constants added after PHP 7.2. */
    public const NEW_CONSTANTS = [
        'JSON_THROW_ON_ERROR' => ['7.3', 'symfony/polyfill-php73'],
        'PASSWORD_ARGON2ID' => ['7.3', null],
        'MB_CASE_FOLD' => ['7.3', null],
    ];

    /** @var Parser */
    private $parser;

    /** @var array<string, true> polyfill packages that module/composer.json requires */
    private $polyfills;

    /**
     * @param list<string> $polyfills Composer package names (e.g. symfony/polyfill-php80) shipped with the module
     */
    public function __construct(array $polyfills = [])
    {
        $this->parser = (new ParserFactory())->createForVersion(PhpVersion::fromComponents(8, 4));
        $this->polyfills = array_fill_keys($polyfills, true);
    }

    /** Reads the `require` section of a composer.json and keeps the symfony/polyfill-* names. */
    public static function polyfillsFromComposerJson(string $composerJson): array
    {
        if (!is_file($composerJson)) {
            return [];
        }
        $data = json_decode((string) file_get_contents($composerJson), true);
        $require = is_array($data) && isset($data['require']) && is_array($data['require']) ? $data['require'] : [];
        $names = [];
        foreach (array_keys($require) as $name) {
            if (is_string($name) && strpos($name, 'symfony/polyfill-') === 0) {
                $names[] = $name;
            }
        }

        return $names;
    }

    /**
     * @return list<array{line: int, rule: string, version: string, message: string}>
     */
    public function checkCode(string $code): array
    {
        $errors = new \PhpParser\ErrorHandler\Collecting();
        $ast = $this->parser->parse($code, $errors);
        $findings = [];
        foreach ($errors->getErrors() as $error) {
            $findings[] = ['line' => $error->getStartLine(), 'rule' => 'parse-error', 'version' => '-', 'message' => $error->getRawMessage()];
        }
        if ($ast === null) {
            return $findings;
        }
        $tokens = $this->parser->getTokens();
        $visitor = new Php72Visitor($tokens, $this->polyfills);
        $traverser = new NodeTraverser(new NameResolver(null, ['preserveOriginalNames' => true, 'replaceNodes' => true]), new ParentConnectingVisitor(), $visitor);
        $traverser->traverse($ast);
        $findings = array_merge($findings, $visitor->findings, $this->tokenFindings($tokens));
        usort($findings, static function (array $a, array $b): int {
            return [$a['line'], $a['rule']] <=> [$b['line'], $b['rule']];
        });

        return $findings;
    }

    /**
     * Checks that need the raw tokens (flexible heredoc closing marker).
     *
     * @param Token[] $tokens
     *
     * @return list<array{line: int, rule: string, version: string, message: string}>
     */
    private function tokenFindings(array $tokens): array
    {
        $findings = [];
        foreach ($tokens as $i => $token) {
            if ($token->id !== \T_END_HEREDOC) {
                continue;
            }
            // PHP 7.2: the closing marker starts its line and is followed by a newline (or ';' then newline).
            if (preg_match('/^\s/', $token->text) === 1) {
                $findings[] = self::finding($token->line, 'flexible-heredoc', '7.3', 'indented heredoc/nowdoc closing marker');
                continue;
            }
            $next = $tokens[$i + 1] ?? null;
            if ($next !== null && $next->text !== ';' && preg_match('/^\r?\n/', $next->text) !== 1) {
                $findings[] = self::finding($token->line, 'flexible-heredoc', '7.3', 'heredoc/nowdoc closing marker not followed by a new line');
            }
        }

        return $findings;
    }

    /**
     * @return list<array{file: string, line: int, rule: string, version: string, message: string}>
     */
    public function checkFile(string $path): array
    {
        $code = file_get_contents($path);
        if ($code === false) {
            return [['file' => $path, 'line' => 0, 'rule' => 'unreadable', 'version' => '-', 'message' => 'cannot read file']];
        }
        $out = [];
        foreach ($this->checkCode($code) as $f) {
            $out[] = ['file' => $path] + $f;
        }

        return $out;
    }

    /** @return array{line: int, rule: string, version: string, message: string} */
    public static function finding(int $line, string $rule, string $version, string $message): array
    {
        return ['line' => $line, 'rule' => $rule, 'version' => $version, 'message' => $message];
    }
}

/** @internal */
final class Php72Visitor extends NodeVisitorAbstract
{
    /** @var list<array{line: int, rule: string, version: string, message: string}> */
    public $findings = [];

    /** @var Token[] */
    private $tokens;

    /** @var array<string, true> */
    private $polyfills;

    /**
     * @param Token[] $tokens
     * @param array<string, true> $polyfills
     */
    public function __construct(array $tokens, array $polyfills)
    {
        $this->tokens = $tokens;
        $this->polyfills = $polyfills;
    }

    private function add(Node $node, string $rule, string $version, string $message): void
    {
        $this->findings[] = Php72Checker::finding($node->getStartLine(), $rule, $version, $message);
    }

    public function enterNode(Node $node)
    {
        // Attributes #[...] (8.0) on anything that can carry them.
        if (property_exists($node, 'attrGroups') && is_array($node->attrGroups) && $node->attrGroups !== []) {
            $this->add($node, 'attribute', '8.0', 'attributes #[...]');
        }

        if ($node instanceof Node\Stmt\Property) {
            if ($node->type !== null) {
                $this->add($node, 'typed-property', '7.4', 'typed property');
            }
            if ($node->flags & Modifiers::READONLY) {
                $this->add($node, 'readonly', '8.1', 'readonly property');
            }
            if ($node->hooks !== []) {
                $this->add($node, 'property-hook', '8.4', 'property hooks');
            }
            if ($node->flags & (Modifiers::PUBLIC_SET | Modifiers::PROTECTED_SET | Modifiers::PRIVATE_SET)) {
                $this->add($node, 'asymmetric-visibility', '8.4', 'asymmetric visibility');
            }
        } elseif ($node instanceof Node\Expr\ArrowFunction) {
            $this->add($node, 'arrow-function', '7.4', 'arrow function fn() =>');
        } elseif ($node instanceof Node\Expr\AssignOp\Coalesce) {
            $this->add($node, 'null-coalescing-assignment', '7.4', '??= operator');
        } elseif ($node instanceof Node\Expr\Match_) {
            $this->add($node, 'match', '8.0', 'match expression');
        } elseif ($node instanceof Node\Expr\NullsafeMethodCall || $node instanceof Node\Expr\NullsafePropertyFetch) {
            $this->add($node, 'nullsafe', '8.0', 'nullsafe operator ?->');
        } elseif ($node instanceof Node\Arg && $node->name !== null) {
            $this->add($node, 'named-argument', '8.0', 'named argument ' . $node->name->toString() . ':');
        } elseif ($node instanceof Node\Param) {
            $this->checkParam($node);
        } elseif ($node instanceof Node\UnionType) {
            $this->add($node, 'union-type', '8.0', 'union type');
        } elseif ($node instanceof Node\IntersectionType) {
            $this->add($node, 'intersection-type', '8.1', 'intersection type');
        } elseif ($node instanceof Node\Stmt\Enum_) {
            $this->add($node, 'enum', '8.1', 'enum');
        } elseif ($node instanceof Node\Stmt\Class_) {
            if ($node->flags & Modifiers::READONLY) {
                $this->add($node, 'readonly', '8.2', 'readonly class');
            }
        } elseif ($node instanceof Node\Stmt\ClassConst) {
            if ($node->type !== null) {
                $this->add($node, 'typed-class-constant', '8.3', 'typed class constant');
            }
            if ($node->flags & Modifiers::FINAL) {
                $this->add($node, 'final-class-constant', '8.1', 'final class constant');
            }
        } elseif ($node instanceof Node\Stmt\Trait_) {
            foreach ($node->stmts as $stmt) {
                if ($stmt instanceof Node\Stmt\ClassConst) {
                    $this->add($stmt, 'trait-constant', '8.2', 'constant in a trait');
                }
            }
        } elseif ($node instanceof Node\Expr\Throw_) {
            if (!($node->getAttribute('parent') instanceof Node\Stmt\Expression)) {
                $this->add($node, 'throw-expression', '8.0', 'throw used as an expression');
            }
        } elseif ($node instanceof Node\Scalar\Int_ || $node instanceof Node\Scalar\Float_) {
            $raw = (string) $node->getAttribute('rawValue', '');
            if (strpos($raw, '_') !== false) {
                $this->add($node, 'numeric-separator', '7.4', 'numeric literal separator ' . $raw);
            }
            if (preg_match('/^0[oO]/', $raw) === 1) {
                $this->add($node, 'explicit-octal', '8.1', 'explicit octal prefix 0o');
            }
        } elseif ($node instanceof Node\Stmt\Catch_ && $node->var === null) {
            $this->add($node, 'catch-without-variable', '8.0', 'catch without a variable');
        } elseif ($node instanceof Node\ArrayItem) {
            if ($node->unpack) {
                $this->add($node, 'array-unpacking', '7.4', 'spread operator inside an array literal');
            }
            if ($node->byRef && $this->isInDestructuring($node)) {
                $this->add($node, 'list-reference', '7.3', 'reference assignment in list()/[] destructuring');
            }
        } elseif ($node instanceof Node\Expr\ClassConstFetch) {
            if ($node->class instanceof Node\Expr && $node->name instanceof Node\Identifier && strtolower($node->name->toString()) === 'class') {
                $this->add($node, 'class-on-object', '8.0', '$object::class');
            }
            if ($node->name instanceof Node\Expr) {
                $this->add($node, 'dynamic-class-constant', '8.3', 'dynamic class constant fetch Foo::{$name}');
            }
        } elseif ($node instanceof Node\Expr\New_ && $node->class instanceof Node\Expr && !($node->class instanceof Node\Expr\Variable) && !($node->class instanceof Node\Expr\PropertyFetch) && !($node->class instanceof Node\Expr\StaticPropertyFetch) && !($node->class instanceof Node\Expr\ArrayDimFetch)) {
            $this->add($node, 'new-arbitrary-expression', '8.0', 'new with an arbitrary expression');
        }

        if ($node instanceof Node\Expr\CallLike) {
            if ($node->isFirstClassCallable()) {
                $this->add($node, 'first-class-callable', '8.1', 'first-class callable syntax f(...)');
            } else {
                $this->checkTrailingCommaInArgs($node);
            }
        }
        if ($node instanceof Node\FunctionLike) {
            $this->checkFunctionLike($node);
        }
        if ($node instanceof Node\Expr\FuncCall && $node->name instanceof Node\Name) {
            $fn = $this->lastPart($node->name);
            if (!$this->isGuarded($node, 'function_exists', $fn)) {
                $this->checkKnown($node, $fn, Php72Checker::NEW_FUNCTIONS, 'new-function', 'function %s()');
            }
        }
        if ($node instanceof Node\Expr\ConstFetch) {
            $name = $node->name->getLast();
            if (isset(Php72Checker::NEW_CONSTANTS[$name])) {
                $this->checkKnown($node, $name, Php72Checker::NEW_CONSTANTS, 'new-constant', 'constant %s');
            }
        }
        if (($node instanceof Node\Expr\New_ || $node instanceof Node\Expr\StaticCall || $node instanceof Node\Expr\ClassConstFetch || $node instanceof Node\Expr\Instanceof_) && $node->class instanceof Node\Name) {
            $this->checkClassName($node, $node->class);
        }
        if ($node instanceof Node\Stmt\Catch_) {
            foreach ($node->types as $type) {
                $this->checkClassName($node, $type);
            }
        }
        if ($node instanceof Node\Stmt\Class_) {
            foreach (array_merge($node->extends !== null ? [$node->extends] : [], $node->implements) as $name) {
                $this->checkClassName($node, $name);
            }
        }

        return null;
    }

    private function checkParam(Node\Param $param): void
    {
        if ($param->flags & (Modifiers::PUBLIC | Modifiers::PROTECTED | Modifiers::PRIVATE | Modifiers::READONLY)) {
            $this->add($param, 'constructor-promotion', '8.0', 'constructor property promotion');
        }
        if ($param->default !== null && $this->containsNew($param->default)) {
            $this->add($param, 'new-in-initializer', '8.1', 'new in a parameter default value');
        }
    }

    private function containsNew(Node $node): bool
    {
        if ($node instanceof Node\Expr\New_) {
            return true;
        }
        foreach ($node->getSubNodeNames() as $name) {
            $sub = $node->$name;
            foreach (is_array($sub) ? $sub : [$sub] as $child) {
                if ($child instanceof Node && $this->containsNew($child)) {
                    return true;
                }
            }
        }

        return false;
    }

    private function checkFunctionLike(Node\FunctionLike $fn): void
    {
        $types = [];
        foreach ($fn->getParams() as $param) {
            if ($param->type !== null) {
                $types[] = ['param', $param->type];
            }
        }
        if ($fn->getReturnType() !== null) {
            $types[] = ['return', $fn->getReturnType()];
        }
        foreach ($types as [$where, $type]) {
            $inner = $type instanceof Node\NullableType ? $type->type : $type;
            if ($inner instanceof Node\Identifier) {
                $name = $inner->toLowerString();
            } elseif ($inner instanceof Node\Name && $inner->isSpecialClassName()) {
                $name = $inner->toLowerString(); // `static` is kept as a Name
            } else {
                continue;
            }
            $since = ['mixed' => '8.0', 'static' => '8.0', 'never' => '8.1', 'null' => '8.2', 'false' => '8.2', 'true' => '8.2'][$name] ?? null;
            if ($since !== null) {
                $this->add($inner, $name . '-type', $since, "'$name' used as a $where type");
            }
        }

        $params = $fn->getParams();
        if ($params !== []) {
            $last = $params[count($params) - 1];
            if ($this->nextSignificantText((int) $last->getAttribute('endTokenPos')) === ',') {
                $this->add($last, 'trailing-comma-params', '8.0', 'trailing comma in a parameter list');
            }
        }
        if ($fn instanceof Node\Expr\Closure && $fn->uses !== []) {
            $lastUse = $fn->uses[count($fn->uses) - 1];
            if ($this->nextSignificantText((int) $lastUse->getAttribute('endTokenPos')) === ',') {
                $this->add($lastUse, 'trailing-comma-closure-use', '8.0', 'trailing comma in a closure use list');
            }
        }
    }

    private function checkTrailingCommaInArgs(Node\Expr\CallLike $call): void
    {
        $args = $call->getRawArgs();
        if ($args === []) {
            return;
        }
        $last = $args[count($args) - 1];
        if ($this->nextSignificantText((int) $last->getAttribute('endTokenPos')) === ',') {
            $this->add($last, 'trailing-comma-call', '7.3', 'trailing comma in a call argument list');
        }
    }

    private function nextSignificantText(int $pos): ?string
    {
        for ($i = $pos + 1, $n = count($this->tokens); $i < $n; ++$i) {
            $t = $this->tokens[$i];
            if ($t->id === \T_WHITESPACE || $t->id === \T_COMMENT || $t->id === \T_DOC_COMMENT) {
                continue;
            }

            return $t->text;
        }

        return null;
    }

    private function isInDestructuring(Node\ArrayItem $item): bool
    {
        $parent = $item->getAttribute('parent');
        while ($parent instanceof Node\Expr\List_ || $parent instanceof Node\Expr\Array_ || $parent instanceof Node\ArrayItem) {
            $grand = $parent->getAttribute('parent');
            if ($parent instanceof Node\Expr\List_) {
                return true;
            }
            if ($parent instanceof Node\Expr\Array_ && ($grand instanceof Node\Expr\Assign && $grand->var === $parent || $grand instanceof Node\Stmt\Foreach_ && $grand->valueVar === $parent)) {
                return true;
            }
            $parent = $grand;
        }

        return false;
    }

    /**
     * True when the node only runs after `function_exists('name')` (or class_exists) said yes:
     * inside `if (...function_exists('name')...) { here }`, `cond ? here : ...` or `cond && here`.
     */
    private function isGuarded(Node $node, string $guard, string $name): bool
    {
        $child = $node;
        $parent = $node->getAttribute('parent');
        while ($parent instanceof Node) {
            if ($parent instanceof Node\Stmt\If_ && in_array($child, $parent->stmts, true) && $this->hasGuard($parent->cond, $guard, $name)) {
                return true;
            }
            if ($parent instanceof Node\Expr\Ternary && $child === $parent->if && $this->hasGuard($parent->cond, $guard, $name)) {
                return true;
            }
            if ($parent instanceof Node\Expr\BinaryOp\BooleanAnd && $child === $parent->right && $this->hasGuard($parent->left, $guard, $name)) {
                return true;
            }
            if ($parent instanceof Node\FunctionLike) {
                return false;
            }
            $child = $parent;
            $parent = $parent->getAttribute('parent');
        }

        return false;
    }

    private function hasGuard(Node $cond, string $guard, string $name): bool
    {
        if ($cond instanceof Node\Expr\BooleanNot) {
            return false;
        }
        if ($cond instanceof Node\Expr\FuncCall && $cond->name instanceof Node\Name && strtolower($cond->name->getLast()) === $guard) {
            $arg = $cond->getArgs()[0]->value ?? null;

            return $arg instanceof Node\Scalar\String_ && strtolower(ltrim($arg->value, '\\')) === $name;
        }
        if ($cond instanceof Node\Expr\BinaryOp\BooleanAnd) {
            return $this->hasGuard($cond->left, $guard, $name) || $this->hasGuard($cond->right, $guard, $name);
        }

        return false;
    }

    private function lastPart(Node\Name $name): string
    {
        return strtolower($name->getLast());
    }

    private function checkClassName(Node $node, Node\Name $name): void
    {
        // Names are resolved (NameResolver): only a class of the global namespace can be a PHP class.
        if ($name->isSpecialClassName() || count($name->getParts()) !== 1) {
            return;
        }
        $this->checkKnown($node, strtolower($name->toString()), Php72Checker::NEW_CLASSES, 'new-class', 'class %s');
    }

    /**
     * @param array<string, array{0: string, 1: ?string}> $table
     */
    private function checkKnown(Node $node, string $key, array $table, string $rule, string $label): void
    {
        if (!isset($table[$key])) {
            return;
        }
        [$version, $polyfill] = $table[$key];
        if ($version === '7.2') {
            return;
        }
        if ($polyfill !== null && isset($this->polyfills[$polyfill])) {
            return;
        }
        $hint = $polyfill !== null ? " (or require $polyfill in module/composer.json)" : '';
        $this->add($node, $rule, $version, sprintf($label, $key) . ' does not exist in PHP 7.2' . $hint);
    }
}
