{*
 * displayCustomerAccount, classic theme (PrestaShop 8): same markup as the theme's own tiles in my-account.tpl.
 *}
<a class="col-lg-4 col-md-6 col-sm-6 col-xs-12" id="ebpdocuments-link" href="{$ebpdocuments_url|escape:'html':'UTF-8'}">
  <span class="link-item">
    <i class="material-icons">&#xE873;</i>
    {l s='My documents' d='Modules.Ebpdocuments.Shop'}
    {if $ebpdocuments_new_count > 0}
      <span class="label label-pill badge ebpdocuments-badge" title="{l s='Documents not yet opened' d='Modules.Ebpdocuments.Shop'}">{$ebpdocuments_new_count|intval}{if !empty($ebpdocuments_new_count_capped)}+{/if}</span>
    {/if}
  </span>
</a>
