{**
 * "EBP documents" block of PrestaShop's Customer page (displayAdminCustomers) and Order page (displayAdminOrderMain),
 * drawn by Shop\PrestaShopAdminPageBlock. Bootstrap 4 card like core's blocks there (PrestaShop 8 and 9).
 *}
{assign var=ebp value=$ebpdocuments_block}
{if $ebp.page == 'customer'}<div class="col-12">{/if}
<div class="card mt-2 ebpdocuments-page-block" id="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-block" data-ebpdocuments-block
  data-ajax-url="{$ebp.ajaxUrl|escape:'html':'UTF-8'}"
  data-msg-created="{l s='The PDF was uploaded.' d='Modules.Ebpdocuments.Admin'}"
  data-msg-replaced="{l s='A new version of this document was uploaded.' d='Modules.Ebpdocuments.Admin'}"
  data-msg-unchanged="{l s='This document was already stored with the same PDF: nothing changed.' d='Modules.Ebpdocuments.Admin'}"
  data-msg-attached="{l s='The document is now in this customer\'s account.' d='Modules.Ebpdocuments.Admin'}"
  data-msg-sent="{l s='The e-mail was sent to the customer.' d='Modules.Ebpdocuments.Admin'}"
  data-msg-not-sent="{l s='The e-mail could not be sent. The details are in the shop logs.' d='Modules.Ebpdocuments.Admin'}"
  data-msg-deleted="{l s='The document was deleted.' d='Modules.Ebpdocuments.Admin'}"
  data-msg-confirm-delete="{l s='Delete this document and its PDF? The customer will not see it any more.' d='Modules.Ebpdocuments.Admin'}"
  data-msg-working="{l s='Please wait…' d='Modules.Ebpdocuments.Admin'}"
  data-msg-session="{l s='Your session has expired. Log in again.' d='Modules.Ebpdocuments.Admin'}">
  <div class="card-header">
    <h3 class="card-header-title">
      <i class="material-icons">description</i>
      {l s='EBP documents' d='Modules.Ebpdocuments.Admin'}
      {if $ebp.page == 'customer'}<span class="badge badge-primary rounded">{$ebp.documents|count|intval}{if $ebp.moreAt.documents}+{/if}</span>{else}({$ebp.documents|count|intval}){/if}
    </h3>
  </div>
  <div class="card-body">
    <div class="alert d-none" role="status" aria-live="polite" data-ebpdocuments-message></div>
    {if $ebp.documents}
      <div class="table-responsive">
        <table class="table mb-0" data-ebpdocuments-documents>
          <thead>
            <tr>
              {if $ebp.page == 'customer'}
                <th>{l s='Type' d='Modules.Ebpdocuments.Admin'}</th>
                <th>{l s='Number' d='Modules.Ebpdocuments.Admin'}</th>
              {else}
                <th>{l s='Number' d='Modules.Ebpdocuments.Admin'}</th>
              {/if}
              <th>{l s='Date' d='Modules.Ebpdocuments.Admin'}</th>
              <th class="text-right">{l s='Amount incl. tax' d='Modules.Ebpdocuments.Admin'}</th>
              {if $ebp.page == 'customer'}<th>{l s='Order' d='Modules.Ebpdocuments.Admin'}</th>{/if}
              <th>{l s='First download' d='Modules.Ebpdocuments.Admin'}</th>
              <th class="text-right">{l s='Actions' d='Modules.Ebpdocuments.Admin'}</th>
            </tr>
          </thead>
          <tbody>
          {foreach $ebp.documents as $document}
            <tr data-ebpdocuments-document="{$document.reference|escape:'html':'UTF-8'}">
              {if $ebp.page == 'customer'}
                <td>{$document.typeLabel|escape:'html':'UTF-8'}</td>
                <td class="text-nowrap"><strong>{$document.reference|escape:'html':'UTF-8'}</strong></td>
              {else}
                {* The order page's right column is narrow: type above number, buttons stacked. *}
                <td><span class="text-muted">{$document.typeLabel|escape:'html':'UTF-8'}</span><br><strong class="text-nowrap">{$document.reference|escape:'html':'UTF-8'}</strong></td>
              {/if}
              <td>{$document.date|escape:'html':'UTF-8'}</td>
              <td class="text-right text-nowrap">{$document.amount|escape:'html':'UTF-8'}</td>
              {if $ebp.page == 'customer'}
                <td>{if $document.order}<a href="{$document.order.url|escape:'html':'UTF-8'}">{$document.order.reference|escape:'html':'UTF-8'}</a>{else}<span class="text-muted">–</span>{/if}</td>
              {/if}
              <td>{if $document.firstDownload}{$document.firstDownload|escape:'html':'UTF-8'}{else}<span class="text-muted">{l s='Not yet' d='Modules.Ebpdocuments.Admin'}</span>{/if}</td>
              <td class="text-right">
                <div class="{if $ebp.page == 'order'}d-flex flex-column align-items-stretch ebpdocuments-stacked-actions{else}btn-group-action{/if}">
                  <a class="btn btn-sm btn-outline-secondary" href="{$document.downloadUrl|escape:'html':'UTF-8'}">{l s='Download' d='Modules.Ebpdocuments.Admin'}</a>
                  {if $ebp.permissions.edit && $document.attached}
                    <button type="button" class="btn btn-sm btn-outline-secondary" data-ebpdocuments-action="resendDocumentMail" data-id="{$document.id|intval}">{l s='Send again' d='Modules.Ebpdocuments.Admin'}</button>
                  {/if}
                  {if $ebp.permissions.delete}
                    <button type="button" class="btn btn-sm btn-outline-danger" data-ebpdocuments-action="deleteDocuments" data-id="{$document.id|intval}">{l s='Delete' d='Modules.Ebpdocuments.Admin'}</button>
                  {/if}
                </div>
              </td>
            </tr>
          {/foreach}
          </tbody>
        </table>
      </div>
      {if $ebp.moreAt.documents}
        <p class="text-muted small mt-2 mb-0" data-ebpdocuments-more>{l s='The %count% most recent documents are shown.' sprintf=['%count%' => $ebp.maxRows|intval] d='Modules.Ebpdocuments.Admin'} <a href="{$ebp.moreAt.documents|escape:'html':'UTF-8'}">{l s='See all of them in EBP documents' d='Modules.Ebpdocuments.Admin'}</a></p>
      {/if}
    {else}
      <p class="text-muted text-center mb-0">
        {if $ebp.page == 'customer'}{l s='No EBP document for this customer yet.' d='Modules.Ebpdocuments.Admin'}{else}{l s='No EBP document for this order yet.' d='Modules.Ebpdocuments.Admin'}{/if}
      </p>
    {/if}

    {if $ebp.waiting}
      <h4 class="mt-4">{l s='Waiting for this customer\'s e-mail' d='Modules.Ebpdocuments.Admin'} ({$ebp.waiting|count|intval}{if $ebp.moreAt.waiting}+{/if})</h4>
      <p class="text-muted small">{l s='These documents were sent to this customer\'s e-mail address but kept aside (no account, a guest order, or several accounts).' d='Modules.Ebpdocuments.Admin'}</p>
      <div class="table-responsive">
        <table class="table mb-0" data-ebpdocuments-waiting>
          <thead>
            <tr>
              <th>{l s='Type' d='Modules.Ebpdocuments.Admin'}</th>
              <th>{l s='Number' d='Modules.Ebpdocuments.Admin'}</th>
              <th>{l s='Date' d='Modules.Ebpdocuments.Admin'}</th>
              <th class="text-right">{l s='Amount incl. tax' d='Modules.Ebpdocuments.Admin'}</th>
              <th>{l s='Received' d='Modules.Ebpdocuments.Admin'}</th>
              <th class="text-right">{l s='Actions' d='Modules.Ebpdocuments.Admin'}</th>
            </tr>
          </thead>
          <tbody>
          {foreach $ebp.waiting as $document}
            <tr data-ebpdocuments-document="{$document.reference|escape:'html':'UTF-8'}">
              <td>{$document.typeLabel|escape:'html':'UTF-8'}</td>
              <td class="text-nowrap"><strong>{$document.reference|escape:'html':'UTF-8'}</strong></td>
              <td>{$document.date|escape:'html':'UTF-8'}</td>
              <td class="text-right text-nowrap">{$document.amount|escape:'html':'UTF-8'}</td>
              <td>{$document.receivedAt|escape:'html':'UTF-8'}</td>
              <td class="text-right">
                <div class="btn-group-action">
                  <a class="btn btn-sm btn-outline-secondary" href="{$document.downloadUrl|escape:'html':'UTF-8'}">{l s='Download' d='Modules.Ebpdocuments.Admin'}</a>
                  {if $ebp.canAttach}
                    <button type="button" class="btn btn-sm btn-primary" data-ebpdocuments-action="assignDocument" data-id="{$document.id|intval}" data-customer-id="{$ebp.customerId|intval}">{l s='Attach to this customer' d='Modules.Ebpdocuments.Admin'}</button>
                  {/if}
                </div>
              </td>
            </tr>
          {/foreach}
          </tbody>
        </table>
      </div>
      {if $ebp.moreAt.waiting}
        <p class="text-muted small mt-2 mb-0" data-ebpdocuments-more>{l s='The %count% most recent documents are shown.' sprintf=['%count%' => $ebp.maxRows|intval] d='Modules.Ebpdocuments.Admin'} <a href="{$ebp.moreAt.waiting|escape:'html':'UTF-8'}">{l s='See all of them in EBP documents' d='Modules.Ebpdocuments.Admin'}</a></p>
      {/if}
    {/if}

    {if $ebp.permissions.edit}
      <div class="mt-3">
        <button type="button" class="btn btn-outline-primary" data-ebpdocuments-toggle aria-expanded="false" aria-controls="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-upload">
          <i class="material-icons">upload_file</i> {l s='Upload a PDF' d='Modules.Ebpdocuments.Admin'}
        </button>
      </div>
      <form class="mt-3 d-none" id="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-upload" data-ebpdocuments-upload enctype="multipart/form-data" novalidate>
        {if $ebp.page == 'customer'}<input type="hidden" name="customerId" value="{$ebp.customerId|intval}">{else}<input type="hidden" name="orderId" value="{$ebp.orderId|intval}">{/if}
        <div class="form-row">
          <div class="form-group col-md-4">
            <label for="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-type">{l s='Type' d='Modules.Ebpdocuments.Admin'}</label>
            <select class="custom-select form-control" id="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-type" name="type" required>
              {foreach $ebp.types as $type}
                <option value="{$type.code|escape:'html':'UTF-8'}"{if $type.code == 'invoice'} selected{/if}>{$type.label|escape:'html':'UTF-8'}</option>
              {/foreach}
            </select>
          </div>
          <div class="form-group col-md-4">
            <label for="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-reference">{l s='Number' d='Modules.Ebpdocuments.Admin'}</label>
            <input class="form-control" id="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-reference" name="reference" maxlength="64" required>
          </div>
          <div class="form-group col-md-4">
            <label for="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-date">{l s='Date' d='Modules.Ebpdocuments.Admin'}</label>
            <input class="form-control" type="date" id="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-date" name="date">
          </div>
        </div>
        <div class="form-row">
          {if $ebp.page == 'customer'}
            <div class="form-group col-md-4">
              <label for="ebpdocuments-customer-order">{l s='Order (optional)' d='Modules.Ebpdocuments.Admin'}</label>
              <select class="custom-select form-control" id="ebpdocuments-customer-order" name="orderId">
                <option value="">{l s='No order' d='Modules.Ebpdocuments.Admin'}</option>
                {foreach $ebp.orders as $order}
                  <option value="{$order.id|intval}">{$order.reference|escape:'html':'UTF-8'} ({$order.date|escape:'html':'UTF-8'})</option>
                {/foreach}
              </select>
            </div>
          {/if}
          <div class="form-group col-md-4">
            <label for="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-excl">{l s='Amount excl. tax' d='Modules.Ebpdocuments.Admin'}</label>
            <input class="form-control" id="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-excl" name="totalTaxExcl" inputmode="decimal">
          </div>
          <div class="form-group col-md-4">
            <label for="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-incl">{l s='Amount incl. tax' d='Modules.Ebpdocuments.Admin'}</label>
            <input class="form-control" id="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-incl" name="totalTaxIncl" inputmode="decimal">
            <input type="hidden" name="currency" value="{$ebp.currency|escape:'html':'UTF-8'}">
          </div>
        </div>
        <div class="form-group">
          <label for="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-pdf">{l s='PDF file' d='Modules.Ebpdocuments.Admin'}</label>
          <input class="form-control-file" type="file" id="ebpdocuments-{$ebp.page|escape:'html':'UTF-8'}-pdf" name="pdf" accept="application/pdf,.pdf" required>
          <small class="form-text text-muted">{l s='At most %size% MB. Same type and number as a stored document: it is replaced by this PDF.' sprintf=['%size%' => $ebp.maxMb|intval] d='Modules.Ebpdocuments.Admin'}</small>
        </div>
        <button type="submit" class="btn btn-primary">{l s='Upload' d='Modules.Ebpdocuments.Admin'}</button>
      </form>
    {/if}
  </div>
</div>
{if $ebp.page == 'customer'}</div>{/if}
<style>
  .ebpdocuments-stacked-actions .btn { margin: 0 0 .25rem 0; white-space: nowrap; }
</style>
<script src="{$ebp.scriptUrl|escape:'html':'UTF-8'}"></script>
