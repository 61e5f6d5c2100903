{*
 * The one-time code forms of My documents (documents.tpl): one click mails a code, the second form takes it.
 *}
<form method="post" action="{$ebpdocuments.formUrl|escape:'html':'UTF-8'}" class="mb-2">
  <input type="hidden" name="token" value="{$ebpdocuments.formToken|escape:'html':'UTF-8'}">
  <input type="hidden" name="action" value="requestClaimCode">
  <button type="submit" class="btn btn-outline-primary">{l s='Send me a code' d='Modules.Ebpdocuments.Shop'}</button>
</form>
<form method="post" action="{$ebpdocuments.formUrl|escape:'html':'UTF-8'}" class="form-inline">
  <input type="hidden" name="token" value="{$ebpdocuments.formToken|escape:'html':'UTF-8'}">
  <input type="hidden" name="action" value="claimDocuments">
  <label for="ebpdocuments-claim-code" class="mr-1 me-1">{l s='Code received by e-mail' d='Modules.Ebpdocuments.Shop'}</label>
  <input id="ebpdocuments-claim-code" class="form-control mr-1 me-1" type="text" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="7" required>
  <button type="submit" class="btn btn-primary">{l s='Retrieve my documents' d='Modules.Ebpdocuments.Shop'}</button>
</form>
