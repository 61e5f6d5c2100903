{*
 * displayCustomerAccount, Hummingbird (PrestaShop 9): the theme's account-menu__link markup, used both on My
 * account and in the account sidebar.
 *}
<a
  class="account-menu__link{if isset($urls.current_url) && $urls.current_url === $ebpdocuments_url} account-menu__link--active{/if}"
  id="ebpdocuments_link"
  href="{$ebpdocuments_url|escape:'html':'UTF-8'}"
  {if isset($urls.current_url) && $urls.current_url === $ebpdocuments_url}aria-current="page"{/if}
>
  <i class="account-menu__icon material-icons" aria-hidden="true">&#xE873;</i>
  {* One inline box: on My account the tiles stack their children, which would stretch a bare badge full width. *}
  <span>
    {l s='My documents' d='Modules.Ebpdocuments.Shop'}
    {if $ebpdocuments_new_count > 0}
      <span class="badge rounded-pill bg-primary ms-1" title="{l s='Documents not yet opened' d='Modules.Ebpdocuments.Shop'}">{$ebpdocuments_new_count|intval}{if !empty($ebpdocuments_new_count_capped)}+{/if}</span>
    {/if}
  </span>
</a>
