{*
 * displayOrderDetail: the documents of this order (only for its owner, logged in).
 *}
<section id="ebpdocuments-order-documents" class="box ebpdocuments-order-documents">
  <h3 class="h4">{l s='Documents for this order' d='Modules.Ebpdocuments.Shop'}</h3>
  <ul class="list-unstyled">
    {foreach from=$ebpdocuments_documents item=document}
      <li class="mb-1">
        <a href="{$document.downloadUrl|escape:'html':'UTF-8'}" rel="nofollow" download>
          <i class="material-icons" aria-hidden="true">&#xE2C4;</i>
          {$document.typeLabel|escape:'html':'UTF-8'} {$document.reference|escape:'html':'UTF-8'}
        </a>
        {if $document.dateFormatted} &ndash; {$document.dateFormatted|escape:'html':'UTF-8'}{/if}
        {if $document.isNew}<span class="label label-pill badge bg-primary">{l s='New' d='Modules.Ebpdocuments.Shop'}</span>{/if}
      </li>
    {/foreach}
  </ul>
</section>
