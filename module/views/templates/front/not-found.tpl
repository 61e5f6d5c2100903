{*
 * The one answer for any document the visitor may not download (sent with HTTP 404).
 *}
{extends file='customer/page.tpl'}

{block name='page_title'}
  {l s='Document not found' d='Modules.Ebpdocuments.Shop'}
{/block}

{block name='page_content'}
  <div class="alert alert-warning" role="alert">
    {l s='This document is not available. It may have been replaced or removed.' d='Modules.Ebpdocuments.Shop'}
  </div>
  <p><a href="{$ebpdocuments_my_documents_url|escape:'html':'UTF-8'}">{l s='Back to my documents' d='Modules.Ebpdocuments.Shop'}</a></p>
{/block}
