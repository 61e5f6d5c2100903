{*
 * My account › My documents. Variables: $ebpdocuments (see Ebpdocuments\Customer\MyDocumentsPage::variables), with
 * dateFormatted/totalFormatted added by the controller in the customer's locale. Every value is escaped.
 *}
{extends file='customer/page.tpl'}

{block name='page_title'}
  {l s='My documents' d='Modules.Ebpdocuments.Shop'}
{/block}

{block name='page_content'}
  <div id="ebpdocuments-documents" class="ebpdocuments-documents">
    {if $ebpdocuments.waiting.count > 0}
      <section class="ebpdocuments-claim ebpdocuments-waiting card mb-3" aria-labelledby="ebpdocuments-waiting-title">
        <div class="card-block card-body">
          <h2 id="ebpdocuments-waiting-title" class="h5 card-title">{$ebpdocuments.waiting.message|escape:'html':'UTF-8'}</h2>
          <p>{l s='We e-mail you a 6-digit code. Type it below: your documents appear at once, and the next ones will come straight to your account.' d='Modules.Ebpdocuments.Shop'}</p>
          {include file='module:ebpdocuments/views/templates/front/claim-forms.tpl' ebpdocuments=$ebpdocuments}
        </div>
      </section>
    {/if}

    {if $ebpdocuments.hasDocuments}
      <form class="ebpdocuments-filters form-inline row" method="get" action="{$ebpdocuments.filterForm.action|escape:'html':'UTF-8'}">
        {foreach from=$ebpdocuments.filterForm.hidden key=name item=value}
          <input type="hidden" name="{$name|escape:'html':'UTF-8'}" value="{$value|escape:'html':'UTF-8'}">
        {/foreach}
        <div class="form-group col-sm-5 col-md-4 mb-3">
          <label for="ebpdocuments-filter-type">{l s='Type' d='Modules.Ebpdocuments.Shop'}</label>
          <select id="ebpdocuments-filter-type" name="type" class="form-control form-select">
            <option value="">{l s='All types' d='Modules.Ebpdocuments.Shop'}</option>
            {foreach from=$ebpdocuments.filters.types item=type}
              <option value="{$type.code|escape:'html':'UTF-8'}"{if $type.code == $ebpdocuments.filters.type} selected{/if}>{$type.label|escape:'html':'UTF-8'}</option>
            {/foreach}
          </select>
        </div>
        <div class="form-group col-sm-4 col-md-3 mb-3">
          <label for="ebpdocuments-filter-year">{l s='Year' d='Modules.Ebpdocuments.Shop'}</label>
          <select id="ebpdocuments-filter-year" name="year" class="form-control form-select">
            <option value="">{l s='All years' d='Modules.Ebpdocuments.Shop'}</option>
            {foreach from=$ebpdocuments.filters.years item=year}
              <option value="{$year|intval}"{if $year == $ebpdocuments.filters.year} selected{/if}>{$year|intval}</option>
            {/foreach}
          </select>
        </div>
        <div class="form-group col-sm-3 col-md-5 mb-3 ebpdocuments-filters__actions">
          <button type="submit" class="btn btn-primary">{l s='Filter' d='Modules.Ebpdocuments.Shop'}</button>
          {if $ebpdocuments.filters.active}
            <a class="btn btn-link" href="{$ebpdocuments.filters.resetUrl|escape:'html':'UTF-8'}">{l s='Show all' d='Modules.Ebpdocuments.Shop'}</a>
          {/if}
        </div>
      </form>

      {if $ebpdocuments.documents}
        <div class="table-responsive ebpdocuments-table-wrap">
          <table class="table table-striped table-bordered table-labeled ebpdocuments-table">
            <thead class="thead-default">
              <tr>
                <th scope="col">{l s='Type' d='Modules.Ebpdocuments.Shop'}</th>
                <th scope="col">{l s='Number' d='Modules.Ebpdocuments.Shop'}</th>
                <th scope="col">{l s='Date' d='Modules.Ebpdocuments.Shop'}</th>
                <th scope="col" class="text-xs-right text-end">{l s='Total (tax incl.)' d='Modules.Ebpdocuments.Shop'}</th>
                <th scope="col">{l s='Order' d='Modules.Ebpdocuments.Shop'}</th>
                <th scope="col"><span class="sr-only visually-hidden">{l s='Download' d='Modules.Ebpdocuments.Shop'}</span></th>
              </tr>
            </thead>
            <tbody>
              {foreach from=$ebpdocuments.documents item=document}
                <tr class="ebpdocuments-row{if $document.isNew} ebpdocuments-row--new{/if}">
                  <td data-label="{l s='Type' d='Modules.Ebpdocuments.Shop'}">
                    <span>
                      {$document.typeLabel|escape:'html':'UTF-8'}
                      {if $document.isNew}
                        <span class="label label-pill badge bg-primary ebpdocuments-new">{l s='New' d='Modules.Ebpdocuments.Shop'}</span>
                      {/if}
                    </span>
                  </td>
                  <th scope="row" data-label="{l s='Number' d='Modules.Ebpdocuments.Shop'}">{$document.reference|escape:'html':'UTF-8'}</th>
                  <td data-label="{l s='Date' d='Modules.Ebpdocuments.Shop'}">{$document.dateFormatted|escape:'html':'UTF-8'}</td>
                  <td class="text-xs-right text-end" data-label="{l s='Total (tax incl.)' d='Modules.Ebpdocuments.Shop'}">{if $document.totalFormatted !== ''}{$document.totalFormatted|escape:'html':'UTF-8'}{else}&ndash;{/if}</td>
                  <td data-label="{l s='Order' d='Modules.Ebpdocuments.Shop'}">
                    {if $document.order}
                      <a href="{$document.order.url|escape:'html':'UTF-8'}" data-link-action="view-order-details">{$document.order.reference|escape:'html':'UTF-8'}</a>
                    {else}
                      &ndash;
                    {/if}
                  </td>
                  <td class="text-sm-center text-center ebpdocuments-download-cell">
                    <a class="btn btn-sm btn-outline-primary ebpdocuments-download" href="{$document.downloadUrl|escape:'html':'UTF-8'}" rel="nofollow" download>
                      <i class="material-icons" aria-hidden="true">&#xE2C4;</i>
                      {l s='Download' d='Modules.Ebpdocuments.Shop'}
                      <span class="sr-only visually-hidden">{$document.typeLabel|escape:'html':'UTF-8'} {$document.reference|escape:'html':'UTF-8'}</span>
                    </a>
                  </td>
                </tr>
              {/foreach}
            </tbody>
          </table>
        </div>

        {if $ebpdocuments.pagination.pages > 1}
          <nav class="ebpdocuments-pagination pagination" aria-label="{l s='Pages of documents' d='Modules.Ebpdocuments.Shop'}">
            <ul class="page-list pagination clearfix text-sm-center">
              {if $ebpdocuments.pagination.previousUrl}
                <li class="page-item"><a class="page-link previous" rel="prev" href="{$ebpdocuments.pagination.previousUrl|escape:'html':'UTF-8'}">{l s='Previous' d='Modules.Ebpdocuments.Shop'}</a></li>
              {/if}
              {foreach from=$ebpdocuments.pagination.items item=item}
                <li class="page-item{if $item.current} current active{/if}">
                  <a class="page-link{if $item.current} disabled{/if}" href="{$item.url|escape:'html':'UTF-8'}"{if $item.current} aria-current="page"{/if}>{$item.number|intval}</a>
                </li>
              {/foreach}
              {if $ebpdocuments.pagination.nextUrl}
                <li class="page-item"><a class="page-link next" rel="next" href="{$ebpdocuments.pagination.nextUrl|escape:'html':'UTF-8'}">{l s='Next' d='Modules.Ebpdocuments.Shop'}</a></li>
              {/if}
            </ul>
          </nav>
        {/if}
      {else}
        <div class="alert alert-info" role="alert">{l s='No document matches these filters.' d='Modules.Ebpdocuments.Shop'}</div>
      {/if}
    {else}
      <div class="alert alert-info ebpdocuments-empty" role="alert">
        {l s='Documents from the shop\'s accounting will appear here.' d='Modules.Ebpdocuments.Shop'}
      </div>
    {/if}

    {if $ebpdocuments.waiting.count == 0}
      <section class="ebpdocuments-claim card mt-3">
        <div class="card-block card-body">
          <h2 class="h5 card-title">{l s='Documents missing?' d='Modules.Ebpdocuments.Shop'}</h2>
          <p>{l s='If the shop sent documents to your e-mail address before you created your account, you can retrieve them: we e-mail you a code to confirm the address is yours.' d='Modules.Ebpdocuments.Shop'}</p>
          {include file='module:ebpdocuments/views/templates/front/claim-forms.tpl' ebpdocuments=$ebpdocuments}
        </div>
      </section>
    {/if}
  </div>
{/block}
