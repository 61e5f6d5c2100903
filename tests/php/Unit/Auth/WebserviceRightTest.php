<?php

declare(strict_types=1);

namespace Ebpdocuments\Tests\Unit\Auth;

use Ebpdocuments\BackOffice\Translation\AdminWordings;
use Ebpdocuments\Receiving\Auth\AuthenticatedClient;
use Ebpdocuments\Receiving\Auth\WebserviceRight;
use Ebpdocuments\Tests\Support\Harness\IdentityTranslator;
use PHPUnit\Framework\TestCase;

/**
 * The webservice right of issue 8: the resource PrestaShop lists, what each key may do, and the refusal wordings
 * (English source in AdminWordings, French in the XLF, which is what the E-connecteur door answers).
 */
final class WebserviceRightTest extends TestCase
{
    public function testTheResourceAddedToPrestaShopsListIsSpecificManagementWithoutAClass(): void
    {
        $resources = WebserviceRight::resources();
        $this->assertSame(['ebpdocuments'], array_keys($resources));
        $this->assertTrue($resources['ebpdocuments']['specific_management']);
        $this->assertArrayNotHasKey('class', $resources['ebpdocuments'], 'core must never instantiate an ObjectModel for it');
        $this->assertLessThanOrEqual(50, strlen(WebserviceRight::RESOURCE), 'ps_webservice_permission.resource is VARCHAR(50)');
    }

    public function testModuleKeysMayDoEverythingWebserviceKeysOnlyWhatWasTicked(): void
    {
        $module = new AuthenticatedClient(AuthenticatedClient::MODULE_KEY, 3, 'Bureau');
        $webservice = new AuthenticatedClient(AuthenticatedClient::WEBSERVICE_KEY, 7, 'Webservice #7', ['get', 'PUT', 'HEAD']);
        foreach (WebserviceRight::METHODS as $method) {
            $this->assertTrue($module->allows($method));
        }
        $this->assertTrue($webservice->allows('GET'));
        $this->assertFalse($webservice->allows('POST'));
        $this->assertFalse($webservice->allows('DELETE'));
        $this->assertSame(['GET'], $webservice->webserviceMethods());
        $this->assertNull($webservice->apiKeyId());
    }

    public function testRefusalsAreTheAdminWordingsAndTheirFrenchTranslation(): void
    {
        $wordings = (new AdminWordings())->all(new IdentityTranslator());
        $xml = simplexml_load_file(__DIR__ . '/../../../../module/translations/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf');
        $this->assertNotFalse($xml);
        $french = [];
        foreach ($xml->xpath('//*[local-name()="trans-unit"]') ?: [] as $unit) {
            $children = $unit->children('urn:oasis:names:tc:xliff:document:1.2');
            $french[(string) $children->source] = (string) $children->target;
        }
        foreach (WebserviceRight::REFUSALS as $method => $message) {
            $this->assertSame($message, $wordings['webservice.refused.' . $method]);
            $this->assertArrayHasKey($message, $french, 'the door\'s French comes from the catalogue');
            $this->assertStringContainsString('Paramètres avancés › Webservice', $french[$message]);
            $this->assertStringContainsString('(' . $method . ') sur la ligne ebpdocuments', $french[$message]);
            $this->assertLessThan(250, mb_strlen($french[$message], 'UTF-8'), 'short enough for E-connecteur\'s message box');
        }
    }
}
