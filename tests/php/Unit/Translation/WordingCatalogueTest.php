<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Translation;

use Ebpdocuments\BackOffice\AdminMessages;
use Ebpdocuments\BackOffice\Translation\AdminWordings;
use Ebpdocuments\Kernel\Domain\DocumentType;
use Ebpdocuments\Kernel\Domain\WaitingReason;
use Ebpdocuments\Kernel\Refusal\DocumentRefusals;
use Ebpdocuments\Kernel\Refusal\Refusal;
use Ebpdocuments\Receiving\Auth\WebserviceRight;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;
use PhpParser\Node;
use PhpParser\NodeFinder;
use PhpParser\NodeTraverser;
use PhpParser\NodeVisitor\NameResolver;
use PhpParser\ParserFactory;
use PHPUnit\Framework\TestCase;

/**
 * English in the source, French in the XLF only: no French text in the module's PHP, every wording the code uses has
 * its fr-FR unit in its domain's catalogue (with the same placeholders), and every unit is used by the code.
 */
final class WordingCatalogueTest extends TestCase
{
    const MODULE = __DIR__ . '/../../../../module';
    const ADMIN = 'Modules.Ebpdocuments.Admin';
    const SHOP = 'Modules.Ebpdocuments.Shop';

    /**
     * String literals that are French on purpose: input data, never shown by the module as its own text.
     * file => why
     */
    const FRENCH_DATA = [
        'src/Kernel/Domain/DocumentType.php' => 'the words EBP and E-connecteur send for the document types',
        'src/BackOffice/Import/ColumnMapping.php' => 'the column names of EBP\'s French CSV export',
        'src/Customer/DownloadFileName.php' => 'the transliteration table of accented letters',
    ];

    /** Wordings that name something French (an article's title) inside English text. */
    const FRENCH_TITLES = ['« Envoi des documents de vente sur le site e-commerce »'];

    /** Signs of French: accented letters, French quotes, and common French words. */
    /** @var string the class of the file being read, for self:: */
    private $self = '';

    const FRENCH = '/[àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŒ«»]|\b(?:le|la|les|des|du|une|est|pas|pour|avec|sur|dans|aucun|votre|vous|envoyez|renvoyez|veuillez|document n|champ|requête|clé|boutique)\b/iu';

    public function testTheModulesPhpHoldsNoFrenchText(): void
    {
        $found = [];
        foreach ($this->phpFiles() as $relative => $file) {
            if (isset(self::FRENCH_DATA[$relative])) {
                continue;
            }
            foreach (token_get_all((string) file_get_contents($file)) as $token) {
                if (!is_array($token) || !in_array($token[0], [T_CONSTANT_ENCAPSED_STRING, T_ENCAPSED_AND_WHITESPACE, T_INLINE_HTML], true)) {
                    continue;
                }
                $text = str_replace(self::FRENCH_TITLES, '', $token[1]);
                if (preg_match(self::FRENCH, $text)) {
                    $found[] = $relative . ':' . $token[2] . ' ' . mb_substr($token[1], 0, 100);
                }
            }
        }
        self::assertSame([], $found, "French text in the PHP source: put the English in the code and the French in translations/fr-FR/*.xlf\n" . implode("\n", $found));
    }

    public function testTheScanSeesFrenchText(): void
    {
        self::assertSame(1, preg_match(self::FRENCH, "'Le PDF du document est absent.'"));
        self::assertSame(1, preg_match(self::FRENCH, "'Document déjà reçu'"));
        self::assertSame(0, preg_match(self::FRENCH, "'The PDF is missing: send it as the file part \"pdf\".'"));
    }

    public function testEveryWordingTheCodeUsesHasItsFrenchUnit(): void
    {
        $catalogues = $this->catalogues();
        $missing = [];
        foreach ($this->usedWordings() as $domain => $wordings) {
            foreach ($wordings as $wording => $where) {
                if (!isset($catalogues[$domain][$wording])) {
                    $missing[] = $domain . ': "' . $wording . '" (' . $where . ')';
                    continue;
                }
                $target = $catalogues[$domain][$wording];
                self::assertNotSame('', trim($target), $wording);
                preg_match_all('/%\w+%/', $wording, $placeholders);
                foreach ($placeholders[0] as $placeholder) {
                    self::assertStringContainsString($placeholder, $target, 'placeholder of "' . $wording . '"');
                }
            }
        }
        self::assertSame([], $missing, "No fr-FR unit for:\n" . implode("\n", $missing));
    }

    public function testEveryFrenchUnitIsUsedByTheCode(): void
    {
        $used = $this->usedWordings();
        $orphans = [];
        foreach ($this->catalogues() as $domain => $units) {
            foreach (array_keys($units) as $source) {
                if (!isset($used[$domain][$source])) {
                    $orphans[] = $domain . ': "' . $source . '"';
                }
            }
        }
        self::assertSame([], $orphans, "fr-FR units no code uses (remove them, or use them):\n" . implode("\n", $orphans));
    }

    public function testTheBackOfficeShowsTheConnectorsOwnNoticesAndRefusals(): void
    {
        // One English version of each message: the app's wordings are the connector doors' message ids.
        $wordings = (new AdminWordings())->all(new IdentityTranslator());
        foreach (WaitingReason::MESSAGES as $reason => $message) {
            self::assertSame($message, $wordings['waitingReason.' . $reason . '.message'], $reason);
        }
        foreach (WebserviceRight::REFUSALS as $method => $message) {
            self::assertSame($message, $wordings['webservice.refused.' . $method], $method);
        }
    }

    public function testTheFinderSeesEachKindOfUse(): void
    {
        $used = $this->usedWordings();
        // A literal trans() call, a template's {l}, a refusal given inline, a message catalogue's constant.
        self::assertArrayHasKey('Waiting for you', $used[self::SHOP] + ['Waiting for you' => 1]);
        self::assertArrayHasKey('Upload a PDF', $used[self::ADMIN]);
        self::assertArrayHasKey('No such key.', $used[self::ADMIN]);
        self::assertArrayHasKey(AdminMessages::BUSY, $used[self::ADMIN]);
        self::assertArrayHasKey(WaitingReason::MESSAGES[WaitingReason::NO_ACCOUNT], $used[self::ADMIN]);
        self::assertGreaterThan(300, count($used[self::ADMIN]));
        self::assertGreaterThan(20, count($used[self::SHOP]));
    }

    /**
     * @return array<string, string> path relative to module/ => absolute path
     */
    private function phpFiles(): array
    {
        $files = [];
        $root = realpath(self::MODULE);
        self::assertIsString($root);
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($root, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            $path = (string) $file;
            $relative = substr($path, strlen($root) + 1);
            if (substr($path, -4) !== '.php' || strpos($relative, 'vendor/') === 0 || strpos($relative, 'views/') === 0
                || strpos($relative, 'translations/') === 0 || strpos($relative, 'upgrade/') === 0) {
                continue;
            }
            $files[$relative] = $path;
        }
        ksort($files);
        self::assertArrayHasKey('src/Receiving/Api/ErrorMapper.php', $files);

        return $files;
    }

    /**
     * @return array<string, array<string, string>> domain => source => target
     */
    private function catalogues(): array
    {
        $catalogues = [];
        foreach (glob(self::MODULE . '/translations/fr-FR/*.xlf') ?: [] as $file) {
            $domain = preg_replace('/^Modules(\w+?)(Admin|Shop)$/', 'Modules.$1.$2', (string) strstr(basename($file), '.', true));
            $xml = simplexml_load_file($file);
            self::assertNotFalse($xml, basename($file));
            $xml->registerXPathNamespace('x', 'urn:oasis:names:tc:xliff:document:1.2');
            foreach ($xml->xpath('//x:trans-unit') ?: [] as $unit) {
                $children = $unit->children('urn:oasis:names:tc:xliff:document:1.2');
                $source = (string) $children->source;
                self::assertArrayNotHasKey($source, $catalogues[$domain] ?? [], 'one unit per wording: ' . $source);
                $catalogues[(string) $domain][$source] = (string) $children->target;
            }
        }
        self::assertSame([self::ADMIN, self::SHOP], array_keys($catalogues));

        return $catalogues;
    }

    /**
     * Every wording the module uses, by domain: literal trans() calls, the templates' {l s=… d=…}, the message ids
     * given to a Refusal (literal or class constant), and the message catalogues (constants whose values are ids).
     *
     * @return array<string, array<string, string>> domain => wording => where
     */
    private function usedWordings(): array
    {
        $used = [self::ADMIN => [], self::SHOP => []];
        $parser = (new ParserFactory())->createForHostVersion();
        $finder = new NodeFinder();
        foreach ($this->phpFiles() as $relative => $file) {
            $ast = $parser->parse((string) file_get_contents($file));
            self::assertNotNull($ast);
            $traverser = new NodeTraverser();
            $traverser->addVisitor(new NameResolver());
            $ast = $traverser->traverse($ast);
            $class = $finder->findFirstInstanceOf($ast, Node\Stmt\Class_::class);
            $this->self = $class instanceof Node\Stmt\Class_ && $class->namespacedName !== null ? $class->namespacedName->toString() : '';
            foreach ($finder->find($ast, function (Node $node): bool {
                return $node instanceof Node\Expr\MethodCall || $node instanceof Node\Expr\StaticCall || $node instanceof Node\Expr\New_;
            }) as $call) {
                foreach ($this->wordingsOfCall($call) as $domain => $wordings) {
                    foreach ($wordings as $wording) {
                        $used[$domain][$wording] = $relative;
                    }
                }
            }
        }
        $catalogues = [
            'AdminMessages' => array_values(array_diff_key((new \ReflectionClass(AdminMessages::class))->getConstants(), ['DOMAIN' => 1])),
            'DocumentRefusals' => array_column(DocumentRefusals::ERRORS, 2),
            'WaitingReason::MESSAGES' => array_values(WaitingReason::MESSAGES),
            'WebserviceRight::REFUSALS' => array_values(WebserviceRight::REFUSALS),
            'document-types.json answerLabel, label' => array_merge(array_column(DocumentType::table(), 'answerLabel'), array_column(DocumentType::table(), 'label')),
            'Refusal (defaults)' => [Refusal::INVALID_VALUE, Refusal::METHOD_NOT_ALLOWED],
        ];
        foreach ($catalogues as $where => $wordings) {
            foreach ($wordings as $wording) {
                $used[self::ADMIN][$wording] = $where;
            }
        }
        foreach (DocumentType::table() as $type) {
            $used['Modules.Ebpdocuments.Shop'][$type['customerLabel']] = 'document-types.json customerLabel';
        }
        foreach (glob(self::MODULE . '/views/templates/{*,*/*,*/*/*}/*.tpl', GLOB_BRACE) ?: [] as $template) {
            preg_match_all("/\\{l s='((?:[^'\\\\]|\\\\.)*)'(?: sprintf=\\[[^\\]]*\\])? d='(Modules\\.Ebpdocuments\\.(?:Admin|Shop))'/", (string) file_get_contents($template), $matches, PREG_SET_ORDER);
            foreach ($matches as $match) {
                $used[$match[2]][stripslashes($match[1])] = basename($template);
            }
        }

        return $used;
    }

    /**
     * @return array<string, string[]> domain => wordings
     */
    private function wordingsOfCall(Node\Expr $call): array
    {
        $args = $call instanceof Node\Expr\CallLike && !$call->isFirstClassCallable() ? $call->getArgs() : [];
        if ($call instanceof Node\Expr\MethodCall && $call->name instanceof Node\Identifier && $call->name->toString() === 'trans' && count($args) >= 3) {
            $domain = $this->value($args[2]->value);
            $wordings = $this->values($args[0]->value);

            return is_string($domain) && isset([self::ADMIN => 1, self::SHOP => 1][$domain]) ? [$domain => $wordings] : [];
        }
        $class = $call instanceof Node\Expr\StaticCall || $call instanceof Node\Expr\New_ ? $call->class : null;
        if (!$class instanceof Node\Name || $this->className($class) !== 'Ebpdocuments\\Kernel\\Refusal\\Refusal') {
            return [];
        }
        $method = $call instanceof Node\Expr\StaticCall && $call->name instanceof Node\Identifier ? $call->name->toString() : '__construct';
        $position = ['__construct' => 2, 'validation' => 1, 'methodNotAllowed' => 1][$method] ?? 0;

        return isset($args[$position]) ? [self::ADMIN => $this->values($args[$position]->value)] : [];
    }

    /**
     * @return string[] the strings an argument stands for when it is a literal, a class constant or one of its items
     */
    private function values(Node\Expr $expr): array
    {
        if ($expr instanceof Node\Expr\ArrayDimFetch) {
            $array = $this->value($expr->var);

            return is_array($array) ? array_values(array_filter($array, 'is_string')) : [];
        }
        $value = $this->value($expr);

        return is_string($value) ? [$value] : [];
    }

    private function className(Node\Name $name): string
    {
        return in_array(strtolower($name->toString()), ['self', 'static'], true) ? $this->self : $name->toString();
    }

    /**
     * @return mixed the value of a literal or a class constant, null otherwise
     */
    private function value(Node\Expr $expr)
    {
        if ($expr instanceof Node\Scalar\String_) {
            return $expr->value;
        }
        if ($expr instanceof Node\Expr\ClassConstFetch && $expr->class instanceof Node\Name && $expr->name instanceof Node\Identifier) {
            $constant = $this->className($expr->class) . '::' . $expr->name->toString();

            return defined($constant) ? constant($constant) : null;
        }

        return null;
    }
}
