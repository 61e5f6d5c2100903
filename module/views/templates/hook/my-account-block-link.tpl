{*
 * displayMyAccountBlock (ps_customeraccountlinks, cached per shop/language/group): a static link, nothing personal.
 *}
<li>
  <a href="{$ebpdocuments_url|escape:'html':'UTF-8'}" title="{l s='My documents' d='Modules.Ebpdocuments.Shop'}" rel="nofollow">
    {l s='My documents' d='Modules.Ebpdocuments.Shop'}
  </a>
</li>
